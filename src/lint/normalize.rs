//! The matching view: a folded copy of the text plus a map back to the original bytes.
//!
//! Rules match on the folded view and findings are reported on the original characters, so a
//! seller's `Ｎｏ．１` is quoted back as `Ｎｏ．１`, never as `no.1`. The fold is a hand-written
//! subset of NFKC (well under 2 KB of code instead of ~195 KB of Unicode tables) plus the
//! Japanese-specific steps NFKC lacks (compliance.md §4.1–4.2):
//! - full-width ASCII → ASCII, ASCII lowercased; circled digits and № → ASCII;
//! - half-width katakana → kana, with ﾞ/ﾟ, U+3099/309A and standalone ゛/゜ composed onto the kana;
//! - katakana → hiragana (シミ, しみ and ｼﾐ all become しみ);
//! - wave dashes (〜, ～, ∼) → `~`; dash variants → `-`;
//! - zero-width characters, variation selectors and Markdown emphasis `*` dropped;
//! - decoy fillers (★, ・, spaces, emoji, `.`, `/` …) dropped *between* CJK characters (シ★ミ → しみ),
//!   other whitespace runs collapsed to one space.

use super::rules::simplified_only;

/// The folded text and a sparse map back to the original bytes: breakpoints `(folded, original)`
/// where the offset between the two changes. Between breakpoints a folded byte maps to the
/// original byte at the same distance — true for copied runs and for same-length folds
/// (katakana → hiragana), so plain Japanese text needs almost no breakpoints.
pub struct Folded {
    pub text: String,
    breakpoints: Vec<(u32, u32)>,
    /// Folded byte offsets of sentence ends — 。, !, ? (！？ fold to them) and line breaks —
    /// recorded while folding so whole-text checks need not scan the text again.
    pub sentence_ends: Vec<u32>,
    /// Original byte offsets of Halfwidth and Fullwidth Forms (U+FF00–FFEF: ｶﾅ, ＡＢＣ, ！…),
    /// for the width checks.
    pub width_forms: Vec<u32>,
    /// Original byte offsets of hanzi only simplified Chinese uses, for LQ-ZH.
    pub simplified_hanzi: Vec<u32>,
    /// The last filler lookahead: (source offset of the first non-filler after the run, is CJK).
    filler_lookahead: (usize, bool),
}

impl Folded {
    pub fn new(source: &str) -> Folded {
        let mut folded = Folded {
            text: String::with_capacity(source.len()),
            breakpoints: vec![(0, 0)],
            sentence_ends: Vec::new(),
            width_forms: Vec::new(),
            simplified_hanzi: Vec::new(),
            filler_lookahead: (0, false),
        };
        let bytes = source.as_bytes();
        // Runs of what most text is made of — kanji, hiragana, lowercase ASCII, digits, 。、 and
        // line breaks — fold to themselves and are copied in one piece. The check is on bytes:
        // decoding every character through `char_indices` costs several times more in wasm.
        let mut run = 0;
        let mut at = 0;
        while at < bytes.len() {
            let width = verbatim_width(bytes, at);
            if width > 0 {
                if bytes[at] == b'\n' || bytes[at..at + width] == [0xE3, 0x80, 0x82] {
                    // Where this byte lands once the run is copied.
                    folded.sentence_ends.push((folded.text.len() + at - run) as u32);
                }
                if bytes[at] >= 0xE4 && ideograph(bytes, at).is_some_and(simplified_only) {
                    folded.simplified_hanzi.push(at as u32);
                }
                at += width;
                continue;
            }
            folded.copy(source, run, at);
            if let Some(hiragana) = katakana_as_hiragana(bytes, at) {
                // Katakana is common and always folds to the same-length hiragana.
                folded.push(hiragana, at);
                at += 3;
                run = at;
                continue;
            }
            let Some(c) = source[at..].chars().next() else { break };
            if ('\u{FF00}'..='\u{FFEF}').contains(&c) {
                folded.width_forms.push(at as u32);
            }
            at += c.len_utf8();
            run = at;
            folded.fold_one(c, at - c.len_utf8(), &source[at..]);
        }
        folded.copy(source, run, source.len());
        folded
    }

    /// Copies the verbatim run `source[from..to]`.
    fn copy(&mut self, source: &str, from: usize, to: usize) {
        if from < to {
            self.mark(from);
            self.text.push_str(&source[from..to]);
        }
    }

    /// Records a breakpoint if the next folded byte does not map to `original` along the ramp.
    fn mark(&mut self, original: usize) {
        let here = self.text.len() as u32;
        let &(folded, from) = self.breakpoints.last().unwrap_or(&(0, 0));
        if from + (here - folded) != original as u32 {
            match self.breakpoints.last_mut() {
                Some(last) if last.0 == here => last.1 = original as u32,
                _ => self.breakpoints.push((here, original as u32)),
            }
        }
    }

    fn push(&mut self, c: char, original: usize) {
        self.mark(original);
        if matches!(c, '!' | '?' | '\n' | '。') {
            self.sentence_ends.push(self.text.len() as u32);
        }
        self.text.push(c);
    }

    /// Whether the first character after a run of fillers starting at source offset `from`
    /// (`rest` = the source from there) is CJK. Remembered for the rest of the run, so a long
    /// run of ★ or spaces is scanned once, not once per filler.
    fn next_is_cjk(&mut self, from: usize, rest: &str) -> bool {
        if from <= self.filler_lookahead.0 {
            return self.filler_lookahead.1;
        }
        let next = rest.char_indices().find(|&(_, n)| !is_filler(n) && !is_invisible(n));
        let end = next.map_or(from + rest.len(), |(offset, _)| from + offset);
        let cjk = next.is_some_and(|(_, n)| is_cjk(fold_char(n).unwrap_or(n)));
        self.filler_lookahead = (end, cjk);
        cjk
    }

    /// Folds one character that is not part of a verbatim run; `rest` is the source after it.
    fn fold_one(&mut self, c: char, at: usize, rest: &str) {
        if is_invisible(c) {
            return;
        }
        if let Some(mark) = voicing_mark(c) {
            compose_onto_last(&mut self.text, mark);
            return;
        }
        if is_filler(c) {
            let between_cjk = self.text.chars().next_back().is_some_and(is_cjk) && self.next_is_cjk(at + c.len_utf8(), rest);
            if between_cjk || c == '*' || c == '＊' {
                return;
            }
            if c.is_whitespace() {
                if !self.text.ends_with(' ') {
                    self.push(' ', at);
                }
                return;
            }
        }
        match fold_char(c) {
            Some(folded) => self.push(folded, at),
            None => match expand_char(c) {
                Some(expansion) => expansion.chars().for_each(|e| self.push(e, at)),
                None => self.push(c, at),
            },
        }
    }

    /// Original byte offset where the folded character at `folded_start` begins.
    pub fn original_start(&self, folded_start: usize) -> usize {
        let at = folded_start as u32;
        let index = self.breakpoints.partition_point(|&(folded, _)| folded <= at);
        let (folded, original) = self.breakpoints[index.saturating_sub(1)];
        (original + (at - folded)) as usize
    }

    /// Original byte offset just past the source of the folded text ending at `folded_end`.
    pub fn original_end(&self, source: &str, folded_end: usize) -> usize {
        if folded_end == 0 {
            return 0;
        }
        // Only character starts map exactly: step back to the last character's start.
        let mut last = folded_end - 1;
        while last > 0 && !self.text.is_char_boundary(last) {
            last -= 1;
        }
        let start = self.original_start(last);
        start + source_len(source, start)
    }
}

/// The hiragana for the katakana ァ–ヶ (U+30A1–30F6: E3 82 A1 – E3 83 B6) at `at`.
fn katakana_as_hiragana(bytes: &[u8], at: usize) -> Option<char> {
    let (0xE3, Some(&second), Some(&third)) = (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) else {
        return None;
    };
    if !matches!((second, third), (0x82, 0xA1..=0xBF) | (0x83, 0x80..=0xB6)) {
        return None;
    }
    let code = 0x3000 | (u32::from(second & 0x3F) << 6) | u32::from(third & 0x3F);
    char::from_u32(code - 0x60)
}

/// The CJK unified ideograph (U+4E00–9FFF) that [`verbatim_width`] found at `at`.
fn ideograph(bytes: &[u8], at: usize) -> Option<char> {
    let &[lead, second, third] = bytes.get(at..at + 3)? else {
        return None;
    };
    char::from_u32((u32::from(lead) & 0x0F) << 12 | (u32::from(second) & 0x3F) << 6 | (u32::from(third) & 0x3F))
}

/// Byte width of the character at `at` if it folds to itself and extends a verbatim run, else 0.
/// `bytes` is valid UTF-8, so a 3-byte lead is always followed by two more bytes.
fn verbatim_width(bytes: &[u8], at: usize) -> usize {
    match bytes[at] {
        // CJK unified ideographs U+4E00–9FFF (E4 B8 80 – E9 BF BF), most common first.
        0xE5..=0xE9 => 3,
        0xE4 if bytes[at + 1] >= 0xB8 => 3,
        // U+3000–3FFF: hiragana ぁ–ゖ (U+3041–3096) and 、。 (U+3001–3002).
        0xE3 => match (bytes[at + 1], bytes[at + 2]) {
            (0x80, 0x81 | 0x82) | (0x81, 0x81..=0xBF) | (0x82, 0x80..=0x96) => 3,
            _ => 0,
        },
        b'a'..=b'z' | b'0'..=b'9' | b'\n' => 1,
        _ => 0,
    }
}

/// Byte length of the original character at `at`, including voicing marks that were composed
/// onto it and invisible characters directly after it are not included.
fn source_len(source: &str, at: usize) -> usize {
    let mut rest = source.get(at..).unwrap_or("").chars();
    let Some(first) = rest.next() else { return 0 };
    let mut len = first.len_utf8();
    for next in rest {
        if voicing_mark(next).is_some() {
            len += next.len_utf8();
        } else {
            break;
        }
    }
    len
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{FE00}'..='\u{FE0F}')
}

/// Voicing marks that compose onto the preceding kana: `true` = dakuten, `false` = handakuten.
fn voicing_mark(c: char) -> Option<bool> {
    match c {
        '\u{3099}' | '\u{309B}' | '\u{FF9E}' => Some(true),
        '\u{309A}' | '\u{309C}' | '\u{FF9F}' => Some(false),
        _ => None,
    }
}

fn compose_onto_last(text: &mut String, dakuten: bool) {
    let Some(last) = text.chars().next_back() else { return };
    let code = last as u32;
    let composed = if dakuten {
        match last {
            'か' | 'き' | 'く' | 'け' | 'こ' | 'さ' | 'し' | 'す' | 'せ' | 'そ' | 'た' | 'ち' | 'つ' | 'て' | 'と' => {
                Some(code + 1)
            }
            'は' | 'ひ' | 'ふ' | 'へ' | 'ほ' => Some(code + 1),
            'う' => Some('ゔ' as u32),
            _ => None,
        }
    } else {
        matches!(last, 'は' | 'ひ' | 'ふ' | 'へ' | 'ほ').then_some(code + 2)
    };
    if let Some(composed) = composed.and_then(char::from_u32) {
        // Same UTF-8 length (all kana are 3 bytes), so the origin map stays aligned.
        text.pop();
        text.push(composed);
    }
}

/// Kana, kanji and the long-vowel mark: the characters between which fillers are decoys.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
}

/// Line breaks are not fillers: they end sentences and lines (disclosure placement, register).
fn is_filler(c: char) -> bool {
    (c.is_whitespace() && c != '\n' && c != '\r')
        || matches!(
            c,
            '★' | '☆' | '●' | '○' | '■' | '□' | '◆' | '◇' | '♥' | '♡' | '⭐' | '♪' | '*' | '＊' | '✦' | '✧' | '・' | '·' | '･'
                | '.' | '．' | '-' | '_' | '/' | '／' | '|' | '｜' | '(' | ')' | '（' | '）' | '【' | '】' | '~' | '〜' | '～'
                | '\u{1F300}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}'
        )
}

/// One-to-one folds; `None` when the character is kept or needs [`expand_char`].
fn fold_char(c: char) -> Option<char> {
    let code = c as u32;
    let folded = match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{FF01}'..='\u{FF5D}' => char::from_u32(code - 0xFEE0)?.to_ascii_lowercase(),
        '\u{FF5E}' | '\u{301C}' | '\u{223C}' | '\u{2053}' => '~',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' => '-',
        '\u{30A1}'..='\u{30F6}' => char::from_u32(code - 0x60)?,
        '\u{30FD}' | '\u{30FE}' => char::from_u32(code - 0x60)?,
        '\u{FF61}'..='\u{FF9D}' => halfwidth_kana(c)?,
        '\u{2460}'..='\u{2468}' => char::from_u32('1' as u32 + code - 0x2460)?,
        '\u{24EA}' => '0',
        '\u{00A0}' | '\u{3000}' | '\u{2000}'..='\u{200A}' => ' ',
        _ => return None,
    };
    Some(folded)
}

/// Folds that change length: ⑩–⑳ and №.
fn expand_char(c: char) -> Option<&'static str> {
    const CIRCLED_10_TO_20: [&str; 11] = ["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"];
    match c {
        '\u{2469}'..='\u{2473}' => CIRCLED_10_TO_20.get((c as u32 - 0x2469) as usize).copied(),
        '№' => Some("no"),
        _ => None,
    }
}

/// Half-width katakana (U+FF61–FF9D) to hiragana; ｰ to ー, and half-width punctuation to its
/// full-width form.
fn halfwidth_kana(c: char) -> Option<char> {
    const TABLE: &str =
        "。「」、・をぁぃぅぇぉゃゅょっーあいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわん";
    TABLE.chars().nth((c as u32 - 0xFF61) as usize)
}

/// Folds a pattern or phrase the same way as the text, for authoring rules in natural spelling.
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}

thread_local! {
    static FOLDED_WORDS: std::cell::RefCell<std::collections::HashMap<&'static str, std::rc::Rc<str>>> = Default::default();
}

/// [`fold`] for the checks' constant word lists, memoized: they are folded once, not on every lint.
pub fn fold_word(word: &'static str) -> std::rc::Rc<str> {
    FOLDED_WORDS.with_borrow_mut(|words| words.entry(word).or_insert_with(|| fold(word).into()).clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans<'a>(source: &'a str, needle: &str) -> Option<&'a str> {
        let folded = Folded::new(source);
        let at = folded.text.find(needle)?;
        let start = folded.original_start(at);
        let end = folded.original_end(source, at + needle.len());
        Some(&source[start..end])
    }

    #[test]
    fn folds_width_case_and_script() {
        assert_eq!(fold("Ｎｏ．１"), "no.1");
        assert_eq!(fold("ｼﾐが消えﾙ"), "しみが消える");
        assert_eq!(fold("ｷﾞﾝｶﾞ"), "ぎんが");
        assert_eq!(fold("カ\u{3099}"), "が");
        assert_eq!(fold("ハ゜"), "ぱ");
        assert_eq!(fold("①位"), "1位");
        assert_eq!(fold("⑫"), "12");
        assert_eq!(fold("№１"), "no1");
        assert_eq!(fold("今だけ〜５月"), "今だけ~5月");
    }

    #[test]
    fn drops_decoys_between_cjk_only() {
        assert_eq!(fold("シ★ミ"), "しみ");
        assert_eq!(fold("シ・ミ・が・消・え・る"), "しみが消える");
        assert_eq!(fold("シ ミ"), "しみ");
        assert_eq!(fold("シ\u{200B}ミ"), "しみ");
        assert_eq!(fold("シ🌟ミ"), "しみ");
        assert_eq!(fold("No.**1**"), "no.1");
        assert_eq!(fold("Made  in\tJapan"), "made in japan");
        assert_eq!(fold("シミ\n消える"), "しみ\n消える", "line breaks are kept");
        assert_eq!(fold("1.5kg"), "1.5kg");
    }

    #[test]
    fn katakana_fast_path_agrees_with_the_character_fold() {
        for code in 0x30A0..=0x30FF_u32 {
            let katakana = char::from_u32(code).unwrap();
            let mut bytes = [0; 3];
            katakana.encode_utf8(&mut bytes);
            let expected = matches!(katakana, '\u{30A1}'..='\u{30F6}').then(|| fold_char(katakana).unwrap());
            assert_eq!(katakana_as_hiragana(&bytes, 0), expected, "{katakana}");
        }
    }

    #[test]
    fn records_width_forms_by_original_offset() {
        let source = "ｾｰﾙ＆ＡＢＣ abc！";
        let folded = Folded::new(source);
        let found: String = folded
            .width_forms
            .iter()
            .map(|&at| source[at as usize..].chars().next().unwrap())
            .collect();
        assert_eq!(found, "ｾｰﾙ＆ＡＢＣ！");
    }

    #[test]
    fn records_every_sentence_end_of_the_folded_text() {
        // 适 (E9 80 82) shares its last two bytes with 。 (E3 80 82) and is not a sentence end.
        for source in [
            "です。だ！本当？\nはい",
            "ｾｰﾙ｡終了!!\n\n",
            "No.1です。ｼﾐ★が消える？",
            "",
            "。",
            "适合です。倂",
        ] {
            let folded = Folded::new(source);
            let naive: Vec<u32> = folded
                .text
                .char_indices()
                .filter(|&(_, c)| matches!(c, '。' | '!' | '?' | '\n'))
                .map(|(at, _)| at as u32)
                .collect();
            assert_eq!(folded.sentence_ends, naive, "{source}");
        }
    }

    #[test]
    fn maps_back_to_original_characters() {
        assert_eq!(spans("顧客満足度Ｎｏ．１の美容液", "no.1"), Some("Ｎｏ．１"));
        assert_eq!(spans("ｼﾐが消えﾙ", "しみ"), Some("ｼﾐ"));
        assert_eq!(spans("ｷﾞﾝｶﾞ", "ぎんが"), Some("ｷﾞﾝｶﾞ"));
        assert_eq!(spans("xシ★ミy", "しみ"), Some("シ★ミ"));
        assert_eq!(spans("カ\u{3099}", "が"), Some("カ\u{3099}"));
        assert_eq!(spans("𠮷野家のシミ", "しみ"), Some("シミ"));
    }
}
