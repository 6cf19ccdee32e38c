//! Pattern expansion: the small DSL rules are written in, and inflection without a tokenizer.
//!
//! A pattern is a sequence of segments joined by `+`; each segment is a `|`-separated list of
//! alternatives (an empty alternative makes the segment optional). An alternative is either a
//! literal or a lemma with its conjugation class after `:` (a `:` followed by anything else, as
//! in `https://`, is literal), and `#` stands for one ASCII digit — a pattern starting or ending
//! with `#` matches the whole number on that side. Write a literal hash sign as `＃` (it folds to `#`).
//!
//! One `~` between segments marks a gap: `シミ + が|を| ~ 消える:1` also matches with up to
//! [`GAP_CHARS`] characters between the two halves (シミが完全に消える), within one clause. The
//! engine matches the halves separately ([`split_gap`]); [`expand`] lists them joined directly.
//!
//! `シミ|しみ + が|を| + 消える:1|取れる:1|薄く` expands to every concrete string (しみが消える,
//! しみ消えます, しみを取れた …), each folded exactly like the text (normalize::fold), so the engine
//! only ever compares literals. Classes (compliance.md §4.3): `5k 5g 5s 5t 5n 5b 5m 5r 5w`
//! (godan by final kana), `1` (ichidan), `s` (suru-noun), `i` (i-adjective).

use super::normalize::fold;

/// Most characters a gap pattern allows between its halves (an adverb such as 完全に or みるみる).
pub const GAP_CHARS: usize = 6;

/// The two halves of a gap pattern, `None` for an ordinary one.
pub fn split_gap(pattern: &str) -> Result<Option<(&str, &str)>, String> {
    match pattern.split_once('~') {
        None => Ok(None),
        Some((_, tail)) if tail.contains('~') => Err(format!("pattern `{pattern}` has more than one gap")),
        Some((head, tail)) => Ok(Some((head, tail))),
    }
}

/// Every concrete folded string a pattern stands for, deduplicated, in a stable order (a gap
/// pattern's halves joined with no gap).
pub fn expand(pattern: &str) -> Result<Vec<String>, String> {
    match split_gap(pattern)? {
        Some((head, tail)) => expand_plain(&format!("{head}+{tail}")),
        None => expand_plain(pattern),
    }
}

fn expand_plain(pattern: &str) -> Result<Vec<String>, String> {
    let mut expansions = vec![String::new()];
    for segment in pattern.split('+') {
        let mut alternatives = Vec::new();
        for alternative in segment.split('|') {
            alternatives.extend(expand_alternative(alternative.trim())?);
        }
        let mut next = Vec::with_capacity(expansions.len() * alternatives.len());
        for head in &expansions {
            for tail in &alternatives {
                next.push(format!("{head}{tail}"));
            }
        }
        expansions = next;
    }
    let mut folded: Vec<String> = expansions.iter().map(|e| fold(e)).filter(|e| !e.trim().is_empty()).collect();
    folded.sort();
    folded.dedup();
    if folded.is_empty() {
        return Err(format!("pattern `{pattern}` expands to nothing"));
    }
    Ok(folded)
}

fn expand_alternative(alternative: &str) -> Result<Vec<String>, String> {
    const CLASSES: [&str; 12] = ["5k", "5g", "5s", "5t", "5n", "5b", "5m", "5r", "5w", "1", "s", "i"];
    let forms = match alternative.rsplit_once(':') {
        Some((lemma, class)) if CLASSES.contains(&class) => conjugate(lemma, class)?,
        _ => vec![alternative.to_string()],
    };
    Ok(forms.iter().flat_map(|form| expand_digits(form)).collect())
}

fn expand_digits(form: &str) -> Vec<String> {
    match form.split_once('#') {
        None => vec![form.to_string()],
        Some((head, tail)) => ('0'..='9')
            .flat_map(|d| expand_digits(tail).into_iter().map(move |t| format!("{head}{d}{t}")))
            .collect(),
    }
}

/// Conjugated forms of a lemma. Each list starts with the bare stems (so any continuation is
/// caught) followed by the common full forms (so spans cover the whole word). Negative forms are
/// left to the stems: a hit then ends before 〜ない / 〜ません, where the engine sees the denial.
pub fn conjugate(lemma: &str, class: &str) -> Result<Vec<String>, String> {
    let mut chars: Vec<char> = lemma.chars().collect();
    let last = chars.pop().ok_or_else(|| format!("empty lemma for class `{class}`"))?;
    let stem: String = chars.into_iter().collect();
    let join = |suffixes: &[&str]| suffixes.iter().map(|s| format!("{stem}{s}")).collect::<Vec<_>>();
    let godan = |row: [&str; 6], voiced: bool| {
        let [a, i, u, e, o, onbin] = row;
        let (ta, te) = if voiced { ("だ", "で") } else { ("た", "て") };
        join(&[
            a,
            i,
            e,
            onbin,
            &format!("{i}ます"),
            &format!("{i}ました"),
            u,
            &format!("{e}る"),
            &format!("{e}ます"),
            &format!("{e}ば"),
            &format!("{o}う"),
            &format!("{onbin}{ta}"),
            &format!("{onbin}{te}"),
        ])
    };
    let forms = match class {
        "5k" => godan(["か", "き", "く", "け", "こ", "い"], false),
        "5g" => godan(["が", "ぎ", "ぐ", "げ", "ご", "い"], true),
        "5s" => godan(["さ", "し", "す", "せ", "そ", "し"], false),
        "5t" => godan(["た", "ち", "つ", "て", "と", "っ"], false),
        "5n" => godan(["な", "に", "ぬ", "ね", "の", "ん"], true),
        "5b" => godan(["ば", "び", "ぶ", "べ", "ぼ", "ん"], true),
        "5m" => godan(["ま", "み", "む", "め", "も", "ん"], true),
        "5r" => godan(["ら", "り", "る", "れ", "ろ", "っ"], false),
        "5w" => godan(["わ", "い", "う", "え", "お", "っ"], false),
        "1" if last == 'る' => {
            let mut forms = vec![stem.clone()];
            forms.extend(join(&[
                "る",
                "ます",
                "ました",
                "た",
                "て",
                "れる",
                "られる",
                "させる",
                "よう",
                "れば",
                "ちゃう",
            ]));
            forms
        }
        "s" => {
            let noun = lemma;
            // The bare noun ends claims too (持病がすっかり完治, 肌荒れ改善).
            [
                "",
                "する",
                "します",
                "しました",
                "した",
                "して",
                "される",
                "させる",
                "できる",
                "できます",
                "でき",
                "し",
                "さ",
            ]
            .iter()
            .map(|s| format!("{noun}{s}"))
            .collect()
        }
        "i" if last == 'い' => join(&["い", "く", "かった", "ければ", "さ"]),
        _ => return Err(format!("unknown conjugation class `{class}` for `{lemma}`")),
    };
    let mut unique: Vec<String> = Vec::with_capacity(forms.len());
    for form in forms {
        if !unique.contains(&form) {
            unique.push(form);
        }
    }
    Ok(unique)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn godan_r_covers_the_issue_forms() {
        let forms = conjugate("治る", "5r").unwrap();
        for expected in ["治ります", "治った", "治らない", "治る", "治れば", "治ろう"] {
            assert!(
                forms.iter().any(|f| expected.starts_with(f.as_str())),
                "{expected} not covered by {forms:?}"
            );
        }
        // 治せる is godan-s potential.
        assert!(conjugate("治す", "5s").unwrap().contains(&"治せる".to_string()));
        // 効く never produces 効果 or 効率.
        assert!(conjugate("効く", "5k")
            .unwrap()
            .iter()
            .all(|f| !f.starts_with("効果") && !f.starts_with("効率")));
    }

    #[test]
    fn ichidan_suru_and_adjectives() {
        assert!(conjugate("消える", "1").unwrap().contains(&"消えます".to_string()));
        assert!(conjugate("改善", "s").unwrap().contains(&"改善できる".to_string()));
        assert!(conjugate("若い", "i").unwrap().contains(&"若かった".to_string()));
        assert!(conjugate("防ぐ", "5g").unwrap().contains(&"防いだ".to_string()));
        assert!(conjugate("治る", "x").is_err());
    }

    #[test]
    fn expands_products_optional_segments_and_digits() {
        let all = expand("シミ + が| + 消える:1").unwrap();
        assert!(all.contains(&"しみが消える".to_string()));
        assert!(all.contains(&"しみ消えた".to_string()));
        let gap = expand("シミ + が| ~ 消える:1").unwrap();
        assert!(gap.contains(&"しみが消える".to_string()) && gap.contains(&"しみ消えた".to_string()));
        assert_eq!(split_gap("a + b ~ c").unwrap(), Some(("a + b ", " c")));
        assert!(split_gap("a ~ b ~ c").is_err());
        let digits = expand("#日で").unwrap();
        assert_eq!(digits.len(), 10);
        assert!(digits.contains(&"3日で".to_string()));
        assert_eq!(expand("Ｎｏ．１").unwrap(), vec!["no.1".to_string()]);
    }
}
