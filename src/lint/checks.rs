//! Whole-text checks: disclosures that are missing or badly placed, labels a listing should
//! carry, register mixing and width. Each returns hits in original byte offsets; `0..0` means
//! "the whole text" (something is absent).

use super::engine::Doc;
use super::normalize::fold_word;
use super::rule::{Channel, Hit, ProductClass, Scope, Severity};

const WHOLE: Hit = Hit {
    start: 0,
    end: 0,
    severity: None,
};

fn hit(doc: &Doc, start: usize, end: usize, severity: Option<Severity>) -> Hit {
    let (start, end) = doc.original(start, end);
    Hit { start, end, severity }
}

/// Folded byte spans of every occurrence of any word (words given in natural spelling).
fn find_all(doc: &Doc, words: &[&'static str]) -> Vec<(usize, usize)> {
    let text = doc.folded.text.as_str();
    let mut spans: Vec<(usize, usize)> = words
        .iter()
        .flat_map(|w| {
            let w = fold_word(w);
            text.match_indices(&*w).map(|(at, m)| (at, at + m.len())).collect::<Vec<_>>()
        })
        .collect();
    spans.sort_unstable();
    spans
}

fn contains_any(doc: &Doc, words: &[&'static str]) -> bool {
    words.iter().any(|w| doc.folded.text.contains(&*fold_word(w)))
}

fn is_creator_channel(scope: &Scope) -> bool {
    matches!(
        scope.channel,
        Some(Channel::CreatorPost | Channel::RakutenRoom | Channel::TiktokScript)
    )
}

/// Clear disclosures (運用基準): 広告, 宣伝, プロモーション, PR, or a stated provision by a company.
const DISCLOSURES: &[&str] = &[
    "広告",
    "宣伝",
    "プロモーション",
    "タイアップ",
    "から商品提供",
    "から提供",
    "の提供を受け",
    "提供を受けて",
    "商品提供",
];

/// Clear disclosure spans, with `pr` only as a standalone ASCII token (not inside "prize").
fn disclosures(doc: &Doc) -> Vec<(usize, usize)> {
    let text = doc.folded.text.as_str();
    let bytes = text.as_bytes();
    let mut spans = find_all(doc, DISCLOSURES);
    // Negations (広告ではありません) are SM-NEG's business and are not disclosures.
    spans.retain(|&(_, end)| !text[end..].starts_with("では") && !text[end..].starts_with("じゃ"));
    for (at, _) in text.match_indices("pr") {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + 2).copied();
        if !before.is_some_and(|b| b.is_ascii_alphanumeric()) && !after.is_some_and(|b| b.is_ascii_alphanumeric()) {
            spans.push((at, at + 2));
        }
    }
    spans.sort_unstable();
    spans
}

/// SM-MISSING: a sponsored creator post with no clear disclosure anywhere.
pub fn sponsored_without_disclosure(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if !scope.sponsored || !is_creator_channel(scope) || !disclosures(doc).is_empty() {
        return Vec::new();
    }
    vec![WHOLE]
}

/// SM-PLACE: the first clear disclosure is not near the start, or only follows a block of hashtags.
pub fn disclosure_placement(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if !scope.sponsored || !is_creator_channel(scope) {
        return Vec::new();
    }
    let Some(&(start, end)) = disclosures(doc).first() else {
        return Vec::new();
    };
    let text = doc.folded.text.as_str();
    let before = &text[..start];
    let chars_before = before.chars().count();
    let on_first_line = !before.contains('\n');
    let hashtags_before = before.matches('#').count();
    let at_the_end = text[end..]
        .trim()
        .chars()
        .all(|c| c == '#' || c.is_ascii_punctuation() || c.is_whitespace());
    if (chars_before > 40 && !on_first_line) || hashtags_before >= 5 || (chars_before > 40 && at_the_end) {
        return vec![hit(doc, start, end, None)];
    }
    Vec::new()
}

/// SM-WEAK: only ambiguous tags (#ad, #アンバサダー, #モニター …) and no clear disclosure.
pub fn weak_disclosure(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if !scope.sponsored || !is_creator_channel(scope) || !disclosures(doc).is_empty() {
        return Vec::new();
    }
    const WEAK: &[&str] = &[
        "#ad",
        "#sponsored",
        "#アンバサダー",
        "#モニター",
        "#提供",
        "#紹介",
        "モニター様のお声",
        "#gifted",
        "#supported",
    ];
    let text = doc.folded.text.as_bytes();
    find_all(doc, WEAK)
        .into_iter()
        .filter(|&(_, end)| !text.get(end).is_some_and(|b| b.is_ascii_alphanumeric()))
        .map(|(s, e)| hit(doc, s, e, None))
        .collect()
}

/// SM-TT: TikTok cannot be checked from text — remind about the disclosure toggle.
pub fn tiktok_toggle(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if scope.sponsored && scope.channel == Some(Channel::TiktokScript) && !contains_any(doc, &["情報開示設定"]) {
        vec![WHOLE]
    } else {
        Vec::new()
    }
}

/// SM-RAKU: a sponsored Rakuten ROOM/affiliate post should say the link goes to Rakuten.
pub fn rakuten_room_naming(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if scope.sponsored && scope.channel == Some(Channel::RakutenRoom) && !contains_any(doc, &["楽天", "rakuten"]) {
        vec![WHOLE]
    } else {
        Vec::new()
    }
}

const ORIGIN_STATEMENTS: &[&str] = &[
    "原産国",
    "製造国",
    "生産国",
    "原産地",
    "made in china",
    "made in vietnam",
    "中国製",
    "中国産",
    "ベトナム製",
    "韓国製",
    "台湾製",
    "タイ製",
    "インドネシア製",
    "バングラデシュ製",
    "インド製",
    "海外製",
    "外国製",
    "輸入品",
];

/// KH-ORIGIN: Japanese-origin claims for goods made overseas; no origin statement at all.
pub fn country_of_origin(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if !scope.made_overseas {
        return Vec::new();
    }
    let stated = contains_any(doc, ORIGIN_STATEMENTS);
    let mut hits: Vec<Hit> = find_all(
        doc,
        &[
            "日本製",
            "国産",
            "日本産",
            "made in japan",
            "madeinjapan",
            "日本で製造",
            "国内製造",
            "国内生産",
        ],
    )
    .into_iter()
    .map(|(s, e)| hit(doc, s, e, None))
    .collect();
    if !stated {
        hits.extend(
            find_all(
                doc,
                &[
                    "日本ブランド",
                    "日本品質",
                    "日本企業",
                    "日本人開発",
                    "日本発",
                    "japan quality",
                    "日本の技術",
                ],
            )
            .into_iter()
            .map(|(s, e)| hit(doc, s, e, Some(Severity::Warning))),
        );
        if hits.is_empty() {
            hits.push(Hit {
                severity: Some(Severity::Info),
                ..WHOLE
            });
        }
    }
    hits
}

/// HF-FFC: a 機能性表示食品 listing that names the category but shows no notification number
/// (届出番号, e.g. A123 or J456); each mention is reported as a warning.
pub fn ffc_notification_number(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if scope.class != Some(ProductClass::FunctionalFood) {
        return Vec::new();
    }
    let text = doc.folded.text.as_str();
    let numbered = text.match_indices("届出番号").any(|(at, label)| {
        let rest = text[at + label.len()..].trim_start_matches([':', ' ', '(', '「', 'は']);
        rest.starts_with(|c: char| c.is_ascii_alphanumeric())
    });
    if numbered {
        return Vec::new();
    }
    find_all(doc, &["機能性表示食品"])
        .into_iter()
        .map(|(s, e)| hit(doc, s, e, Some(Severity::Warning)))
        .collect()
}

fn missing_any(doc: &Doc, groups: &[&[&'static str]]) -> bool {
    groups.iter().any(|group| !contains_any(doc, group))
}

/// AP-LABEL: apparel listings need composition (素材), care (洗濯表示) and who labels it (表示者).
pub fn apparel_label(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    const GROUPS: &[&[&str]] = &[
        &["素材", "組成", "材質", "%", "％"],
        &["洗濯", "取扱い", "取り扱い", "お手入れ", "手洗い"],
        &["表示者", "販売者", "製造者", "輸入者", "お問い合わせ"],
    ];
    if scope.class == Some(ProductClass::Apparel) && missing_any(doc, GROUPS) {
        vec![WHOLE]
    } else {
        Vec::new()
    }
}

/// SG-SIZE: apparel listings should carry a size table (seller guides: the main return cause).
pub fn size_table(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    const GROUPS: &[&[&str]] = &[&["サイズ", "着丈", "身幅", "cm", "センチ"]];
    if scope.class == Some(ProductClass::Apparel) && missing_any(doc, GROUPS) {
        vec![WHOLE]
    } else {
        Vec::new()
    }
}

/// EL-PSE reminder: an electrical listing that never mentions PSE.
pub fn pse_reminder(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if scope.class == Some(ProductClass::Electrical) && !contains_any(doc, &["pse"]) {
        vec![Hit {
            severity: Some(Severity::Info),
            ..WHOLE
        }]
    } else {
        Vec::new()
    }
}

/// RK-REQ: cosmetics and health foods must show 広告文責, メーカー, 区分 and 全成分/原材料.
pub fn required_fields(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    const GROUPS: &[&[&str]] = &[
        &["広告文責"],
        &["メーカー", "製造販売元", "製造販売業者", "販売元", "製造者"],
        &["区分", "化粧品", "医薬部外品", "健康食品", "栄養補助食品", "機能性表示食品"],
        &["全成分", "成分", "原材料"],
    ];
    let relevant = matches!(
        scope.class,
        Some(ProductClass::Cosmetics | ProductClass::QuasiDrug | ProductClass::HealthFood | ProductClass::FunctionalFood)
    );
    if relevant && missing_any(doc, GROUPS) {
        vec![WHOLE]
    } else {
        Vec::new()
    }
}

/// FD-LABEL: food listings should list name, ingredients, allergens, content, dates, storage.
pub fn food_label(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    const GROUPS: &[&[&str]] = &[
        &["原材料"],
        &["アレルゲン", "アレルギー", "特定原材料"],
        &["内容量", "容量"],
        &["賞味期限", "消費期限"],
        &["保存方法", "保存"],
        &["原産国", "原産地", "製造者", "輸入者", "販売者"],
    ];
    if matches!(
        scope.class,
        Some(ProductClass::Food | ProductClass::HealthFood | ProductClass::FunctionalFood)
    ) && missing_any(doc, GROUPS)
    {
        vec![WHOLE]
    } else {
        Vec::new()
    }
}

/// RK-RANK: a Rakuten ranking claim must state the date, aggregation period and genre.
pub fn rakuten_ranking(doc: &Doc, _scope: &Scope) -> Vec<Hit> {
    const DATE: &[&str] = &["年", "月", "日", "更新", "集計日"];
    const PERIOD: &[&str] = &[
        "リアルタイム",
        "デイリー",
        "日次",
        "週間",
        "ウィークリー",
        "月間",
        "マンスリー",
        "年間",
        "集計期間",
    ];
    const GENRE: &[&str] = &["ジャンル", "部門", "カテゴリ", "総合"];
    let mut hits = Vec::new();
    for (start, end) in find_all(doc, &["楽天ランキング"]) {
        let window = doc.window(start, end, 60);
        let claims_rank = ["位", "入賞", "獲得", "受賞", "no.1", "no1", "ランクイン"]
            .iter()
            .any(|w| window.contains(&*fold_word(w)));
        let dated = DATE.iter().any(|w| window.contains(w)) && window.bytes().any(|b| b.is_ascii_digit());
        let complete =
            dated && PERIOD.iter().any(|w| window.contains(&*fold_word(w))) && GENRE.iter().any(|w| window.contains(&*fold_word(w)));
        if claims_rank && !complete {
            hits.push(hit(doc, start, end, None));
        }
    }
    hits
}

/// AZ-TITLE: Amazon titles over 50 full-width characters (half-width counts as half) or with half-width kana.
pub fn amazon_title_shape(doc: &Doc, _scope: &Scope) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut halves = 0usize;
    for (at, c) in doc.source.char_indices() {
        halves += if c.is_ascii() || ('\u{FF61}'..='\u{FF9F}').contains(&c) {
            1
        } else {
            2
        };
        if halves > 100 {
            hits.push(Hit {
                start: at,
                end: doc.source.len(),
                severity: None,
            });
            break;
        }
    }
    hits.extend(halfwidth_kana_runs(doc));
    hits
}

/// Characters of the Halfwidth and Fullwidth Forms block (U+FF00–FFEF) with their original
/// offsets, as recorded while folding (no rescan of the text).
fn width_forms<'a>(doc: &'a Doc) -> impl Iterator<Item = (usize, char)> + 'a {
    doc.folded
        .width_forms
        .iter()
        .filter_map(|&at| Some((at as usize, doc.source.get(at as usize..)?.chars().next()?)))
}

/// Maximal runs of adjacent characters from `chars` (ascending `(offset, char)`).
fn runs(chars: impl Iterator<Item = (usize, char)>) -> Vec<Hit> {
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

fn halfwidth_kana_runs(doc: &Doc) -> Vec<Hit> {
    runs(width_forms(doc).filter(|&(_, c)| ('\u{FF66}'..='\u{FF9F}').contains(&c)))
}

/// LQ-WIDTH: half-width katakana, and full-width letters or digits in a text that also uses ASCII ones.
pub fn width_mixing(doc: &Doc, _scope: &Scope) -> Vec<Hit> {
    let mut hits = halfwidth_kana_runs(doc);
    if doc.source.bytes().any(|b| b.is_ascii_alphanumeric()) {
        hits.extend(runs(
            width_forms(doc).filter(|&(_, c)| matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')),
        ));
    }
    hits.sort_by_key(|h| h.start);
    hits
}

/// LQ-MIX: です・ます and だ・である sentence endings mixed in one text (compliance.md §4.5).
/// Only explicit plain endings count; nominal endings, headings and hashtags are neutral, and
/// only the minority style is reported.
pub fn register_mixing(doc: &Doc, _scope: &Scope) -> Vec<Hit> {
    const POLITE: &[&str] = &[
        "です",
        "でした",
        "でしょう",
        "ます",
        "ました",
        "ません",
        "ましょう",
        "ませんか",
        "ください",
        "ございます",
    ];
    const PLAIN: &[&str] = &[
        "だ",
        "だった",
        "である",
        "であった",
        "ではない",
        "じゃない",
        "だろう",
        "のだ",
        "なのだ",
        "しない",
        "する",
        "した",
    ];
    let text = doc.folded.text.as_str();
    let mut polite = Vec::new();
    let mut plain = Vec::new();
    let mut sentence_start = 0;
    let ends = doc
        .folded
        .sentence_ends
        .iter()
        .map(|&at| at as usize)
        .chain(std::iter::once(text.len()));
    for at in ends {
        let sentence = &text[sentence_start..at];
        // Every sentence end is one byte (!?\n) or 。 (three).
        sentence_start = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
        let core = sentence.trim_end_matches(['」', '』', ')', '）', '♪', '~', 'w', ' ', '…', 'ー']);
        if core.as_bytes().contains(&b'#') || core.chars().nth(3).is_none() {
            continue;
        }
        let end = (core.as_ptr() as usize - text.as_ptr() as usize) + core.len();
        if POLITE.iter().any(|p| core.ends_with(p)) {
            polite.push(end);
        } else if let Some(p) = PLAIN.iter().filter(|p| core.ends_with(*p)).max_by_key(|p| p.len()) {
            plain.push((end - p.len(), end));
        }
    }
    // Report plain endings only when the text is mostly polite: that is the common slip.
    if plain.is_empty() || polite.len() < 2 || plain.len() * 2 > polite.len() {
        return Vec::new();
    }
    plain.into_iter().map(|(s, e)| hit(doc, s, e, None)).collect()
}
