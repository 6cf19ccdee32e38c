//! Building blocks for whole-text checks (disclosures that are missing or badly placed, labels
//! a listing should carry, width): each rule family's checks live beside its rules and use these.
//! Hits are in original byte offsets; `0..0` means "the whole text" (something is absent).

use super::engine::Doc;
use super::normalize::fold_word;
use super::rule::{Hit, Severity};
use super::words::match_spans;

pub(crate) const WHOLE: Hit = Hit {
    start: 0,
    end: 0,
    severity: None,
};

pub(crate) fn hit(doc: &Doc, start: usize, end: usize, severity: Option<Severity>) -> Hit {
    let (start, end) = doc.original(start, end);
    Hit { start, end, severity }
}

/// Folded byte spans of every occurrence of any word (words given in natural spelling), as one
/// substring search per word would find them.
pub(crate) fn find_all(doc: &Doc, words: &'static [&'static str]) -> Vec<(usize, usize)> {
    match_spans(&doc.folded.text, words)
}

pub(crate) fn contains_any(doc: &Doc, words: &[&'static str]) -> bool {
    words.iter().any(|w| doc.folded.text.contains(&*fold_word(w)))
}

pub(crate) fn missing_any(doc: &Doc, groups: &[&[&'static str]]) -> bool {
    groups.iter().any(|group| !contains_any(doc, group))
}

/// Characters of the Halfwidth and Fullwidth Forms block (U+FF00–FFEF) with their original
/// offsets, as recorded while folding (no rescan of the text).
pub(crate) fn width_forms<'a>(doc: &'a Doc) -> impl Iterator<Item = (usize, char)> + 'a {
    doc.folded
        .width_forms
        .iter()
        .filter_map(|&at| Some((at as usize, doc.source.get(at as usize..)?.chars().next()?)))
}

/// Maximal runs of adjacent characters from `chars` (ascending `(offset, char)`).
pub(crate) fn runs(chars: impl Iterator<Item = (usize, char)>) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    for (at, c) in chars {
        match hits.last_mut() {
            Some(last) if last.end == at => last.end = at + c.len_utf8(),
            _ => hits.push(Hit {
                start: at,
                end: at + c.len_utf8(),
                severity: None,
            }),
        }
    }
    hits
}

pub(crate) fn halfwidth_kana_runs(doc: &Doc) -> Vec<Hit> {
    runs(width_forms(doc).filter(|&(_, c)| ('\u{FF66}'..='\u{FF9F}').contains(&c)))
}
