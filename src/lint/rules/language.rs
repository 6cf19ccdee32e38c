//! Language quality for cross-border sellers: leaked Chinese, register, keigo, width
//! (compliance.md §4.5, §6.7).

use super::super::checks::*;
use crate::lint::engine::Doc;

use super::super::rule::{Category, Rule, RuleStatus, Scope, Severity, BASE};
use super::{cite, t};
use crate::lint::rule::Hit;

const LANGUAGE_GUIDE: &str = "jpseller compliance.md §4.5（です・ます／keigo／簡体字）";

pub const ZH: Rule = Rule {
    id: "LQ-ZH",
    severity: Severity::Warning,
    category: Category::Language,
    status: RuleStatus::Secondary,
    title: t("混入简体中文", "簡体字・中国語の混入", "Simplified Chinese leaked into Japanese copy"),
    message: t(
        "文中含有日语不用的简体字或中文电商用语（亲、包邮、爆款、正品保证等），日本买家会觉得不可信。请改成日语表达。",
        "日本語で使わない簡体字や中国のEC用語（亲・包邮・爆款・正品保证など）が含まれています。日本の購入者には不自然で信頼を損ないます。日本語の表現にしてください。",
        "Simplified-only hanzi or Chinese e-commerce slang (亲, 包邮, 爆款, 正品保证) reads as untrustworthy to Japanese buyers; use Japanese wording.",
    ),
    citation: cite(LANGUAGE_GUIDE, "§4.5 MT artefacts; §6.7 LQ-ZH", "", ""),
    patterns: &[
        "亲|您|包邮|宝贝|正品保证|爆款|质量|性价比|好评|差评|下单|发货|客服|退换|秒杀|尺码|小仙女|加厚|保暖|男女通用|新款|韓版|韩版|小心軽放|小心轻放|優惠|优惠|親愛なるお客様|好評をお願い|好評お願い|爆発モデル|質量保証|质量保证",
        "证|惠|网|络|软|实|现|开|关|闭|动|们|这|质|产|东|优|说|话|请|谢|问|题|货|发|买|卖|钱|红|绿|颜|码|样|长|门|马|鸟|鱼|车|书|时|间|过|还|进|运|选|达|边|应|热|电|页|项|纸|线|练|组|经|给|续|维|级|约|纳|统|药|荐|营|价|购|贵|费|资|赠|账|个|么|吗|专|业|们|无|为|图|亚|韩",
    ],
    suggestions: &["人気商品", "正規品", "送料無料", "お客様"],
    ng: &["爆款！正品保证", "亲，包邮哦"],
    ok: &["人気商品です。正規品保証", "送料無料でお届けします"],
    ..BASE
};

pub const MIX: Rule = Rule {
    id: "LQ-MIX",
    severity: Severity::Info,
    category: Category::Language,
    status: RuleStatus::Secondary,
    title: t("敬体与常体混用", "です・ます調とだ・である調の混在", "Polite and plain styles mixed"),
    message: t(
        "正文以“です・ます”为主，却夹杂“だ・である・する”结尾的句子。商品页和客服请统一使用“です・ます”。（名词结尾、标题、标签不计入。）",
        "本文の大半が「です・ます」調なのに「だ・である・する」で終わる文が混ざっています。商品ページや接客では「です・ます」に統一してください（体言止め・見出し・ハッシュタグは対象外）。",
        "Most sentences are polite (です・ます) but some end in plain form (だ・である・する); keep listings and replies polite (nominal endings, headings and hashtags are ignored).",
    ),
    citation: cite(LANGUAGE_GUIDE, "§4.5 文末表現の分類", "", ""),
    check: Some(register_mixing),
    suggestions: &["です", "ます"],
    ng: &[
        "保湿成分を配合しています。肌がしっとりする。毎日お使いいただけます。香りも楽しめます。",
        "軽くて丈夫なバッグです。容量もたっぷりだ。通勤にも使えます。旅行にも便利です。",
    ],
    ok: &["軽くて丈夫なバッグです。容量もたっぷりです。通勤にも使えます。", "この鞄は軽い。容量も大きい。通勤に向いている。"],
    ..BASE
};

pub const KEIGO: Rule = Rule {
    id: "LQ-KEIGO",
    severity: Severity::Info,
    category: Category::Language,
    status: RuleStatus::Secondary,
    title: t("敬语误用", "敬語の誤用", "Keigo misuse"),
    message: t(
        "“こちら商品になります”（打工敬语）、“おっしゃられる”（双重敬语）、“ご利用される”“ご確認してください”（尊谦混用）等不自然。请改为“こちらが商品です”“おっしゃる”“ご利用になる”。",
        "「こちら商品になります」（バイト敬語）、「おっしゃられる」（二重敬語）、「ご利用される」「ご確認してください」（尊敬と謙譲の混同）は不自然です。「こちらが商品です」「おっしゃる」「ご利用になる」にしてください。",
        "'こちら商品になります' (part-timer keigo), double honorifics (おっしゃられる) and mixed forms (ご利用される, ご確認してください) read oddly; use こちらが商品です, おっしゃる, ご利用になる.",
    ),
    citation: cite(LANGUAGE_GUIDE, "§4.5 二重敬語・バイト敬語", "", ""),
    patterns: &[
        "こちら|そちら + 商品|お品物|ご注文の品|お釣り|お会計 + になります",
        "よろしかったでしょうか|のほうになります|おっしゃられ|お召し上がりになられ|ご覧になられ|お越しになられ|お見えになられ|いらっしゃられ|ご利用される|ご利用されます|ご購入される|伺ってください|弊社のお考え|拝見してください",
        // 謙譲の「ご〜する」に依頼の「ください」: the customer is asked to humble themselves.
        "ご確認|ご了承|ご注意|ご利用|ご連絡|ご返信|ご返品|お待ち|お受け取り + してください|して下さい|していただけますか",
    ],
    suggestions: &["こちらが商品です", "ご利用になる"],
    ng: &["こちら商品になります", "ご利用されるお客様へ", "商品をご確認してください"],
    ok: &["こちらが商品です", "ご利用になるお客様へ", "商品をご確認ください", "確認していただけますか"],
    ..BASE
};

pub const WIDTH: Rule = Rule {
    id: "LQ-WIDTH",
    severity: Severity::Info,
    category: Category::Language,
    status: RuleStatus::Secondary,
    title: t("半角片假名/全半角混用", "半角カナ・全角英数字の混在", "Half-width kana or mixed-width letters"),
    message: t(
        "半角片假名和全角英数字混用显得不规范，也会影响搜索。请统一为全角片假名和半角英数字。",
        "半角カナや全角英数字の混在は読みにくく、検索にも影響します。カタカナは全角、英数字は半角に統一してください。",
        "Half-width katakana and full-width letters mixed with ASCII look careless and hurt search; use full-width katakana and ASCII letters and digits.",
    ),
    citation: cite(LANGUAGE_GUIDE, "§6.7 LQ-WIDTH", "", ""),
    check: Some(width_mixing),
    suggestions: &["セール", "SALE"],
    ng: &["ｾｰﾙ開催中", "ＳＡＬＥ 50%OFF"],
    ok: &["セール開催中", "SALE 50%OFF"],
    ..BASE
};

// Whole-text checks.

/// LQ-WIDTH: half-width katakana, and full-width letters or digits in a text that also uses ASCII ones.
fn width_mixing(doc: &Doc, _scope: &Scope) -> Vec<Hit> {
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
fn register_mixing(doc: &Doc, _scope: &Scope) -> Vec<Hit> {
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
