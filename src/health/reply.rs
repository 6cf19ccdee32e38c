//! `replyRisk`: reply deadlines per customer message (24 h, 12 h during big sales, 4 h for
//! creator-post comments — seller-guide presets), what is overdue, time left, and whether the
//! creator-campaign pause rule (≥ 3 unanswered Japanese questions within 72 h of a post) fires.
//! Deadlines run on the calendar clock or, when the shop gives its hours, on business hours that
//! skip closed weekdays and Japanese public holidays.

use super::calendar::{closed_weekdays, Period};
use super::{jpseller_default, user_entered, Guide};
use crate::dates::business::{ClosedDays, MAX_SPAN_DAYS};
use crate::dates::civil::{ClockTime, Date, Instant};
use crate::error::{code, Error, Result};
use crate::provenance::Provenance;
use serde::{Deserialize, Serialize};

/// replyRisk's work limit: decoding, the deadline and the encoded item cost ≈ 20 µs per message
/// in Node on an idle 2-core machine (≈ 55 µs with the other core busy), so 20,000 messages is
/// well under a second (10^6 were allowed and took about 20 s). Deadlines themselves are
/// O(log days), post and sale lookups O(log n).
pub const MAX_MESSAGES: usize = 20_000;
const MAX_POSTS: usize = 100_000;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReplyRiskInput {
    /// The moment to evaluate at (JST unless an offset is given).
    pub now: Instant,
    pub messages: Vec<Message>,
    #[serde(default)]
    pub posts: Vec<Post>,
    /// A big sale is running for every message (otherwise see `sales`).
    #[serde(default)]
    pub sale_running: bool,
    /// Sale periods; messages received inside one get the sale deadline.
    #[serde(default)]
    pub sales: Vec<Period>,
    #[serde(default)]
    pub rules: RuleInput,
    /// Count deadlines in the shop's open hours only. Omitted = calendar hours.
    #[serde(default)]
    pub business_hours: Option<BusinessHours>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    RakutenInquiry,
    CreatorComment,
    Tiktok,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Message {
    #[serde(default)]
    pub id: Option<String>,
    pub channel: Channel,
    pub received_at: Instant,
    #[serde(default)]
    pub answered_at: Option<Instant>,
    /// The creator post a comment belongs to (see `posts`).
    #[serde(default)]
    pub post_id: Option<String>,
    /// Language of the question; default "ja". The pause rule counts Japanese questions.
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Post {
    pub id: String,
    pub posted_at: Instant,
}

/// Overrides for the presets; hours are whole hours from 1 to 720.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RuleInput {
    pub inquiry_hours: Option<u32>,
    pub sale_inquiry_hours: Option<u32>,
    pub creator_comment_hours: Option<u32>,
    pub tiktok_hours: Option<u32>,
    pub pause_unanswered: Option<u32>,
    pub pause_within_hours: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BusinessHours {
    /// e.g. "09:00".
    pub opens: ClockTime,
    /// e.g. "18:00"; "24:00" for midnight.
    pub closes: ClockTime,
    /// Default ["sat", "sun"].
    #[serde(default)]
    pub closed_weekdays: Option<Vec<String>>,
    /// Default true: Japanese public holidays (2000–2099) are closed days.
    #[serde(default = "yes")]
    pub closed_on_holidays: bool,
    /// Extra closed dates (e.g. 年末年始).
    #[serde(default)]
    pub closed_dates: Vec<Date>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    AnsweredOnTime,
    AnsweredLate,
    Open,
    Overdue,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub id: String,
    pub channel: Channel,
    pub received_at: Instant,
    pub deadline: Instant,
    pub limit_hours: u32,
    pub rule: &'static str,
    pub during_sale: bool,
    pub status: Status,
    /// Calendar seconds from `now` to the deadline for unanswered items (negative = overdue).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds_left: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_seconds: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PauseCheck {
    pub post_id: String,
    pub posted_at: Instant,
    pub window_end: Instant,
    /// Japanese questions received in the window and unanswered at min(now, windowEnd).
    pub unanswered: u32,
    pub threshold: u32,
    pub triggered: bool,
    /// Further unanswered questions that would trigger the pause (0 once triggered).
    pub remaining_before_pause: u32,
    pub message_ids: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    pub id: &'static str,
    pub hours: u32,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub answered_on_time: u64,
    pub answered_late: u64,
    pub open: u64,
    pub overdue: u64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplyRiskOutput {
    pub now: Instant,
    /// "calendar" or "business".
    pub clock: &'static str,
    pub items: Vec<Item>,
    /// Ids of unanswered items past their deadline, most overdue first.
    pub overdue: Vec<String>,
    pub counts: Counts,
    pub pause: Vec<PauseCheck>,
    pub pause_triggered: bool,
    pub rules: Vec<Rule>,
}

struct Rules {
    inquiry: Rule,
    sale_inquiry: Rule,
    creator_comment: Rule,
    tiktok: Rule,
    pause_unanswered: Rule,
    pause_within: Rule,
}

fn rules(input: &RuleInput) -> Result<Rules> {
    let pick = |id: &'static str, value: Option<u32>, preset: u32, provenance: Provenance, max: u32| -> Result<Rule> {
        match value {
            Some(v) if (1..=max).contains(&v) => Ok(Rule {
                id,
                hours: v,
                provenance: user_entered(),
            }),
            Some(_) => Err(Error::new(
                code::OUT_OF_RANGE,
                format!("rules.{id}"),
                format!("must be from 1 to {max}"),
            )),
            None => Ok(Rule {
                id,
                hours: preset,
                provenance,
            }),
        }
    };
    Ok(Rules {
        inquiry: pick("inquiryHours", input.inquiry_hours, 24, Guide::Complaint.provenance(), 720)?,
        sale_inquiry: pick("saleInquiryHours", input.sale_inquiry_hours, 12, Guide::Complaint.provenance(), 720)?,
        creator_comment: pick(
            "creatorCommentHours",
            input.creator_comment_hours,
            4,
            Guide::Creator.provenance(),
            720,
        )?,
        tiktok: pick(
            "tiktokHours",
            input.tiktok_hours,
            24,
            jpseller_default([
                "把指南中通用的 24 小时回复规则用于 TikTok",
                "ガイドの一般的な 24 時間以内の返信ルールを TikTok にも適用",
                "the guide's general 24 h reply rule applied to TikTok",
            ]),
            720,
        )?,
        pause_unanswered: pick("pauseUnanswered", input.pause_unanswered, 3, Guide::Creator.provenance(), 1_000)?,
        pause_within: pick("pauseWithinHours", input.pause_within_hours, 72, Guide::Creator.provenance(), 720)?,
    })
}

struct Schedule {
    opens: i64,
    closes: i64,
    closed: ClosedDays,
    /// Open days counted once over every day any deadline search can visit (see [`OpenDays`]).
    open_days: OpenDays,
}

/// `counts[i]` = open days in `[first, first + i)`: the k-th open day after any date is then a
/// binary search, so a deadline costs O(log days) however few days are open (issue 12: a
/// day-by-day walk over 10 years of mostly closed days, per message, for up to 10^6 messages).
#[derive(Default)]
struct OpenDays {
    first: i32,
    counts: Vec<u32>,
}

impl Schedule {
    fn from(hours: &BusinessHours) -> Result<Schedule> {
        if hours.opens.0 >= hours.closes.0 {
            return Err(Error::new(
                code::INVALID_INPUT,
                "businessHours.closes",
                "closing time must be after opening time",
            ));
        }
        if hours.closed_dates.len() > 10_000 {
            return Err(Error::new(code::OUT_OF_RANGE, "businessHours.closedDates", "at most 10000 dates"));
        }
        Ok(Schedule {
            opens: hours.opens.0,
            closes: hours.closes.0,
            closed: ClosedDays::new(
                closed_weekdays(hours.closed_weekdays.as_deref()).map_err(|e| e.within("businessHours"))?,
                hours.closed_dates.clone(),
                hours.closed_on_holidays,
            ),
            open_days: OpenDays::default(),
        })
    }

    /// Counts the open days from `first` to `last` + MAX_SPAN_DAYS, once. Received dates are
    /// 1900–2199, so this is at most ~113,000 days.
    fn count_open_days(&mut self, first: Date, last: Date) {
        let days = usize::try_from(last.days_since(first))
            .unwrap_or(0)
            .saturating_add(MAX_SPAN_DAYS as usize);
        let mut counts = Vec::with_capacity(days.saturating_add(1));
        let mut open = 0u32;
        counts.push(open);
        let mut day = first;
        for _ in 0..days {
            open = open.saturating_add(u32::from(self.is_open_day(day))); // ≤ days
            counts.push(open);
            day = day.add_days(1);
        }
        self.open_days = OpenDays {
            first: first.days(),
            counts,
        };
    }

    /// The `k`-th open day (k ≥ 1) after `day`, if it is within MAX_SPAN_DAYS − 1 days of it.
    fn nth_open_day_after(&self, day: Date, k: u32) -> Option<Date> {
        let offset = usize::try_from(day.days_since(Date::from_days(self.open_days.first))).ok()?;
        let before = *self.open_days.counts.get(offset.checked_add(1)?)?;
        let wanted = before.checked_add(k)?;
        // counts[i + 1] ≥ wanted ⇔ day first + i is at or past the k-th open day.
        let index = self.open_days.counts.partition_point(|&count| count < wanted);
        let found = index.checked_sub(1)?;
        let limit = offset.checked_add(MAX_SPAN_DAYS as usize)?;
        (index < self.open_days.counts.len() && found < limit)
            .then(|| Date::from_days(self.open_days.first).add_days(i32::try_from(found).unwrap_or(i32::MAX)))
    }

    fn is_open_day(&self, day: Date) -> bool {
        self.closed.is_open(day)
    }

    /// The moment `seconds` of open time have passed after `start` (which must lie inside the
    /// span given to [`Schedule::count_open_days`]): the rest of `start`'s day if it is open,
    /// then whole open days of `closes − opens` seconds each.
    fn add_open_time(&self, start: Instant, seconds: i64) -> Result<Instant> {
        let too_far = || {
            Error::new(
                code::OUT_OF_RANGE,
                "businessHours",
                "no deadline within 10 years: too few open days",
            )
        };
        let day = start.date_jst();
        let mut remaining = seconds;
        if self.is_open_day(day) {
            let open = day.start_jst().add_seconds(self.opens);
            let close = day.start_jst().add_seconds(self.closes);
            let from = start.max(open);
            if from < close {
                let available = close.seconds_since(from);
                if remaining <= available {
                    return Ok(from.add_seconds(remaining));
                }
                remaining = remaining.saturating_sub(available); // remaining > available > 0
            }
        }
        // opens < closes is checked in `from`, so a whole open day is ≥ 1 s.
        let per_day = self.closes.saturating_sub(self.opens).max(1);
        // The k-th open day holds the deadline: k = ⌈remaining / per_day⌉, at least 1 (with
        // nothing remaining the deadline is the next opening).
        let k = remaining.saturating_sub(1).div_euclid(per_day).saturating_add(1).max(1);
        let into_day = remaining.saturating_sub(k.saturating_sub(1).saturating_mul(per_day));
        let deadline_day = self
            .nth_open_day_after(day, u32::try_from(k).map_err(|_| too_far())?)
            .ok_or_else(too_far)?;
        Ok(deadline_day.start_jst().add_seconds(self.opens).add_seconds(into_day))
    }
}

/// replyRisk's limit on `messages` (also checked by the wasm boundary before the array is copied).
pub fn check_message_count(messages: usize) -> Result<()> {
    Error::check_work(
        "the number of messages",
        messages as u64,
        MAX_MESSAGES as u64,
        "check the messages in batches (e.g. one shop or one week at a time)",
    )
    .map_err(|e| e.within("messages"))
}

pub fn reply_risk(input: ReplyRiskInput) -> Result<ReplyRiskOutput> {
    check_message_count(input.messages.len())?;
    if input.posts.len() > MAX_POSTS || input.sales.len() > 10_000 {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            if input.posts.len() > MAX_POSTS { "posts" } else { "sales" },
            "too many entries",
        ));
    }
    if let Some(i) = input.sales.iter().position(|p| p.end < p.start) {
        return Err(Error::new(
            code::INVALID_INPUT,
            format!("sales[{i}].end"),
            "the sale ends before it starts",
        ));
    }
    let rules = rules(&input.rules)?;
    let mut schedule = input.business_hours.as_ref().map(Schedule::from).transpose()?;
    if let Some(s) = schedule.as_mut() {
        let days = input.messages.iter().map(|m| m.received_at.date_jst());
        if let (Some(first), Some(last)) = (days.clone().min(), days.max()) {
            s.count_open_days(first, last);
        }
    }
    // Post ids and sale periods looked up per message: a set and sorted periods, not scans
    // (10^6 messages × 10^5 posts was 10^11 comparisons).
    let post_ids: std::collections::BTreeSet<&str> = input.posts.iter().map(|p| p.id.as_str()).collect();
    let mut sale_periods: Vec<(Instant, Instant)> = input.sales.iter().map(|p| (p.start, p.end)).collect();
    sale_periods.sort_unstable();
    // Running maximum of the ends: a moment is inside some period iff, among the periods that
    // start at or before it, the latest end is at or after it.
    let latest_end: Vec<Instant> = sale_periods
        .iter()
        .scan(None, |latest: &mut Option<Instant>, &(_, end)| {
            let max = latest.map_or(end, |l: Instant| l.max(end));
            *latest = Some(max);
            Some(max)
        })
        .collect();
    let in_sale = |t: Instant| {
        let started = sale_periods.partition_point(|&(start, _)| start <= t);
        started.checked_sub(1).and_then(|i| latest_end.get(i)).is_some_and(|&end| t <= end)
    };
    let now = input.now;

    let mut items = Vec::with_capacity(input.messages.len());
    for (i, message) in input.messages.iter().enumerate() {
        let at = format!("messages[{i}]");
        if let Some(answered) = message.answered_at {
            if answered < message.received_at {
                return Err(Error::new(
                    code::INVALID_INPUT,
                    format!("{at}.answeredAt"),
                    "answered before it was received",
                ));
            }
        }
        if let Some(post) = &message.post_id {
            if !post_ids.contains(post.as_str()) {
                return Err(Error::new(
                    code::INVALID_INPUT,
                    format!("{at}.postId"),
                    format!("no post with id {post:?} in `posts`"),
                ));
            }
        }
        let during_sale = input.sale_running || in_sale(message.received_at);
        let rule = match (message.channel, during_sale) {
            (Channel::CreatorComment, _) => &rules.creator_comment,
            (Channel::RakutenInquiry, false) => &rules.inquiry,
            (Channel::Tiktok, false) => &rules.tiktok,
            // During a sale the shorter of the channel's rule and the sale rule applies.
            (Channel::RakutenInquiry, true) => shorter(&rules.inquiry, &rules.sale_inquiry),
            (Channel::Tiktok, true) => shorter(&rules.tiktok, &rules.sale_inquiry),
        };
        let limit = i64::from(rule.hours).saturating_mul(3600); // hours is a u32: ≤ 1.6e13 s
        let deadline = match &schedule {
            Some(s) => s.add_open_time(message.received_at, limit).map_err(|e| e.within(&at))?,
            None => message.received_at.add_seconds(limit),
        };
        // An answer dated after `now` has not happened yet.
        let answered = message.answered_at.filter(|a| *a <= now);
        let status = match answered {
            Some(a) if a <= deadline => Status::AnsweredOnTime,
            Some(_) => Status::AnsweredLate,
            None if now > deadline => Status::Overdue,
            None => Status::Open,
        };
        items.push(Item {
            id: message.id.clone().unwrap_or_else(|| format!("#{}", crate::input::one_based(i))),
            channel: message.channel,
            received_at: message.received_at,
            deadline,
            limit_hours: rule.hours,
            rule: rule.id,
            during_sale,
            status,
            seconds_left: answered.is_none().then(|| deadline.seconds_since(now)),
            response_seconds: answered.map(|a| a.seconds_since(message.received_at)),
        });
    }
    let mut overdue: Vec<&Item> = items.iter().filter(|i| i.status == Status::Overdue).collect();
    overdue.sort_by_key(|i| i.deadline);
    let count = |s: Status| items.iter().filter(|i| i.status == s).count() as u64;
    let counts = Counts {
        answered_on_time: count(Status::AnsweredOnTime),
        answered_late: count(Status::AnsweredLate),
        open: count(Status::Open),
        overdue: count(Status::Overdue),
    };

    let threshold = rules.pause_unanswered.hours;
    let within = i64::from(rules.pause_within.hours).saturating_mul(3600); // ≤ 1.6e13 s
    let mut pause = Vec::new();
    // Messages grouped by post once, rather than every message scanned for every post.
    let mut by_post: std::collections::BTreeMap<&str, Vec<(&Message, &Item)>> = std::collections::BTreeMap::new();
    for (m, item) in input.messages.iter().zip(&items) {
        if let Some(post) = m.post_id.as_deref() {
            by_post.entry(post).or_default().push((m, item));
        }
    }
    for post in &input.posts {
        let window_end = post.posted_at.add_seconds(within);
        let cutoff = now.min(window_end);
        let message_ids: Vec<String> = by_post
            .get(post.id.as_str())
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|(m, _)| m.language.as_deref().unwrap_or("ja").eq_ignore_ascii_case("ja"))
            .filter(|(m, _)| post.posted_at <= m.received_at && m.received_at <= cutoff)
            .filter(|(m, _)| m.answered_at.is_none_or(|a| a > cutoff))
            .map(|(_, item)| item.id.clone())
            .collect();
        let unanswered = message_ids.len() as u32;
        pause.push(PauseCheck {
            post_id: post.id.clone(),
            posted_at: post.posted_at,
            window_end,
            unanswered,
            threshold,
            triggered: unanswered >= threshold,
            remaining_before_pause: threshold.saturating_sub(unanswered),
            message_ids,
        });
    }
    let overdue = overdue.iter().map(|i| i.id.clone()).collect();
    Ok(ReplyRiskOutput {
        now,
        clock: if schedule.is_some() { "business" } else { "calendar" },
        overdue,
        counts,
        pause_triggered: pause.iter().any(|p| p.triggered),
        pause,
        items,
        rules: vec![
            rules.inquiry,
            rules.sale_inquiry,
            rules.creator_comment,
            rules.tiktok,
            rules.pause_unanswered,
            rules.pause_within,
        ],
    })
}

fn shorter<'a>(a: &'a Rule, b: &'a Rule) -> &'a Rule {
    if b.hours < a.hours {
        b
    } else {
        a
    }
}

#[cfg(test)]
mod tests;
