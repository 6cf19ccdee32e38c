//! Constant word lists searched in one pass: one Aho–Corasick automaton per list, built on first
//! use, instead of one substring search per word (a whole-text check's six names were six passes
//! over the text, and a denial's seventy words seventy searcher set-ups per hit).

use aho_corasick::AhoCorasick;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::normalize::fold;

thread_local! {
    /// Keyed by the list's address and length: a `'static` list never changes, so its address
    /// names it, and looking it up costs no hashing of its words.
    static AUTOMATA: RefCell<HashMap<(usize, usize), Rc<AhoCorasick>>> = Default::default();
}

/// The automaton of `words` folded like the text they are searched in (so ランキング finds
/// らんきんぐ), pattern `i` being `words[i]`.
pub(crate) fn automaton(words: &'static [&'static str]) -> Rc<AhoCorasick> {
    let key = (words.as_ptr() as usize, words.len());
    AUTOMATA.with_borrow_mut(|automata| {
        automata
            .entry(key)
            .or_insert_with(|| {
                let patterns: Vec<String> = words.iter().map(|w| fold(w)).collect();
                debug_assert!(patterns.iter().all(|p| !p.is_empty()), "empty word in {words:?}");
                // Standard semantics (the default) for overlapping search; a constant list, so a
                // failure is a bug in the list.
                Rc::new(AhoCorasick::new(&patterns).expect("constant word list"))
            })
            .clone()
    })
}

/// Whether any of `words` (folded) occurs in the folded `text`.
pub(crate) fn contains_any(text: &str, words: &'static [&'static str]) -> bool {
    automaton(words).is_match(text)
}

/// Byte spans of each word's occurrences in `text` as `str::match_indices` finds them — left to
/// right, one word's occurrences not overlapping one another — for every word at once, sorted.
pub(crate) fn match_spans(text: &str, words: &'static [&'static str]) -> Vec<(usize, usize)> {
    let automaton = automaton(words);
    // Overlapping matches come by end; one word's all have its length, so also by start.
    let mut free_from = vec![0; words.len()];
    let mut spans: Vec<(usize, usize)> = automaton
        .find_overlapping_iter(text)
        .filter_map(|m| {
            let word = m.pattern().as_usize();
            (m.start() >= free_from[word]).then(|| {
                free_from[word] = m.end();
                (m.start(), m.end())
            })
        })
        .collect();
    spans.sort_unstable();
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-word search the one-pass search replaces.
    fn one_word_at_a_time(text: &str, words: &[&str]) -> Vec<(usize, usize)> {
        let mut spans: Vec<(usize, usize)> = words
            .iter()
            .flat_map(|w| text.match_indices(w).map(|(at, m)| (at, at + m.len())).collect::<Vec<_>>())
            .collect();
        spans.sort_unstable();
        spans
    }

    #[test]
    fn finds_what_match_indices_finds_per_word() {
        const WORDS: &[&str] = &["ああ", "あ", "ああ", "いあ", "楽天", "楽天らんきんぐ", "ab", "aba"];
        let mut next = crate::lint::random_below(0x9e37_79b9);
        const ALPHABET: [&str; 6] = ["あ", "い", "楽天", "らんきんぐ", "a", "b"];
        for _ in 0..500 {
            let text: String = (0..next(30)).map(|_| ALPHABET[next(6)]).collect();
            assert_eq!(match_spans(&text, WORDS), one_word_at_a_time(&text, WORDS), "{text}");
            assert_eq!(contains_any(&text, WORDS), WORDS.iter().any(|w| text.contains(w)), "{text}");
        }
    }

    #[test]
    fn folds_the_words_like_the_text() {
        const WORDS: &[&str] = &["ランキング"];
        assert_eq!(match_spans("楽天らんきんぐ", WORDS), [(6, 21)]);
    }
}
