//! Compiling the catalog into one literal matcher and running it.
//!
//! Every rule's patterns are expanded once (first use) into literals and compiled together; a
//! lint is one scan of the folded text for every occurrence of every literal (linear in text
//! length plus hits — no backtracking; see [`super::matcher`]), followed by per-hit context checks
//! that only look at a bounded window.

use super::inflect::{expand, split_gap, GAP_CHARS};
use super::matcher::Matcher;
use super::normalize::{fold, Folded};
use super::rule::{Claim, Effect, Extent, Hit, Rule, Scope, Severity};
use super::rules::CATALOG;
use super::words;
use std::collections::HashMap;
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

    /// The folded byte range within `chars` characters either side of `start..end`.
    pub fn window(&self, start: usize, end: usize, chars: usize) -> (usize, usize) {
        let text = &self.folded.text;
        let from = text[..start]
            .char_indices()
            .rev()
            .nth(chars.saturating_sub(1))
            .map_or(0, |(i, _)| i);
        let to = text[end..].char_indices().nth(chars).map_or(text.len(), |(i, _)| end + i);
        (from, to)
    }
}

/// True when a match at `start..end` of the folded text begins or ends inside an ASCII word or
/// number: ASCII patterns match whole words only (no.1 not inside no.10, pr not inside product).
pub fn splits_word(bytes: &[u8], start: usize, end: usize) -> bool {
    let alnum = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    (start > 0 && alnum(start) && alnum(start - 1)) || (end > 0 && alnum(end - 1) && alnum(end))
}

/// Which part of a rule pattern an automaton literal is.
#[derive(Debug, Clone, Copy)]
enum Part {
    Whole,
    /// The first or second half of gap pattern number `n` (see `inflect::split_gap`).
    Head(usize),
    Tail(usize),
    /// A target or a predicate of claim number `n` (see `rule::Claim`).
    Target(usize),
    Predicate(usize),
    /// A context word (an exception, approved wording or near-word) of mark list `n`: found in
    /// the same scan, so judging a hit looks its context up instead of searching the text again.
    Mark(usize),
}

#[derive(Debug, Clone, Copy)]
struct Owner {
    rule: usize,
    /// The literal begins / ends with `#` (a digit run, extended over the whole number).
    leading_digits: bool,
    trailing_digits: bool,
    part: Part,
}

/// Where the words of one mark list occur in a text, sorted by start.
#[derive(Debug, Clone, Default)]
struct Marks {
    spans: Vec<(usize, usize)>,
    longest: usize,
}

impl Marks {
    fn push(&mut self, start: usize, end: usize) {
        self.spans.push((start, end));
        self.longest = self.longest.max(end - start);
    }

    /// Some word overlaps `start..end`.
    fn overlapping(&self, start: usize, end: usize) -> bool {
        let first = self.spans.partition_point(|&(s, _)| s + self.longest <= start);
        self.spans[first..].iter().take_while(|&&(s, _)| s < end).any(|&(_, e)| e > start)
    }

    /// Some word lies wholly inside `from..to`.
    fn within(&self, from: usize, to: usize) -> bool {
        self.within_but_outside(from, to, (0, 0))
    }

    /// Some word lies wholly inside `from..to` and not wholly inside `hit`.
    fn within_but_outside(&self, from: usize, to: usize, hit: (usize, usize)) -> bool {
        let first = self.spans.partition_point(|&(s, _)| s < from);
        self.spans[first..]
            .iter()
            .take_while(|&&(s, _)| s < to)
            .any(|&(s, e)| e <= to && !(hit.0 <= s && e <= hit.1))
    }
}

/// The mark lists of one rule's context words.
#[derive(Debug, Clone, Default)]
struct RuleMarks {
    exceptions: usize,
    /// `None` when the rule lists no approved wording (every approvable hit asks for approval).
    approved: Option<usize>,
    near: Vec<usize>,
}

/// Byte spans of the two halves of a gap pattern or a claim found in one text.
#[derive(Debug, Clone, Default)]
struct Halves {
    heads: Vec<(usize, usize)>,
    tails: Vec<(usize, usize)>,
}

/// Characters a gap may not contain: a gap stays within one clause.
const CLAUSE_BREAKS: &[char] = &['。', '、', ',', '!', '?', '\n'];
const SENTENCE_BREAKS: &[char] = &['。', '!', '?', '\n'];
const LINE_BREAKS: &[char] = &['\n'];

pub struct Compiled {
    matcher: Matcher,
    /// The owners of each literal (one literal may serve several rules and claims).
    owners: Vec<Vec<Owner>>,
    /// The rule of each gap pattern.
    gap_rules: Vec<usize>,
    /// The rule and definition of each claim.
    claims: Vec<(usize, Claim)>,
    /// The mark lists of each rule's exceptions, approved wording and near groups.
    rule_marks: Vec<RuleMarks>,
    /// The mark list of [`NOT_CLAIMS`], exceptions to every rule.
    not_claims: usize,
    /// The mark list of [`REPORTING`], context that makes nearby claims reported ones.
    reporting: usize,
    /// How many mark lists there are.
    mark_lists: usize,
    /// Concrete patterns per rule after expansion.
    pub pattern_counts: Vec<usize>,
}

static COMPILED: OnceLock<Result<Compiled, String>> = OnceLock::new();

/// The compiled catalog; an error here is a bug in the rule data (caught by the tests).
pub fn compiled() -> Result<&'static Compiled, String> {
    COMPILED.get_or_init(|| compile(CATALOG)).as_ref().map_err(Clone::clone)
}

/// Literals and their owners, one entry per distinct literal.
#[derive(Default)]
struct Literals {
    index: HashMap<String, usize>,
    literals: Vec<String>,
    owners: Vec<Vec<Owner>>,
}

impl Literals {
    fn add(&mut self, pattern: &str, owner: Owner) -> Result<usize, String> {
        let mut count = 0;
        for literal in expand(pattern)? {
            self.own(literal, owner);
            count += 1;
        }
        Ok(count)
    }

    /// Records `owner` for `literal`, adding the literal on first sight.
    fn own(&mut self, literal: String, owner: Owner) {
        let at = *self.index.entry(literal.clone()).or_insert_with(|| {
            self.literals.push(literal);
            self.owners.push(Vec::new());
            self.owners.len() - 1
        });
        self.owners[at].push(owner);
    }

    /// Context words of mark list `list`, folded as the text is and taken literally.
    fn add_marks(&mut self, words: &[&str], list: usize) -> Result<(), String> {
        for word in words {
            let literal = fold(word);
            if literal.is_empty() {
                return Err(format!("empty context word {word:?}"));
            }
            let owner = Owner {
                rule: usize::MAX,
                leading_digits: false,
                trailing_digits: false,
                part: Part::Mark(list),
            };
            self.own(literal, owner);
        }
        Ok(())
    }
}

pub fn compile(rules: &[&Rule]) -> Result<Compiled, String> {
    let mut literals = Literals::default();
    let mut gap_rules = Vec::new();
    let mut claims = Vec::new();
    let mut pattern_counts = Vec::with_capacity(rules.len());
    let mut mark_lists = 0;
    let mut next_list = || {
        mark_lists += 1;
        mark_lists - 1
    };
    let not_claims = next_list();
    literals.add_marks(NOT_CLAIMS, not_claims)?;
    let reporting = next_list();
    literals.add_marks(REPORTING, reporting)?;
    let mut rule_marks = Vec::with_capacity(rules.len());
    for (index, rule) in rules.iter().enumerate() {
        let mut count = 0;
        let error = |e: String| format!("{}: {e}", rule.id);
        for pattern in rule.patterns {
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
                let owner = Owner {
                    rule: index,
                    leading_digits,
                    trailing_digits,
                    part,
                };
                count += literals.add(part_pattern, owner).map_err(error)?;
            }
        }
        for claim in rule.claims {
            claims.push((index, *claim));
            let number = claims.len() - 1;
            for (lexicons, part) in [(claim.targets, Part::Target(number)), (claim.predicates, Part::Predicate(number))] {
                for entry in lexicons.iter().flat_map(|l| l.iter()) {
                    let owner = Owner {
                        rule: index,
                        leading_digits: entry.trim_start().starts_with('#'),
                        trailing_digits: entry.trim_end().ends_with('#'),
                        part,
                    };
                    count += literals.add(entry, owner).map_err(error)?;
                }
            }
        }
        pattern_counts.push(count);
        let marks = RuleMarks {
            exceptions: next_list(),
            approved: (!rule.approved_wording.is_empty()).then(&mut next_list),
            near: rule.near.iter().map(|_| next_list()).collect(),
        };
        literals.add_marks(rule.exceptions, marks.exceptions).map_err(error)?;
        if let Some(list) = marks.approved {
            literals.add_marks(rule.approved_wording, list).map_err(error)?;
        }
        for (near, &list) in rule.near.iter().zip(&marks.near) {
            literals.add_marks(near.words, list).map_err(error)?;
        }
        rule_marks.push(marks);
    }
    Ok(Compiled {
        matcher: Matcher::new(&literals.literals),
        owners: literals.owners,
        gap_rules,
        claims,
        rule_marks,
        not_claims,
        reporting,
        mark_lists,
        pattern_counts,
    })
}

/// What the scan collects from the literal occurrences: rule hits, the halves of gap patterns
/// and claims, and the context words.
struct Collected {
    raw: Vec<Vec<(usize, usize)>>,
    /// Gap patterns' and claims' halves, per gap pattern and per claim.
    halves: Vec<Halves>,
    claim_halves: Vec<Halves>,
    marks: Vec<Marks>,
    total: usize,
    truncated: bool,
}

impl Collected {
    fn new(compiled: &Compiled, rules: usize) -> Collected {
        Collected {
            raw: vec![Vec::new(); rules],
            halves: vec![Halves::default(); compiled.gap_rules.len()],
            claim_halves: vec![Halves::default(); compiled.claims.len()],
            marks: vec![Marks::default(); compiled.mark_lists],
            total: 0,
            truncated: false,
        }
    }

    /// Records one occurrence of `literal` for each of its owners; false once more than `cap`
    /// whole-pattern hits were found.
    fn record(&mut self, compiled: &Compiled, bytes: &[u8], active: &[bool], cap: usize, found: (usize, usize, usize)) -> bool {
        let (found_start, found_end, literal) = found;
        let Some(owners) = compiled.owners.get(literal) else {
            return true;
        };
        for &Owner {
            rule,
            leading_digits,
            trailing_digits,
            part,
        } in owners
        {
            if let Part::Mark(list) = part {
                if let Some(marks) = self.marks.get_mut(list) {
                    marks.push(found_start, found_end);
                }
                continue;
            }
            if !active.get(rule).copied().unwrap_or(false) {
                continue;
            }
            let (mut start, mut end) = (found_start, found_end);
            // ASCII patterns match whole words and numbers only: no.1 must not match inside no.10.
            if leading_digits {
                while start > 0 && bytes[start - 1].is_ascii_digit() {
                    start -= 1;
                }
            } else if splits_word(bytes, start, start) {
                continue;
            }
            if trailing_digits {
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
            } else if splits_word(bytes, end, end) {
                continue;
            }
            // Claim halves are bounded by the text: a literal occurrence is recorded once per owner.
            match part {
                Part::Head(gap) => self.halves[gap].heads.push((start, end)),
                Part::Tail(gap) => self.halves[gap].tails.push((start, end)),
                Part::Target(claim) => self.claim_halves[claim].heads.push((start, end)),
                Part::Predicate(claim) => self.claim_halves[claim].tails.push((start, end)),
                Part::Whole if self.total >= cap => {
                    self.truncated = true;
                    return false;
                }
                Part::Whole => {
                    self.total += 1;
                    self.raw[rule].push((start, end));
                }
                Part::Mark(_) => {}
            }
        }
        true
    }
}

/// Hits per rule for the rules switched on in `active` (by catalog index).
pub fn scan(compiled: &Compiled, rules: &[&Rule], doc: &Doc, scope: &Scope, active: &[bool], cap: usize) -> (Vec<Vec<Hit>>, bool) {
    let text = doc.folded.text.as_str();
    let bytes = text.as_bytes();
    let mut collected = Collected::new(compiled, rules.len());
    compiled.matcher.for_each(text, |start, end, literal| {
        collected.record(compiled, bytes, active, cap, (start, end, literal))
    });
    if collected.truncated {
        // Past the cap, what is kept are the occurrences that end first (then the longest):
        // collect again in that order.
        let mut found = Vec::new();
        compiled.matcher.for_each(text, |start, end, literal| {
            found.push((end, start, literal));
            true
        });
        found.sort_unstable();
        collected = Collected::new(compiled, rules.len());
        for (end, start, literal) in found {
            if !collected.record(compiled, bytes, active, cap, (start, end, literal)) {
                break;
            }
        }
    }
    let Collected {
        mut raw,
        mut halves,
        mut claim_halves,
        mut marks,
        mut total,
        mut truncated,
    } = collected;
    let joined = halves
        .iter_mut()
        .enumerate()
        .flat_map(|(gap, h)| {
            join_halves(text, &mut h.heads, &h.tails, GAP_CHARS, CLAUSE_BREAKS)
                .into_iter()
                .map(move |(head, tail)| (compiled.gap_rules[gap], (head.0, tail.1)))
        })
        .collect::<Vec<_>>();
    let claimed = claim_halves
        .iter_mut()
        .enumerate()
        .flat_map(|(number, h)| {
            let (rule, claim) = compiled.claims[number];
            let spans = join_claim(doc, &mut h.heads, &mut h.tails, &claim);
            spans.into_iter().map(move |s| (rule, s))
        })
        .collect::<Vec<_>>();
    for (rule, span) in joined.into_iter().chain(claimed) {
        if truncated || total >= cap {
            truncated = true;
            break;
        }
        total += 1;
        raw[rule].push(span);
    }
    for list in &mut marks {
        list.spans.sort_unstable();
    }
    let context = Context {
        compiled,
        marks: &marks,
        doc,
        scope,
    };
    let mut hits = vec![Vec::new(); rules.len()];
    for (index, spans) in raw.iter_mut().enumerate() {
        if spans.is_empty() {
            continue;
        }
        spans.sort_unstable();
        for (start, end) in merge(spans) {
            if let Some(severity) = judge(&context, rules[index], index, start, end) {
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

/// Spans of a claim: each predicate joined to the nearest target before it (or, for
/// `either_order`, after it) within `reach` characters of the same clause, unless a denial
/// follows the predicate (every predicate literal is tried, so the stem of 消えない is followed
/// by ない while 消えます survives as 消え + ます and as the whole word).
fn join_claim(doc: &Doc, targets: &mut [(usize, usize)], predicates: &mut [(usize, usize)], claim: &Claim) -> Vec<(usize, usize)> {
    if targets.is_empty() || predicates.is_empty() {
        return Vec::new();
    }
    let text = doc.folded.text.as_str();
    let breaks = match claim.extent {
        Extent::Clause => CLAUSE_BREAKS,
        Extent::Sentence => SENTENCE_BREAKS,
        Extent::Line => LINE_BREAKS,
    };
    let mut pairs: Vec<(usize, usize, usize)> = join_halves(text, targets, predicates, claim.reach, breaks)
        .into_iter()
        .map(|(target, predicate)| (target.0, predicate.1, predicate.1))
        .collect();
    if claim.either_order {
        // Predicate first: the predicate plays the head, the target the tail.
        pairs.extend(
            join_halves(text, predicates, targets, claim.reach, breaks)
                .into_iter()
                .map(|(predicate, target)| (predicate.0, target.1, predicate.1)),
        );
    }
    pairs
        .into_iter()
        .filter(|&(_, _, predicate_end)| !claim.negatable || !denied_after(doc, predicate_end))
        .map(|(start, end, _)| (start, end))
        .collect()
}

/// Pairs of a head and the tail after it: each tail joined to the nearest head that ends
/// before it with at most `reach` characters and no clause break in between.
fn join_halves(
    text: &str,
    heads: &mut [(usize, usize)],
    tails: &[(usize, usize)],
    reach: usize,
    breaks: &[char],
) -> Vec<((usize, usize), (usize, usize))> {
    heads.sort_unstable_by_key(|&(start, end)| (end, start));
    let mut pairs = Vec::new();
    for &tail in tails {
        let before = heads.partition_point(|&(_, end)| end <= tail.0);
        // Nearest first; once a gap is too long or crosses a break, every farther head's does too.
        if let Some(&head) = heads[..before].last() {
            if gap_fits(&text[head.1..tail.0], reach, breaks) {
                pairs.push((head, tail));
            }
        }
    }
    pairs
}

/// Most characters of figures a gap may hold on top of its reach (150から125に).
const FIGURE_CHARS: usize = 40;

/// Whether `between` is at most `reach` characters, not counting figures (血圧が150から125に
/// 下がりました is one claim), with no clause break. It stops at the first character over the
/// limit, so a head far before the tail costs no more than a near one.
fn gap_fits(between: &str, reach: usize, breaks: &[char]) -> bool {
    let mut length = 0;
    let mut figures = 0;
    // A comma right after the head sets it off as a topic or ends a list of heads
    // (シミ、くすみ、黒ずみ、まとめてなかったことに; ほうれい線、消えた): still one clause.
    let between = between.strip_prefix(['、', ',']).unwrap_or(between);
    // A gap that fits is at most `reach` characters of four bytes and the one-byte figures: most
    // nearest heads are farther than that and are refused without decoding the gap.
    if between.len() > 4 * reach + FIGURE_CHARS {
        return false;
    }
    between.chars().all(|c| {
        if c.is_ascii_digit() || matches!(c, '.' | '%') {
            figures += 1;
        } else {
            length += 1;
        }
        !breaks.contains(&c) && length <= reach && figures <= FIGURE_CHARS
    })
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
/// What judging a hit may look at: the text, the scope and the context words found in the scan.
struct Context<'c, 'd> {
    compiled: &'c Compiled,
    marks: &'c [Marks],
    doc: &'c Doc<'d>,
    scope: &'c Scope,
}

impl Context<'_, '_> {
    fn marks(&self, list: usize) -> &Marks {
        static NONE: Marks = Marks {
            spans: Vec::new(),
            longest: 0,
        };
        self.marks.get(list).unwrap_or(&NONE)
    }
}

fn judge(context: &Context, rule: &Rule, index: usize, start: usize, end: usize) -> Option<Severity> {
    let Context { compiled, doc, scope, .. } = *context;
    let text = doc.folded.text.as_str();
    let marks = compiled.rule_marks.get(index)?;
    if context.marks(compiled.not_claims).overlapping(start, end) || context.marks(marks.exceptions).overlapping(start, end) {
        return None;
    }
    // A denial after the hit, or one the hit swallowed (刺激が|ない|わけではありません).
    if rule.negatable && (denied_after(doc, end) || words::contains_any(&text[start..end], SWALLOWED_DENIALS)) {
        return None;
    }
    if quoted_mention(text, start, end) {
        return None;
    }
    let (from, to) = doc.window(start, end, REPORTING_REACH);
    if context.marks(compiled.reporting).within(from, to) {
        return None;
    }
    // An approvable efficacy (a quasi-drug's approved wording) asks for the approval.
    if scope.class.is_some_and(|class| rule.approvable_for.contains(&class))
        && marks.approved.is_none_or(|list| context.marks(list).overlapping(start, end))
    {
        return Some(Severity::Info);
    }
    let mut severity = rule.severity;
    for (near, &list) in rule.near.iter().zip(&marks.near) {
        let (from, to) = doc.window(start, end, near.window);
        // Evidence that lowers a claim stands beside it: 売上 inside 売上No.1 is the claim itself.
        let present = match near.effect {
            Effect::Lower => context.marks(list).within_but_outside(from, to, (start, end)),
            _ => context.marks(list).within(from, to),
        };
        match (near.effect, present) {
            (Effect::Require, false) | (Effect::Suppress, true) => return None,
            (Effect::Lower, true) => severity = severity.lower(),
            _ => {}
        }
    }
    Some(severity)
}

/// Phrases that name a treatment or medicine without claiming one (による治療, 治療中の方,
/// 痛み止めの薬, 予防接種): exceptions to every rule.
const NOT_CLAIMS: &[&str] = &[
    "による治療",
    "治療を受け",
    "の治療では",
    "の治療には",
    "治療について",
    "治療を始め",
    "治療中の方",
    "治療が必要",
    "治療を目的としたもの",
    "剤の治療",
    "を治すための薬",
    "痛み止めは",
    "痛み止めを",
    "痛み止めの薬",
    "予防接種",
    "せき止め",
    "咳止め",
    "ウイルス対策ソフト",
    "薬箱",
    // The disclaimer a functional or nutrient-function food must carry.
    "多量摂取により疾病が治癒",
    "疾病が治癒したり",
    "救急箱",
    // Medicine described (骨粗しょう症の治療薬は, 標準治療, 対症療法), and dust (ほこり holds こり).
    "ほこり",
    "埃",
    "治療薬の",
    "治療薬は",
    "治療薬が",
    "治療法として",
    "治療法は",
    "治療期間",
    "治療の選択肢",
    "標準治療",
    "対症療法",
    "外科治療",
    "遺伝子治療",
    "治療の歴史",
    "治療が終わ",
    "完治が期待できる場合",
    "症状を和らげる補助",
    "症状がよくならない",
    "で症状を抑えることができ",
];

/// Consumer-affairs reporting and advice (消費生活センターによると, 措置命令, 表現として問題): claims near
/// them are reported or explained, never a seller's own copy. Exceptions to every rule within
/// [`REPORTING_REACH`] characters.
const REPORTING: &[&str] = &[
    "消費生活センター",
    "国民生活センター",
    "措置命令",
    "同庁は",
    "同庁によると",
    "消費者庁は",
    "消費者庁によると",
    "報道では",
    "相談が相次",
    "相談が増え",
    "景品表示法上の問題",
    "景品表示法上のリスク",
    "問題となった広告",
    "表現として問題",
    // Enforcement news and ad review between businesses quote the copy they judge.
    "と表示していた",
    "などと表示",
    "と表示した",
    "広告には",
    "報道によれば",
    "表示していたが",
    "とあったが",
    "とした表示",
    "うたいながら",
    "処分された",
    "実績はなかった",
    "事実がなかった",
    "存在しなかった",
    "根拠となる統計",
    "の文言は",
    "の表現は",
    "掲載できません",
    "修正をお願い",
    "お受けできません",
    "自主基準",
    "注意を促",
    "指摘を受け",
    "課徴金",
    "行政処分",
    "業務停止",
    "ガイドラインを策定",
    // Stories: a potion or a sword is nobody's product.
    "王は",
    "王様",
    "王子",
    "吸血鬼",
    "ドラゴン",
    "魔法使い",
    "魔女",
    "旅人",
    "老婆",
    "宇宙船",
    "詐欺師",
    "継母",
    "女将",
    "浪人",
    "剣士",
    "勇者",
    "ライトノベル",
    "短編",
    "昔話",
    "童話",
    "と誓って",
];
const REPORTING_REACH: usize = 80;

/// Denials and hedges that, right after a phrase, turn it into its opposite or into an
/// appearance (シミが消えるわけではありません, 効果を保証するものではありません, 小顔に見せる).
pub(crate) const DENIALS_AFTER: &[&str] = &[
    "わけでは",
    "わけじゃ",
    "ものでは",
    "とは限",
    "ことはあり",
    "ことはござ",
    "ことはな",
    "ではあり",
    "ではござ",
    "ではな",
    "じゃな",
    "とは言え",
    "とはいえ",
    "はありません",
    "はございません",
    "はできません",
    "は承っておりません",
    "は受け付けておりません",
    "はお受けしておりません",
    "を期待せず",
    "は控え",
    "できかね",
    "を名乗れ",
    "か確か",
    "かどうか",
    "方法はな",
    "のは無理",
    "ことは無理",
    "期待しない",
    "を目的としたものでは",
    "を目的とするものでは",
    "目的ではありません",
    "見え",
    "見せ",
    "みえ",
    "みせ",
    "ように見",
    "メーキャップ効果",
    "メイクアップ効果",
    "メイク効果",
    // A polite question asks whether the claim holds (本当にシミが消えるんですか, 市販薬で治りますか).
    "りますか",
    "きますか",
    "えますか",
    // A reply repeating the buyer's question (シミに効くかとのご質問ですが).
    "かとのご質問",
    "かとのお問い合わせ",
    "かとのご相談",
    "かというご質問",
    "かどうかのご質問",
    "せますか",
    "んですか",
    "のですか",
    "るんでしょうか",
    "って本当ですか",
    "ってほんとうですか",
    // Talk about claims rather than claims: law explanations and enforcement news.
    "かのような",
    "をうたう",
    "とうたう",
    "ことは禁",
    "を禁止",
    "が禁止",
    "禁じられ",
    "と誤認",
    "と信じ",
    "という表現",
    "という言葉",
    "といった表現",
    "という表示",
    "という表記",
    "かのように",
    "ようであれば",
    "をうたって",
    "とは言わ",
    "とはいわ",
    "とは申せ",
    "とはお伝えでき",
    "とは申し上げられ",
    "とはうたって",
    "比較サイト",
    "比較ページ",
];
/// Denials a claim's span can swallow when its predicate matches inside them
/// (刺激が|ない|わけではありません): unlike 副作用はありません, never part of a claim.
const SWALLOWED_DENIALS: &[&str] = &["わけでは", "わけじゃ", "ものでは", "とは限", "ということでは", "というわけ"];
/// How far after a phrase's end a denial is looked for, in characters.
const DENIAL_AFTER_REACH: usize = 20;
/// Plain negative endings, which deny only the verb they directly follow (消え|ない, 治ら|ない,
/// 改善さ|れない, 薄くな|らない) — after a noun (がん|に負けない) or farther away
/// (消えるので手放せません) they belong to another word.
const NEGATIONS: &[&str] = &["ない", "ません", "なかっ", "ず", "ぬ", "なく"];
/// Conjugation kana that may stand between a stem and its negative ending.
const STEM_LINKS: &[char] = &['れ', 'ら', 'な', 'さ', 'せ', 'か', 'き', 'け', 'こ', 'が', 'ま', 'わ', 'て', 'い'];

/// A denial in the same clause right after folded offset `end`: a plain negative ending after at
/// most two conjugation kana, or an explicit denial within [`DENIAL_AFTER_REACH`] characters. A
/// negative ending must be hiragana in the original: katakana folds to hiragana, and ナイトブラ
/// must not read as 〜ない.
pub(crate) fn denied_after(doc: &Doc, end: usize) -> bool {
    let text = doc.folded.text.as_str();
    // 〜に効く、とはうたっておりません: a quoting とは after the comma still denies.
    let rest = text[end..]
        .strip_prefix(['、', ','])
        .filter(|r| r.starts_with("とは"))
        .unwrap_or(&text[end..]);
    let clause = &rest[..rest.find(CLAUSE_BREAKS).unwrap_or(rest.len())];
    // Every character of the ending, not just its first: 安全な|クリーム folds to 安全なくりーむ.
    let written_in_hiragana = |at: usize, negation: &str| {
        negation.char_indices().all(|(offset, _)| {
            let original = doc.folded.original_start(at + offset);
            doc.source
                .get(original..)
                .and_then(|s| s.chars().next())
                .is_some_and(|c| ('\u{3041}'..='\u{309F}').contains(&c))
        })
    };
    let mut ending = clause;
    let negated = (0..=2).any(|_| {
        let at = text.len() - (rest.len() - (clause.len() - ending.len()));
        let found = NEGATIONS.iter().any(|n| ending.starts_with(n) && written_in_hiragana(at, n));
        ending = ending.strip_prefix(STEM_LINKS).unwrap_or("");
        found
    });
    let within = &clause[..clause.char_indices().nth(DENIAL_AFTER_REACH).map_or(clause.len(), |(i, _)| i)];
    negated || words::contains_any(within, DENIALS_AFTER)
}

/// Words after a closing quote that make the quoted phrase a mention, not a claim: a regulator
/// reporting what a seller displayed, a guide naming a banned phrase, a customer's question.
const MENTION_AFTER_QUOTE: &[&str] = &[
    "など",
    "等の",
    "等と",
    "と表示",
    "との表示",
    "という表示",
    "と宣伝",
    "と広告",
    "と記載",
    "と謳",
    "とうた",
    "と称",
    "といった",
    "という表現",
    "という言葉",
    "といった表現",
    "のような表現",
    "のような表示",
    "との表現",
    "とのご質問",
    "というご質問",
    "とのお問い合わせ",
    "という文言",
    "の表示",
    "と表記",
    "という広告",
    "とする表示",
    "と強調",
    "とアピール",
    "と銘打",
    "と繰り返し",
    "と大きく",
    "と案内",
    "と掲げ",
    "とだけ",
    "として表示",
    "との文言",
    "と指摘",
    "と書",
    "と言",
    "という",
    "と信じ",
    "と話",
    "と説明",
    "と述べ",
    "とする",
    "の表記",
    "という表記",
    "表記は",
    "表示は",
    "表示を",
    "表示が",
    "表示の根拠",
    "の表現",
    "の二文字",
    "の文字",
    "は使わ",
    "を使わ",
    "は台本",
    "は日本語",
    "と投稿",
    "と尋ね",
];
/// Farthest a quote may open before a hit or close after it, in bytes of folded text.
const QUOTE_REACH: usize = 240;

/// The hit lies inside 「…」 or 『…』 whose closing bracket is followed by a mention marker.
fn quoted_mention(text: &str, start: usize, end: usize) -> bool {
    let from = floor_char_boundary(text, start.saturating_sub(QUOTE_REACH));
    let before = &text[from..start];
    let Some(open) = before.rfind(['「', '『']) else { return false };
    if before[open..].contains(['」', '』']) {
        return false;
    }
    let to = floor_char_boundary(text, (end + QUOTE_REACH).min(text.len()));
    let after = &text[end..to];
    let Some(close) = after.find(['」', '』']) else { return false };
    if after[..close].contains(['「', '『']) {
        return false;
    }
    // Quotes may be listed: 「最安値」「完全無料」などと … — skip the following quoted items.
    let mut tail = &after[close + '」'.len_utf8()..];
    while let Some(rest) = tail.trim_start_matches(['や', 'と', '、', '・']).strip_prefix(['「', '『']) {
        match rest.find(['」', '』']) {
            Some(at) if !rest[..at].contains(['「', '『']) => tail = &rest[at + '」'.len_utf8()..],
            _ => break,
        }
    }
    // 「シミが消えた」というお声: the seller presents the quote as buyers' experience — a testimonial
    // is the seller's claim (医薬品等適正広告基準 第4の10), not a mention.
    if TESTIMONY_AFTER_QUOTE.iter().any(|m| tail.starts_with(m)) {
        return false;
    }
    MENTION_AFTER_QUOTE.iter().any(|m| tail.starts_with(m)) || narrated(tail)
}

/// Who speaks after a quote in narrative and reporting (「…」と祖父は言って, 「…」と、少年は,
/// 「…」とたたえた): a character's or a third party's words, not the seller's copy — unless the
/// words that follow present them as buyers' voices (「…」と、驚きの声).
fn narrated(tail: &str) -> bool {
    let Some(after) = tail.strip_prefix('と') else {
        return NARRATION_AFTER_QUOTE.iter().any(|m| tail.starts_with(m));
    };
    let near: String = after.chars().take(12).collect();
    if VOICE_WORDS.iter().any(|w| near.contains(w)) {
        return false;
    }
    NARRATION_AFTER_QUOTE.iter().any(|m| after.starts_with(m)) || NARRATING_VERBS.iter().any(|v| near.contains(v))
}

/// A story's speech verb soon after the quote's と (と商人は言った, と老婆は笑った).
const NARRATING_VERBS: &[&str] = &[
    "は言った",
    "が言った",
    "は答えた",
    "は笑った",
    "はつぶやいた",
    "は呟いた",
    "は叫んだ",
];

/// Starts of what follows a quote (after its と, where there is one) in narration or reporting.
const NARRATION_AFTER_QUOTE: &[&str] = &[
    "、",
    "祖父",
    "祖母",
    "父",
    "母",
    "妻",
    "夫",
    "叔",
    "伯",
    "兄",
    "姉",
    "弟",
    "妹",
    "老人",
    "少年",
    "少女",
    "彼",
    "監督",
    "親方",
    "たたえ",
    "添え",
    "勧誘",
    "してい",
    "契約",
    "つぶや",
    "笑",
    "苦笑",
    "叫",
    "褒め",
    "教わ",
    // What follows the quote when the quote itself is the topic: 「期間限定」のはずが, 「No.1」表示について.
    "のはず",
    "表示に",
    "表示、",
    "は、",
];

/// Words that make a quote buyers' voices even after a narrating と.
const VOICE_WORDS: &[&str] = &["声", "口コミ", "喜び", "感想", "レビュー", "評判", "話題", "実感"];

/// Words after a closing quote that present it as buyers' voices.
const TESTIMONY_AFTER_QUOTE: &[&str] = &[
    "というお声",
    "という声",
    "との声",
    "とのお声",
    "という喜び",
    "との喜び",
    "と喜び",
    "という口コミ",
    "との口コミ",
    "という感想",
    "というご感想",
    "とのご感想",
    "という回答",
    "との回答",
    "と回答",
    "と大評判",
    "と評判",
    "と話題",
    "というレビュー",
    "とのレビュー",
    "って声",
];

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
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
    use crate::lint::rule::BASE;

    #[test]
    fn past_the_cap_keeps_the_hits_that_end_first() {
        const LONG: Rule = Rule {
            id: "T-LONG",
            patterns: &["最安値です"],
            ..BASE
        };
        const SHORT: Rule = Rule {
            id: "T-SHORT",
            patterns: &["安値"],
            ..BASE
        };
        let rules = [&LONG, &SHORT];
        let compiled = compile(&rules).unwrap();
        let doc = Doc::new("最安値です");
        let (hits, truncated) = scan(&compiled, &rules, &doc, &Scope::ANY, &[true, true], 1);
        assert!(truncated);
        assert!(hits[0].is_empty());
        assert_eq!(hits[1].iter().map(|h| (h.start, h.end)).collect::<Vec<_>>(), [(3, 9)]);
    }

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
