//! Determinism: every API's JSON output for the committed regression cases must equal, byte for
//! byte, the output blessed from the native build — natively, and compiled to wasm in Node and in
//! headless Chromium (the same test body, `wasm_bindgen_test(unsupported = test)`). The npm
//! consumer test `tests/js/consumer/determinism.test.mjs` replays the same cases through the real
//! package exports, and `scripts/consumer-test.sh` type-checks every blessed output against its
//! export's declared TypeScript type (`tests/js/types/fixture-types.mjs`).
//!
//! Cases: `tests/regression/<domain>.json`, an array of `{ api, case, args }` (`args` are the JS
//! arguments), edited by hand and run in order. Blessed outputs: one file per case,
//! `tests/regression/<domain>/<api>/<case>.json` (ASCII slugs of the API and case names), holding
//! the case's `api`, `case` and `args` as written and its `ok` result or `error`, indented by two
//! spaces with every token as produced. They are regression fixtures, not hand calculations: they
//! pin what the code does today, and the hand-calculated values live in each domain's own tests.
//! After an intended output change, or to add, rename or remove a case, run
//! `JPSELLER_BLESS=1 cargo test --release --test determinism` and review the diff: it rewrites
//! the case files, removes those of cases that no longer exist and rewrites
//! `tests/regression/index.rs`, which embeds every case file for the wasm runs (no file system).

use jpseller::api;
use serde_json::Value;
use wasm_bindgen_test::wasm_bindgen_test;

/// (domain, case list) — add a domain here and its list in `tests/regression/`.
const DOMAINS: &[(&str, &str)] = &[
    ("tax", include_str!("regression/tax.json")),
    ("fees", include_str!("regression/fees.json")),
    ("health", include_str!("regression/health.json")),
    ("campaign", include_str!("regression/campaign.json")),
    ("lint", include_str!("regression/lint.json")),
];

/// APIs whose only argument-free form cannot fail on input.
const TAKES_NO_INPUT: &[&str] = &["campaignPresets"];

const BLESS_HINT: &str = "if the change is intended, run `JPSELLER_BLESS=1 cargo test --release --test determinism` and review the diff";

struct Case {
    api: String,
    name: String,
    /// Each argument as JSON text, for `api::call`.
    args: Vec<String>,
    /// The `args` array as written in the case list (a parsed `Value` would sort its keys).
    args_text: String,
}

impl Case {
    /// Where the case's blessed output lives, under `tests/regression/`.
    fn path(&self, domain: &str) -> String {
        format!("{domain}/{}/{}.json", kebab_case(&self.api), slug(&self.name))
    }

    /// The case file: api, case, args and the outcome, every token as produced (see `indented`).
    fn file_text(&self) -> String {
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        let outcome = match api::call(&self.api, &args) {
            Ok(output) => format!("\"ok\":{output}"),
            Err(error) => format!("\"error\":{}", serde_json::to_string(&error).expect("errors encode")),
        };
        let record = format!(
            "{{\"api\":{},\"case\":{},\"args\":{},{outcome}}}",
            Value::from(self.api.as_str()),
            Value::from(self.name.as_str()),
            self.args_text
        );
        indented(&record) + "\n"
    }
}

fn cases(list: &str) -> Vec<Case> {
    let items: Vec<Value> = serde_json::from_str(list).expect("a case list is a JSON array");
    let args_texts = args_as_written(list);
    assert_eq!(items.len(), args_texts.len(), "every case has args");
    items
        .into_iter()
        .zip(args_texts)
        .map(|(item, args_text)| Case {
            api: item["api"].as_str().expect("api").to_string(),
            name: item["case"].as_str().expect("case").to_string(),
            args: item["args"].as_array().expect("args").iter().map(Value::to_string).collect(),
            args_text: args_text.to_string(),
        })
        .collect()
}

/// Every domain's cases with their file paths; panics when two cases of one API share a file.
fn all_cases() -> Vec<(String, Case)> {
    let mut all: Vec<(String, Case)> = Vec::new();
    for (domain, list) in DOMAINS {
        for case in cases(list) {
            let path = case.path(domain);
            assert!(
                !slug(&case.name).is_empty(),
                "{domain}: case {:?} has no ASCII letter or digit for its file name",
                case.name
            );
            if let Some((_, other)) = all.iter().find(|(p, _)| *p == path) {
                panic!(
                    "{domain}: cases {:?} and {:?} of {} both map to {path}: rename one",
                    other.name, case.name, case.api
                );
            }
            all.push((path, case));
        }
    }
    all
}

/// `estimateOrder` → `estimate-order`.
fn kebab_case(api_name: &str) -> String {
    let mut out = String::new();
    for ch in api_name.chars() {
        if ch.is_ascii_uppercase() && !out.is_empty() {
            out.push('-');
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

/// A case name as a file name: ASCII letters and digits lowercased, every other run as one `-`
/// (`"error: __proto__ key"` → `error-proto-key`).
fn slug(name: &str) -> String {
    let mut out = String::new();
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Index just past the JSON string or scalar that starts at `start` (containers: `container_end`).
fn token_end(text: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    if text[start] == b'"' {
        while text[i] != b'"' {
            i += if text[i] == b'\\' { 2 } else { 1 };
        }
        return i + 1;
    }
    while i < text.len() && !b",]}: \t\r\n".contains(&text[i]) {
        i += 1;
    }
    i
}

/// Index just past the JSON value that starts at `start`.
fn value_end(text: &[u8], start: usize) -> usize {
    if !matches!(text[start], b'{' | b'[') {
        return token_end(text, start);
    }
    let (mut depth, mut i) = (0usize, start);
    loop {
        match text[i] {
            b'"' => i = token_end(text, i),
            b'{' | b'[' => (depth, i) = (depth + 1, i + 1),
            b'}' | b']' => {
                (depth, i) = (depth - 1, i + 1);
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
}

fn skip_whitespace(text: &[u8], mut i: usize) -> usize {
    while text[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The text of each case's `args` in a case list (already validated as JSON by serde_json).
fn args_as_written(list: &str) -> Vec<&str> {
    let text = list.as_bytes();
    let mut found = Vec::new();
    let mut i = skip_whitespace(text, 0) + 1; // past the list's `[`
    loop {
        i = skip_whitespace(text, i);
        match text[i] {
            b']' => return found,
            b',' => i += 1,
            _ => {
                // One case object: its members, keeping the span of `args`.
                i += 1;
                loop {
                    i = skip_whitespace(text, i);
                    match text[i] {
                        b'}' => break i += 1,
                        b',' => i += 1,
                        _ => {
                            let key_end = token_end(text, i);
                            let key: String = serde_json::from_str(&list[i..key_end]).expect("a key");
                            let start = skip_whitespace(text, skip_whitespace(text, key_end) + 1); // past `:`
                            i = value_end(text, start);
                            if key == "args" {
                                found.push(&list[start..i]);
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `json` with two spaces of indentation per level and one member or element per line, as
/// `JSON.stringify(value, null, 2)` lays it out, but with every string and number copied as
/// produced: only whitespace between tokens changes, so the comparison stays byte for byte.
fn indented(json: &str) -> String {
    fn new_line(out: &mut String, depth: usize) {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    }
    let text = json.as_bytes();
    let mut out = String::with_capacity(json.len() * 2);
    let (mut depth, mut i) = (0usize, 0usize);
    while i < text.len() {
        match text[i] {
            b'"' => {
                let end = token_end(text, i);
                out.push_str(&json[i..end]);
                i = end;
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\n' => {}
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                let next = skip_whitespace(text, i + 1);
                out.push(char::from(open));
                if text[next] == close {
                    out.push(char::from(close));
                    i = next;
                } else {
                    depth += 1;
                    new_line(&mut out, depth);
                }
            }
            close @ (b'}' | b']') => {
                depth -= 1;
                new_line(&mut out, depth);
                out.push(char::from(close));
            }
            b',' => {
                out.push(',');
                new_line(&mut out, depth);
            }
            b':' => out.push_str(": "),
            scalar => out.push(char::from(scalar)), // digits, signs, true / false / null: ASCII
        }
        i += 1;
    }
    out
}

/// `tests/regression/index.rs` for these case files.
#[cfg(not(target_arch = "wasm32"))]
fn index_text(paths: &[&str]) -> String {
    let mut out = String::from(
        "// Written by `JPSELLER_BLESS=1 cargo test --release --test determinism` (tests/determinism.rs): every\n\
         // case file, embedded for the wasm runs, which have no file system. A listed file that is missing\n\
         // breaks only the wasm build; the native tests and the bless command read the files themselves.\n&[\n",
    );
    for path in paths {
        out.push_str(&format!("    ({path:?}, include_str!({path:?})),\n"));
    }
    out + "]\n"
}

#[cfg(target_arch = "wasm32")]
const EMBEDDED: &[(&str, &str)] = include!("regression/index.rs");

/// The committed text of a case file.
#[cfg(target_arch = "wasm32")]
fn committed(path: &str) -> Option<String> {
    EMBEDDED.iter().find(|(p, _)| *p == path).map(|(_, text)| text.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn regression_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regression")
}

/// The committed text of a case file.
#[cfg(not(target_arch = "wasm32"))]
fn committed(path: &str) -> Option<String> {
    std::fs::read_to_string(regression_dir().join(path)).ok()
}

/// Every `.json` file below the domain directories of `tests/regression/`, as paths relative to it.
#[cfg(not(target_arch = "wasm32"))]
fn case_files_on_disk() -> Vec<String> {
    fn walk(dir: &std::path::Path, files: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("a readable directory") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "json") {
                let relative = path.strip_prefix(regression_dir()).expect("below tests/regression");
                files.push(relative.to_str().expect("utf-8 path").replace('\\', "/"));
            }
        }
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(regression_dir()).expect("tests/regression") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            walk(&path, &mut files);
        }
    }
    files.sort();
    files
}

/// Writes every case file that changed, removes those of cases that no longer exist (and
/// directories left empty) and rewrites `index.rs`.
#[cfg(not(target_arch = "wasm32"))]
fn bless(files: &[(String, String)]) {
    let root = regression_dir();
    for (path, text) in files {
        let file = root.join(path);
        if std::fs::read_to_string(&file).ok().as_deref() != Some(text.as_str()) {
            std::fs::create_dir_all(file.parent().expect("a directory")).expect("create a case directory");
            std::fs::write(&file, text).expect("write a case file");
        }
    }
    for stale in case_files_on_disk() {
        if !files.iter().any(|(path, _)| *path == stale) {
            let file = root.join(&stale);
            std::fs::remove_file(&file).expect("remove a stale case file");
            for dir in file.ancestors().skip(1).take_while(|dir| *dir != root) {
                if std::fs::read_dir(dir).expect("a directory").next().is_some() {
                    break;
                }
                std::fs::remove_dir(dir).expect("remove an empty case directory");
            }
        }
    }
    let mut paths: Vec<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
    paths.sort_unstable();
    std::fs::write(root.join("index.rs"), index_text(&paths)).expect("write tests/regression/index.rs");
}

fn blessing() -> bool {
    cfg!(not(target_arch = "wasm32")) && std::env::var_os("JPSELLER_BLESS").is_some()
}

/// The first line where two texts differ, for the failure message.
fn first_difference(expected: &str, actual: &str) -> String {
    let line = expected.lines().zip(actual.lines()).position(|(e, a)| e != a);
    let line = line.unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    let at = |text: &str| {
        text.lines()
            .nth(line)
            .unwrap_or("<end of file>")
            .chars()
            .take(200)
            .collect::<String>()
    };
    format!("line {}: committed `{}`, now `{}`", line + 1, at(expected), at(actual))
}

#[wasm_bindgen_test(unsupported = test)]
fn outputs_match_the_blessed_case_files_byte_for_byte() {
    // In list order: registerFeeSchedules cases change what later fee cases see.
    let files: Vec<(String, String)> = all_cases().into_iter().map(|(path, case)| (path, case.file_text())).collect();
    if blessing() {
        #[cfg(not(target_arch = "wasm32"))]
        bless(&files);
        return;
    }
    let mut problems = Vec::new();
    for (path, actual) in &files {
        match committed(path) {
            None => problems.push(format!("tests/regression/{path}: missing")),
            Some(expected) if expected != *actual => {
                problems.push(format!("tests/regression/{path}: {}", first_difference(&expected, actual)))
            }
            Some(_) => {}
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} cases differ ({BLESS_HINT}):\n{}",
        problems.len(),
        files.len(),
        problems.join("\n")
    );
}

/// No case file without a case (a renamed or removed case leaves one behind until blessed), every
/// case list in `DOMAINS`, and `index.rs` embeds exactly the case files.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_case_file_has_its_case_and_is_embedded_for_wasm() {
    if blessing() {
        return; // the bless run rewrites all of this
    }
    for entry in std::fs::read_dir(regression_dir()).expect("tests/regression") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).expect("utf-8 name").to_string();
        let domain = if path.is_dir() {
            Some(name.as_str())
        } else {
            name.strip_suffix(".json")
        };
        if let Some(domain) = domain {
            assert!(
                DOMAINS.iter().any(|(d, _)| *d == domain),
                "tests/regression/{name} is not a domain listed in DOMAINS"
            );
        }
    }
    let expected: Vec<String> = {
        let mut paths: Vec<String> = all_cases().into_iter().map(|(path, _)| path).collect();
        paths.sort();
        paths
    };
    let on_disk = case_files_on_disk();
    let stale: Vec<&String> = on_disk.iter().filter(|p| !expected.contains(p)).collect();
    assert!(
        stale.is_empty(),
        "case files without a case in tests/regression/<domain>.json: {stale:?} ({BLESS_HINT})"
    );
    let paths: Vec<&str> = expected.iter().map(String::as_str).collect();
    let index = std::fs::read_to_string(regression_dir().join("index.rs")).unwrap_or_default();
    assert!(
        index == index_text(&paths),
        "tests/regression/index.rs does not list exactly the case files ({BLESS_HINT})"
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn every_api_has_a_result_case_and_an_error_case() {
    let all: Vec<Case> = DOMAINS.iter().flat_map(|(_, list)| cases(list)).collect();
    for case in &all {
        assert!(api::NAMES.contains(&case.api.as_str()), "case for unknown API {}", case.api);
    }
    for name in api::NAMES {
        let outcomes: Vec<bool> = all
            .iter()
            .filter(|case| case.api == *name)
            .map(|case| api::call(name, &case.args.iter().map(String::as_str).collect::<Vec<_>>()).is_ok())
            .collect();
        assert!(outcomes.contains(&true), "{name}: no case with a result");
        // An API without input has nothing to reject.
        assert!(
            outcomes.contains(&false) || TAKES_NO_INPUT.contains(name),
            "{name}: no case with an error"
        );
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn case_file_names_are_ascii_slugs() {
    assert_eq!(kebab_case("estimateOrder"), "estimate-order");
    assert_eq!(slug("error: __proto__ key"), "error-proto-key");
    assert_eq!(slug("spans after 𠮷, emoji and kana"), "spans-after-emoji-and-kana");
    assert_eq!(slug("KH-NO1"), "kh-no1");
    assert_eq!(slug("exclusive 10 % floor"), "exclusive-10-floor");
}

#[wasm_bindgen_test(unsupported = test)]
fn indenting_changes_only_whitespace_between_tokens() {
    let compact = r#"{"a":[],"b":{},"c":[1,-0.0,"x, \"y\": [z]"],"d":{"e":null}}"#;
    let expected = "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    -0.0,\n    \"x, \\\"y\\\": [z]\"\n  ],\n  \"d\": {\n    \"e\": null\n  }\n}";
    assert_eq!(indented(compact), expected);
    assert_eq!(indented(&indented(compact)), expected, "already indented text keeps its layout");
    let list = r#"[ { "api": "a", "args": [{ "z": 1, "a": "]" }], "case": "c" }, {"args":[],"api":"b","case":"d"} ]"#;
    assert_eq!(args_as_written(list), vec![r#"[{ "z": 1, "a": "]" }]"#, "[]"]);
}

/// Issue 16: the page shows engine text in the seller's language. Every source (`source` +
/// `status`), warning and allocation diagnostic in any fixture's output carries the same text in
/// zh, ja and en, its `en` equal to the English field API users read.
#[wasm_bindgen_test(unsupported = test)]
fn every_source_warning_and_diagnostic_reads_in_zh_ja_and_en() {
    fn translated(note: &Value, english: &Value, at: &str, problems: &mut Vec<String>) {
        let text = |lang: &str| note.get(lang).and_then(Value::as_str).filter(|t| !t.is_empty());
        match (text("zh"), text("ja"), text("en")) {
            (Some(zh), Some(ja), Some(en)) if Some(en) == english.as_str() && zh != en && ja != en => {}
            _ => problems.push(format!("{at}: {english} has note {note}")),
        }
    }
    fn walk(value: &Value, at: &str, problems: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if map.contains_key("source") && map.contains_key("status") {
                    translated(&map.get("note").cloned().unwrap_or_default(), &map["source"], at, problems);
                }
                for (field, note) in [("program", "programNote"), ("warning", "warningNote")] {
                    if let Some(english @ Value::String(_)) = map.get(field) {
                        translated(&map.get(note).cloned().unwrap_or_default(), english, at, problems);
                    }
                }
                if let Some(Value::Array(warnings)) = map.get("warnings") {
                    let details = map.get("warningDetails").and_then(Value::as_array).cloned().unwrap_or_default();
                    let messages: Vec<&Value> = details.iter().map(|d| &d["message"]).collect();
                    if messages != warnings.iter().collect::<Vec<_>>() {
                        problems.push(format!("{at}: warnings {warnings:?} without the same warningDetails"));
                    }
                }
                for list in ["diagnostics", "warningDetails"] {
                    for (i, notice) in map.get(list).and_then(Value::as_array).into_iter().flatten().enumerate() {
                        translated(&notice["note"], &notice["message"], &format!("{at}.{list}[{i}]"), problems);
                    }
                }
                for (key, child) in map {
                    walk(child, &format!("{at}.{key}"), problems);
                }
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, item)| walk(item, &format!("{at}[{i}]"), problems)),
            _ => {}
        }
    }
    let mut problems = Vec::new();
    let mut notices = 0;
    for (_, list) in DOMAINS {
        for case in cases(list) {
            let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
            if let Ok(output) = api::call(&case.api, &args) {
                notices += output.matches("\"warningDetails\":[{").count() + output.matches("\"diagnostics\":[{").count();
                walk(
                    &serde_json::from_str(&output).expect("outputs are JSON"),
                    &format!("{} {}", case.api, case.name),
                    &mut problems,
                );
            }
        }
    }
    assert!(notices >= 3, "the fixtures show warnings and diagnostics ({notices})");
    assert_eq!(problems, Vec::<String>::new());
}
