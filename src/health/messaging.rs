//! `messagingCheck`: a LINE / e-mail / SMS push plan against the loyalty guide's "at most 2
//! pushes a week" and the duties of 特定電子メール法 (prior consent, consent records, honouring
//! opt-outs, showing the sender and an unsubscribe route) as a checklist.

use super::{user_entered, Guide};
use crate::dates::civil::{Date, Instant, SECONDS_PER_DAY};
use crate::error::{code, Error, Result};
use crate::provenance::{Label, Provenance, Status};
use serde::{Deserialize, Serialize};

const MAX_SENDS: usize = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Line,
    Email,
    Sms,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MessagingCheckInput {
    pub channel: Channel,
    /// Planned send times (JST unless an offset is given).
    #[serde(default)]
    pub sends: Vec<Instant>,
    /// Alternatively, a plain pushes-per-week figure.
    #[serde(default)]
    pub pushes_per_week: Option<u32>,
    /// Preset 2 (loyalty guide).
    #[serde(default)]
    pub max_per_week: Option<u32>,
    pub prior_consent: Option<bool>,
    pub consent_records_kept: Option<bool>,
    pub opt_outs_honoured: Option<bool>,
    pub sender_name_shown: Option<bool>,
    pub unsubscribe_shown: Option<bool>,
    pub sender_address_shown: Option<bool>,
    pub contact_shown: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    Pass,
    Fail,
    Unknown,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Requirement {
    pub id: &'static str,
    pub status: Check,
    pub requirement: &'static str,
    /// Article of 特定電子メール法 (or its ordinance) the item comes from.
    pub basis: &'static str,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekCount {
    /// Monday (JST) starting the calendar week.
    pub week_of: Date,
    pub sends: u32,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Frequency {
    pub max_per_week: u32,
    pub max_per_week_provenance: Provenance,
    /// Most sends in any 7 × 24 h span (rolling), or `pushesPerWeek` when no times were given.
    pub busiest_seven_days: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub busiest_from: Option<Instant>,
    /// Calendar weeks (Mon–Sun, JST) above the limit.
    pub weeks_over: Vec<WeekCount>,
    pub status: Check,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagingCheckOutput {
    pub channel: Channel,
    pub frequency: Frequency,
    pub checklist: Vec<Requirement>,
    /// Whether 特定電子メール法 itself covers the channel (e-mail and SMS yes; LINE messages fall
    /// outside its definition of 電子メール, so for LINE the list is good practice).
    pub law_applies: bool,
    pub law_scope_note: &'static str,
    pub overall: Check,
}

fn law() -> Provenance {
    Provenance::noted(
        Label::new(
            "《特定電子メールの送信の適正化等に関する法律》（平成14年法律第26号）第3条、第4条及其施行规则；総務省信越総合通信局的概要",
            "特定電子メールの送信の適正化等に関する法律（平成14年法律第26号）3条・4条および施行規則、総務省 信越総合通信局の概要",
            "特定電子メールの送信の適正化等に関する法律 (平成14年法律第26号) 3条・4条 and 施行規則; 総務省 信越総合通信局 summary",
        ),
        "https://www.soumu.go.jp/soutsu/shinetsu/sbt/tsusin/mali/tokumail.htm",
        "2008-12-01",
        Status::Secondary2,
    )
}

fn check(answer: Option<bool>) -> Check {
    match answer {
        Some(true) => Check::Pass,
        Some(false) => Check::Fail,
        None => Check::Unknown,
    }
}

pub fn messaging_check(input: MessagingCheckInput) -> Result<MessagingCheckOutput> {
    if input.sends.len() > MAX_SENDS {
        return Err(Error::new(code::OUT_OF_RANGE, "sends", format!("at most {MAX_SENDS} send times")));
    }
    if !input.sends.is_empty() && input.pushes_per_week.is_some() {
        return Err(Error::new(
            code::INVALID_INPUT,
            "pushesPerWeek",
            "give send times or pushesPerWeek, not both",
        ));
    }
    let (max_per_week, max_per_week_provenance) = match input.max_per_week {
        Some(v) if (1..=1_000).contains(&v) => (v, user_entered()),
        Some(_) => return Err(Error::new(code::OUT_OF_RANGE, "maxPerWeek", "must be from 1 to 1000")),
        None => (2, Guide::Loyalty.provenance()),
    };
    let mut sends = input.sends.clone();
    sends.sort();
    let (busiest_seven_days, busiest_from) = match input.pushes_per_week {
        Some(n) => (n, None),
        None => busiest_week(&sends),
    };
    let mut weeks: Vec<WeekCount> = Vec::new();
    for send in &sends {
        let day = send.date_jst();
        let monday = day.monday_of_week();
        match weeks.last_mut() {
            Some(w) if w.week_of == monday => w.sends = w.sends.saturating_add(1), // ≤ sends.len()
            _ => weeks.push(WeekCount { week_of: monday, sends: 1 }),
        }
    }
    weeks.retain(|w| w.sends > max_per_week);
    let frequency_status = if input.pushes_per_week.is_none() && sends.is_empty() {
        Check::Unknown
    } else if busiest_seven_days > max_per_week {
        Check::Fail
    } else {
        Check::Pass
    };
    let items: [(&'static str, Option<bool>, &'static str, &'static str); 7] = [
        (
            "prior_consent",
            input.prior_consent,
            "Recipients agreed in advance to receive advertising messages (opt-in)",
            "3条1項",
        ),
        (
            "consent_records",
            input.consent_records_kept,
            "Records showing each recipient's consent are kept",
            "3条2項",
        ),
        (
            "honour_opt_outs",
            input.opt_outs_honoured,
            "Nothing more is sent to anyone who asked to stop",
            "3条3項",
        ),
        (
            "sender_name",
            input.sender_name_shown,
            "Every message shows the sender's name (法人名 or real name, not a nickname)",
            "4条1号",
        ),
        (
            "unsubscribe",
            input.unsubscribe_shown,
            "Every message shows an address or URL to refuse further messages and says that the recipient may refuse",
            "4条2号, 施行規則9条1号",
        ),
        (
            "sender_address",
            input.sender_address_shown,
            "Every message shows the sender's postal address",
            "4条3号, 施行規則9条2号",
        ),
        (
            "contact",
            input.contact_shown,
            "Every message shows where to send complaints and questions (phone, e-mail or URL)",
            "4条3号, 施行規則9条3号",
        ),
    ];
    let checklist: Vec<Requirement> = items
        .into_iter()
        .map(|(id, answer, requirement, basis)| Requirement {
            id,
            status: check(answer),
            requirement,
            basis,
            provenance: law(),
        })
        .collect();
    let statuses = checklist.iter().map(|r| r.status).chain([frequency_status]);
    let overall = statuses.fold(Check::Pass, |acc, s| match (acc, s) {
        (Check::Fail, _) | (_, Check::Fail) => Check::Fail,
        (Check::Unknown, _) | (_, Check::Unknown) => Check::Unknown,
        _ => Check::Pass,
    });
    let law_applies = input.channel != Channel::Line;
    Ok(MessagingCheckOutput {
        channel: input.channel,
        frequency: Frequency {
            max_per_week,
            max_per_week_provenance,
            busiest_seven_days,
            busiest_from,
            weeks_over: weeks,
            status: frequency_status,
        },
        checklist,
        law_applies,
        law_scope_note: if law_applies {
            "特定電子メール法 applies to advertising e-mail and SMS sent for business."
        } else {
            "LINE messages are generally outside 特定電子メール法's definition of 電子メール (SMTP e-mail and SMS); LINE's own terms and 個人情報保護法 still expect consent and an easy opt-out, so the checklist is shown as good practice."
        },
        overall,
    })
}

/// Most sends inside any half-open 7-day span [t, t + 7 days), and where it starts.
fn busiest_week(sorted: &[Instant]) -> (u32, Option<Instant>) {
    let mut best = (0u32, None);
    // Two pointers: `window` holds the sends of the span ending at the current one.
    let mut window = std::collections::VecDeque::new();
    for &send in sorted {
        window.push_back(send);
        while window
            .front()
            .is_some_and(|first: &Instant| send.0.saturating_sub(first.0) >= 7 * SECONDS_PER_DAY)
        {
            window.pop_front();
        }
        let count = u32::try_from(window.len()).unwrap_or(u32::MAX); // ≤ MAX_SENDS
        if count > best.0 {
            best = (count, window.front().copied());
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn run(json: &str) -> Result<MessagingCheckOutput> {
        messaging_check(decode_json(json)?)
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn rolling_week_and_calendar_weeks() {
        // Sends Fri 6/6, Mon 6/9, Thu 6/12 (2025): calendar weeks have 1 and 2 sends (≤ 2), but
        // 6/6 10:00 → 6/12 10:00 is under 7 days, so a rolling week holds 3 → fail.
        let out = run(r#"{"channel":"line","sends":["2025-06-12T10:00","2025-06-06T10:00","2025-06-09T10:00"]}"#).unwrap();
        assert_eq!(out.frequency.busiest_seven_days, 3);
        assert_eq!(out.frequency.busiest_from.unwrap().to_string(), "2025-06-06T10:00:00+09:00");
        assert!(out.frequency.weeks_over.is_empty());
        assert_eq!(out.frequency.status, Check::Fail);
        assert!(!out.law_applies);
        // Exactly 7 days apart do not share a window: 6/6 10:00 and 6/13 10:00 → 2 at most... plus 6/9 → 2.
        let out = run(r#"{"channel":"email","sends":["2025-06-06T10:00","2025-06-09T10:00","2025-06-13T10:00"]}"#).unwrap();
        assert_eq!((out.frequency.busiest_seven_days, out.frequency.status), (2, Check::Pass));
        // Three sends Mon–Wed of one week: the calendar week 2025-06-09 is over.
        let out = run(r#"{"channel":"email","sends":["2025-06-09","2025-06-10","2025-06-11"]}"#).unwrap();
        assert_eq!(out.frequency.weeks_over.len(), 1);
        assert_eq!(out.frequency.weeks_over[0].week_of.to_string(), "2025-06-09");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn checklist_statuses() {
        let all = r#""priorConsent":true,"consentRecordsKept":true,"optOutsHonoured":true,"senderNameShown":true,"unsubscribeShown":true,"senderAddressShown":true,"contactShown":true"#;
        let out = run(&format!(r#"{{"channel":"email","pushesPerWeek":2,{all}}}"#)).unwrap();
        assert_eq!(out.overall, Check::Pass);
        let out = run(&format!(r#"{{"channel":"email","pushesPerWeek":3,{all}}}"#)).unwrap();
        assert_eq!(out.overall, Check::Fail);
        let out = run(r#"{"channel":"sms","pushesPerWeek":1,"unsubscribeShown":false}"#).unwrap();
        assert_eq!(out.checklist.iter().find(|r| r.id == "unsubscribe").unwrap().status, Check::Fail);
        assert_eq!(out.overall, Check::Fail);
        assert_eq!(run(r#"{"channel":"email"}"#).unwrap().overall, Check::Unknown);
        assert_eq!(run(r#"{"channel":"fax"}"#).unwrap_err().code, "invalid_input");
        assert_eq!(
            run(r#"{"channel":"email","sends":["2025-06-09"],"pushesPerWeek":1}"#)
                .unwrap_err()
                .field,
            "pushesPerWeek"
        );
    }
}
