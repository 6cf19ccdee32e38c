//! `registerFeeSchedules`: a fee-data file in the shipped format updates the schedules an explicit
//! registry holds, results name the data they used, and bad files change nothing.

use super::schedule::{Registry, BUILTIN_VERSION, DUPLICATE_DATA_VERSION, INVALID_SCHEDULE, OVERLAPPING_RULES};
use super::{estimate_order, fee_schedules, OrderEstimate, SchedulesInput};
use crate::input::decode_json;
use wasm_bindgen_test::wasm_bindgen_test;

const EXAMPLE: &str = include_str!("../../tests/fee-data/example.json");

/// Qoo10 electronics at ¥8,800 (no shipping), as the example file's rule sees it.
fn commission(registry: &Registry, as_of: &str) -> (OrderEstimate, i64) {
    let input = format!(r#"{{"platform":"qoo10","asOf":"{as_of}","price":8800,"qoo10":{{"category":"electronics"}}}}"#);
    let e = estimate_order(registry, decode_json(&input).unwrap()).unwrap();
    let net = e.lines.iter().find(|l| l.id == "qoo10.commission").unwrap().net.0;
    (e, net)
}

fn registered() -> Registry {
    let mut registry = Registry::builtin().unwrap().clone();
    registry.register_json(EXAMPLE).unwrap();
    registry
}

/// The example with `edit` applied to its first rule.
fn example_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut file: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    edit(&mut file["platforms"][0]["rules"][0]);
    file.to_string()
}

fn register_err(text: &str) -> crate::error::Error {
    let mut registry = Registry::builtin().unwrap().clone();
    let err = registry.register_json(text).unwrap_err();
    assert_eq!(registry.data_version(), BUILTIN_VERSION, "a rejected file changes nothing");
    err
}

#[wasm_bindgen_test(unsupported = test)]
fn registered_rule_wins_from_its_date() {
    let builtin = Registry::builtin().unwrap();
    let (before, net) = commission(builtin, "2026-12-15");
    assert_eq!(net, 704); // 8,800 × 8 % = 704 (shipped rate)
    assert_eq!(before.data_version, "builtin-2026-11-20");

    let registry = registered();
    let (after, net) = commission(&registry, "2026-12-15");
    assert_eq!(net, 792); // 8,800 × 9 % = 792 (the file's rate from 2026-12-01)
    assert_eq!(after.data_version, "builtin-2026-11-20+example-2026-12-01");
    let (_, net) = commission(&registry, "2026-11-30");
    assert_eq!(net, 704, "the day before the file's rule starts, the shipped 8 % applies");
    // The shipped registry is untouched: registering works on the caller's own copy.
    assert_eq!(commission(builtin, "2026-12-15").1, 704);
}

#[wasm_bindgen_test(unsupported = test)]
fn schedules_list_the_version_in_force_and_the_date() {
    let registry = registered();
    let s = fee_schedules(&registry, decode_json(r#"{"asOf":"2026-12-15","platform":"qoo10"}"#).unwrap()).unwrap();
    assert_eq!(s.data_version, "builtin-2026-11-20+example-2026-12-01");
    assert_eq!(s.rates_as_of.to_string(), "2026-12-01"); // newer than the shipped review (2026-11-20)
    let electronics: Vec<_> = s.platforms[0]
        .rules
        .iter()
        .filter(|r| r.id == "qoo10.commission" && r.category.as_deref() == Some("electronics"))
        .collect();
    assert_eq!(electronics.len(), 1, "the superseded shipped version is not listed as in force");
    assert_eq!(electronics[0].provenance.effective_from, "2026-12-01");
    let history = fee_schedules(
        &registry,
        SchedulesInput {
            history: true,
            ..Default::default()
        },
    )
    .unwrap();
    let versions = history
        .platforms
        .iter()
        .flat_map(|p| &p.rules)
        .filter(|r| r.id == "qoo10.commission" && r.category.as_deref() == Some("electronics"))
        .count();
    assert_eq!(versions, 2, "history keeps both versions");
    let builtin = fee_schedules(Registry::builtin().unwrap(), SchedulesInput::default()).unwrap();
    assert_eq!(builtin.rates_as_of.to_string(), "2026-11-20");
}

#[wasm_bindgen_test(unsupported = test)]
fn the_same_version_is_one_file() {
    let mut registry = registered();
    // The same file again (a reload) changes nothing and reports what it added the first time.
    let again = registry.register_json(EXAMPLE).unwrap();
    assert_eq!((again.added.len(), again.added[0].rules), (1, 1));
    assert_eq!(registry.data_version(), "builtin-2026-11-20+example-2026-12-01");
    assert_eq!(commission(&registry, "2026-12-15").1, 792);
    // Another file under that version is refused.
    let changed = example_with(|r| r["calc"]["rate"] = "10".into());
    let err = registry.register_json(&changed).unwrap_err();
    assert_eq!((err.code, err.field.as_str()), (DUPLICATE_DATA_VERSION, "dataVersion"));
    assert_eq!(commission(&registry, "2026-12-15").1, 792);
}

#[wasm_bindgen_test(unsupported = test)]
fn bad_files_name_the_field() {
    let cases = [
        (
            example_with(|r| r["id"] = "qoo10.made_up".into()),
            "unknown_rule",
            "platforms[0].rules[0].id",
        ),
        (
            example_with(|r| r["calc"] = serde_json::json!({"type":"fixed","amount":"100"})),
            INVALID_SCHEDULE,
            "platforms[0].rules[0].calc.type",
        ),
        (
            example_with(|r| r["provenance"]["effectiveTo"] = "2026-11-30".into()),
            INVALID_SCHEDULE,
            "platforms[0].rules[0].provenance.effectiveTo",
        ),
        (
            example_with(|r| r["provenance"]["effectiveFrom"] = "2026-13-01".into()),
            INVALID_SCHEDULE,
            "platforms[0].rules[0].provenance.effectiveFrom",
        ),
        (
            example_with(|r| r["category"] = "garden".into()),
            "unknown_category",
            "platforms[0].rules[0].category",
        ),
        // serde reports a tagged enum's inner field at the enum.
        (
            example_with(|r| r["calc"]["rate"] = "-1".into()),
            "invalid_rate",
            "platforms[0].rules[0].calc",
        ),
        (
            example_with(|r| r["surprise"] = 1.into()),
            "unknown_field",
            "platforms[0].rules[0].surprise",
        ),
        (
            EXAMPLE.replace(r#""platform": "qoo10""#, r#""platform": "mercari""#),
            "invalid_input",
            "platforms[0].platform",
        ),
        (
            EXAMPLE.replace(r#""dataVersion": "example-2026-12-01""#, r#""dataVersion": " ""#),
            INVALID_SCHEDULE,
            "dataVersion",
        ),
    ];
    for (text, code, field) in cases {
        let err = register_err(&text);
        assert_eq!((err.code, err.field.as_str()), (code, field), "{}", err.message);
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn overlapping_versions_in_one_file_are_refused() {
    let mut file: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    let rules = file["platforms"][0]["rules"].as_array_mut().unwrap();
    let mut later = rules[0].clone();
    later["provenance"]["effectiveFrom"] = "2027-01-01".into(); // inside the first one's open range
    rules.push(later);
    let err = register_err(&file.to_string());
    assert_eq!(
        (err.code, err.field.as_str()),
        (OVERLAPPING_RULES, "platforms[0].rules[1].provenance")
    );
    // Closing the first version the day before makes them consecutive, and the later one wins then.
    file["platforms"][0]["rules"][0]["provenance"]["effectiveTo"] = "2026-12-31".into();
    file["platforms"][0]["rules"][1]["calc"]["rate"] = "10".into();
    let mut registry = Registry::builtin().unwrap().clone();
    registry.register_json(&file.to_string()).unwrap();
    assert_eq!(commission(&registry, "2026-12-31").1, 792); // 8,800 × 9 % = 792
    assert_eq!(commission(&registry, "2027-01-01").1, 880); // 8,800 × 10 % = 880
}

#[wasm_bindgen_test(unsupported = test)]
fn file_size_is_checked_before_parsing() {
    let huge = " ".repeat(super::schedule::MAX_FEE_DATA_BYTES + 1);
    assert_eq!(register_err(&huge).code, "too_much_work");
}

#[wasm_bindgen_test(unsupported = test)]
fn a_file_may_give_its_provenance_notes_in_three_languages() {
    let text = example_with(|rule| {
        rule["provenance"]["source"] = serde_json::json!({
            "zh": "门户更新示例", "ja": "ポータル更新の例", "en": "Portal update example"
        });
    });
    let mut registry = Registry::builtin().unwrap().clone();
    registry.register_json(&text).unwrap();
    let (e, net) = commission(&registry, "2026-12-15");
    assert_eq!(net, 792); // 8,800 × 9 % = 792, as with a plain English source
    let p = &e.lines.iter().find(|l| l.id == "qoo10.commission").unwrap().provenance;
    assert_eq!(p.source, "Portal update example", "source stays the English text");
    assert_eq!(p.note.as_ref().map(|n| n.ja.as_str()), Some("ポータル更新の例"));
    // A note missing a language is not a note: the file is rejected whole.
    let partial = example_with(|rule| rule["provenance"]["source"] = serde_json::json!({ "zh": "只有中文" }));
    register_err(&partial);
}
