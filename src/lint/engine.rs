//! Compiling the catalog into one Aho–Corasick automaton and running it.
//!
//! Every rule's patterns are expanded once (first use) into literals and compiled together; a
//! lint is one overlapping scan of the folded text (linear in text length plus hits — no
//! backtracking), followed by per-hit context checks that only look at a bounded window.

use super::inflect::{expand, split_gap, GAP_CHARS};
use super::normalize::{fold, Folded};
use super::rule::{Effect, Hit, Rule, Scope, Severity};
use super::rules::CATALOG;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

/// The text being linted: the original and its folded matching view.
pub struct Doc<'a> {
    pub source: &'a str,
    pub folded: Folded,
}

impl<'a> Doc<'a> {
    pub fn new(source: &'a str) -> Doc<'a> {
        Doc {
            source,
            folded: Folded::new(source),
        }
    }

    /// The original byte span of a folded byte span.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let original_start = self.folded.original_start(start);
        let original_end = self.folded.original_end(self.source, end).max(original_start);
        (original_start, original_end)
    }

    /// Folded text within `chars` characters either side of `start..end`.
    pub fn window(&self, start: usize, end: usize, chars: usize) -> &str {
        let text = &self.folded.text;
        let from = text[..start]
            .char_indices()
            .rev()
            .nth(chars.saturating_sub(1))
            .map_or(0, |(i, _)| i);
        let to = text[end..].char_indices().nth(chars).map_or(text.len(), |(i, _)| end + i);
        &text[from..to]
    }
}

/// Which part of a rule pattern an automaton literal is.
#[derive(Debug, Clone, Copy)]
enum Part {
    Whole,
    /// The first or second half of gap pattern number `n` (see `inflect::split_gap`).
    Head(usize),
    Tail(usize),
}

#[derive(Debug, Clone, Copy)]
struct Owner {
    rule: usize,
    /// The literal begins / ends with `#` (a digit run, extended over the whole number).
    leading_digits: bool,
    trailing_digits: bool,
    part: Part,
}

/// Byte spans of a gap pattern's first and second halves found in one text.
#[derive(Debug, Clone, Default)]
struct Halves {
    heads: Vec<(usize, usize)>,
    tails: Vec<(usize, usize)>,
}

/// Characters a gap may not contain: a gap stays within one clause.
const CLAUSE_BREAKS: &[char] = &['。', '、', ',', '!', '?', '\n'];

pub struct Compiled {
    automaton: AhoCorasick,
    /// The owner of each automaton literal.
    owners: Vec<Owner>,
    /// The rule of each gap pattern.
    gap_rules: Vec<usize>,
    /// Folded exceptions per rule.
    exceptions: Vec<Vec<String>>,
    /// Folded near-words per rule, per near group.
    near: Vec<Vec<Vec<String>>>,
    /// Concrete patterns per rule after expansion.
    pub pattern_counts: Vec<usize>,
}

static COMPILED: OnceLock<Result<Compiled, String>> = OnceLock::new();

/// The compiled catalog; an error here is a bug in the rule data (caught by the tests).
pub fn compiled() -> Result<&'static Compiled, String> {
    COMPILED.get_or_init(|| compile(CATALOG)).as_ref().map_err(Clone::clone)
}

pub fn compile(rules: &[&Rule]) -> Result<Compiled, String> {
    let mut literals = Vec::new();
    let mut owners = Vec::new();
    let mut gap_rules = Vec::new();
    let mut pattern_counts = Vec::with_capacity(rules.len());
    for (index, rule) in rules.iter().enumerate() {
        let before = literals.len();
        for pattern in rule.patterns {
            let error = |e: String| format!("{}: {e}", rule.id);
            let leading_digits = pattern.trim_start().starts_with('#');
            let trailing_digits = pattern.trim_end().ends_with('#');
            let parts = match split_gap(pattern).map_err(error)? {
                None => vec![(*pattern, Part::Whole, leading_digits, trailing_digits)],
                Some((head, tail)) => {
                    gap_rules.push(index);
                    let gap = gap_rules.len() - 1;
                    vec![
                        (head, Part::Head(gap), leading_digits, false),
                        (tail, Part::Tail(gap), false, trailing_digits),
                    ]
                }
            };
            for (part_pattern, part, leading_digits, trailing_digits) in parts {
                for literal in expand(part_pattern).map_err(error)? {
                    literals.push(literal);
                    owners.push(Owner {
                        rule: index,
                        leading_digits,
                        trailing_digits,
                        part,
                    });
                }
            }
        }
        pattern_counts.push(literals.len() - before);
    }
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&literals)
        .map_err(|e| format!("could not compile the catalog: {e}"))?;
    let exceptions = rules.iter().map(|r| r.exceptions.iter().map(|e| fold(e)).collect()).collect();
    let near = rules
        .iter()
        .map(|r| r.near.iter().map(|n| n.words.iter().map(|w| fold(w)).collect()).collect())
        .collect();
    Ok(Compiled {
        automaton,
        owners,
        gap_rules,
        exceptions,
        near,
        pattern_counts,
    })
}

/// Hits per rule for the rules switched on in `active` (by catalog index).
pub fn scan(compiled: &Compiled, rules: &[&Rule], doc: &Doc, scope: &Scope, active: &[bool], cap: usize) -> (Vec<Vec<Hit>>, bool) {
    let text = doc.folded.text.as_str();
    let bytes = text.as_bytes();
    let mut raw: Vec<Vec<(usize, usize)>> = vec![Vec::new(); rules.len()];
    // Gap patterns' halves, per gap pattern.
    let mut halves: Vec<Halves> = vec![Halves::default(); compiled.gap_rules.len()];
    let mut total = 0usize;
    let mut truncated = false;
    for found in compiled.automaton.find_overlapping_iter(text) {
        let Some(&Owner {
            rule,
            leading_digits,
            trailing_digits,
            part,
        }) = compiled.owners.get(found.pattern().as_usize())
        else {
            continue;
        };
        if !active.get(rule).copied().unwrap_or(false) {
            continue;
        }
        let (mut start, mut end) = (found.start(), found.end());
        // ASCII patterns match whole words and numbers only: no.1 must not match inside no.10.
        if leading_digits {
            while start > 0 && bytes[start - 1].is_ascii_digit() {
                start -= 1;
            }
        } else if start > 0 && bytes[start].is_ascii_alphanumeric() && bytes[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        if trailing_digits {
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
        } else if end < bytes.len() && bytes[end - 1].is_ascii_alphanumeric() && bytes[end].is_ascii_alphanumeric() {
            continue;
        }
        match part {
            Part::Head(gap) => halves[gap].heads.push((start, end)),
            Part::Tail(gap) => halves[gap].tails.push((start, end)),
            Part::Whole if total >= cap => {
                truncated = true;
                break;
            }
            Part::Whole => {
                total += 1;
                raw[rule].push((start, end));
            }
        }
    }
    for (gap, Halves { heads, tails }) in halves.iter_mut().enumerate() {
        for span in join_halves(text, heads, tails) {
            if truncated || total >= cap {
                truncated = true;
                break;
            }
            total += 1;
            raw[compiled.gap_rules[gap]].push(span);
        }
    }
    let mut hits = vec![Vec::new(); rules.len()];
    for (index, spans) in raw.iter_mut().enumerate() {
        if spans.is_empty() {
            continue;
        }
        spans.sort_unstable();
        for (start, end) in merge(spans) {
            if let Some(severity) = judge(compiled, rules[index], index, doc, start, end) {
                let (start, end) = doc.original(start, end);
                let severity = (severity != rules[index].severity).then_some(severity);
                hits[index].push(Hit { start, end, severity });
            }
        }
    }
    for (index, rule) in rules.iter().enumerate() {
        if let (Some(check), true) = (rule.check, active.get(index).copied().unwrap_or(false)) {
            hits[index].extend(check(doc, scope));
        }
    }
    (hits, truncated)
}

/// Spans of a gap pattern: each tail joined to the nearest head that ends before it with at most
/// `GAP_CHARS` characters and no clause break in between.
fn join_halves(text: &str, heads: &mut [(usize, usize)], tails: &[(usize, usize)]) -> Vec<(usize, usize)> {
    heads.sort_unstable_by_key(|&(start, end)| (end, start));
    let mut spans = Vec::new();
    for &(tail_start, tail_end) in tails {
        let before = heads.partition_point(|&(_, end)| end <= tail_start);
        // Nearest first; once a gap is too long or crosses a break, every farther head's does too.
        if let Some(&(head_start, head_end)) = heads[..before].last() {
            let between = &text[head_end..tail_start];
            if between.chars().nth(GAP_CHARS).is_none() && !between.contains(CLAUSE_BREAKS) {
                spans.push((head_start, tail_end));
            }
        }
    }
    spans
}

/// Overlapping or touching spans of one rule become one span.
fn merge(sorted: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for &(start, end) in sorted {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Applies exceptions and context to one hit; `None` drops it.
fn judge(compiled: &Compiled, rule: &Rule, index: usize, doc: &Doc, start: usize, end: usize) -> Option<Severity> {
    let text = doc.folded.text.as_str();
    for exception in compiled.exceptions.get(index)?.iter() {
        let reach = exception.chars().count();
        let window = doc.window(start, end, reach);
        let window_start = window.as_ptr() as usize - text.as_ptr() as usize;
        for (at, _) in window.match_indices(exception.as_str()) {
            let (ex_start, ex_end) = (window_start + at, window_start + at + exception.len());
            if ex_start < end && ex_end > start {
                return None;
            }
        }
    }
    let mut severity = rule.severity;
    for (near, words) in rule.near.iter().zip(compiled.near.get(index)?.iter()) {
        let window = doc.window(start, end, near.window);
        let present = words.iter().any(|w| window.contains(w.as_str()));
        match (near.effect, present) {
            (Effect::Require, false) | (Effect::Suppress, true) => return None,
            (Effect::Lower, true) => severity = severity.lower(),
            _ => {}
        }
    }
    Some(severity)
}

/// UTF-16 code-unit offsets for sorted, deduplicated UTF-8 byte offsets (character boundaries)
/// into `source`. Counts bytes rather than decoding characters, and stops at the last offset:
/// every byte but a continuation byte starts one unit, and a 4-byte lead starts a surrogate pair.
pub fn utf16_offsets(source: &str, sorted_bytes: &[usize]) -> Vec<u32> {
    let bytes = source.as_bytes();
    let mut units = 0u32;
    let mut counted = 0;
    sorted_bytes
        .iter()
        .map(|&offset| {
            let upto = offset.min(bytes.len());
            if upto > counted {
                units += utf16_units(&bytes[counted..upto]);
                counted = upto;
            }
            units
        })
        .collect()
}

/// UTF-16 code units in a run of whole UTF-8 characters, eight bytes at a time: every byte that is
/// not a continuation byte (10xxxxxx) starts a unit, a 4-byte lead (11110xxx) a second one.
fn utf16_units(bytes: &[u8]) -> u32 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut units = 0;
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // Bit 7 of each byte: set for a continuation byte (bit 7 set, bit 6 clear), and for a
        // 4-byte lead (bits 7–4 set).
        let continuation = x & !(x << 1) & HIGH;
        let four_byte_lead = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        units += 8 - continuation.count_ones() + four_byte_lead.count_ones();
    }
    units
        + chunks
            .remainder()
            .iter()
            .map(|&b| u32::from(b & 0xC0 != 0x80) + u32::from(b >= 0xF0))
            .sum::<u32>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_utf16_units_like_encode_utf16() {
        let text = "aé日本語𠮷😀ｶﾅ\u{0}xyz𠮷𠮷 abc def ghi ☃";
        for start in 0..=text.len() {
            for end in start..=text.len() {
                if text.is_char_boundary(start) && text.is_char_boundary(end) {
                    assert_eq!(
                        utf16_units(&text.as_bytes()[start..end]) as usize,
                        text[start..end].encode_utf16().count()
                    );
                }
            }
        }
    }
}
