//! ステルスマーケティング告示: creator and affiliate posts (compliance.md §1.1.5, §6.2).

use super::super::checks::*;
use crate::lint::engine::Doc;

use super::super::rule::{Category, Channel, Rule, RuleStatus, Scope, Severity, BASE};
use super::{cite, t, STEALTH};
use crate::lint::rule::Hit;

const CREATOR: &[Channel] = &[Channel::CreatorPost, Channel::RakutenRoom, Channel::TiktokScript];

pub const MISSING: Rule = Rule {
    id: "SM-MISSING",
    status: RuleStatus::Confirmed,
    channels: CREATOR,
    needs_channel: true,
    title: t("合作帖子没有广告标识", "広告であることの表示がない", "Sponsored post without an ad disclosure"),
    message: t(
        "商家提供商品、报酬或指示内容的帖子必须明确标注“广告”“PR”“プロモーション”或“由○○公司提供商品”。未标注时由商家（广告主）承担隐形营销责任。",
        "事業者が商品提供・報酬・内容の指示をした投稿には「広告」「PR」「プロモーション」「○○社から商品提供を受けて投稿」などの明示が必要です。表示がない場合、広告主である事業者がステマ規制の責任を負います。",
        "A post the seller gifted, paid for or directed must say 広告 / PR / プロモーション or 'received the product from X'. Without it the advertiser (the seller) is liable under the stealth-marketing rule.",
    ),
    citation: STEALTH,
    check: Some(sponsored_without_disclosure),
    suggestions: &["【PR】○○株式会社から商品提供を受けて投稿しています。"],
    example_scope: Scope::sponsored(Channel::CreatorPost),
    ng: &["最近ずっと使ってるクリーム♡ #スキンケア #美容好き", "このバッグ本当に使いやすい！ #おすすめ"],
    ok: &["【PR】○○株式会社から商品提供を受けて投稿しています。", "#PR 使ってみた感想です"],
    ..BASE
};

pub const UNSTATED: Rule = Rule {
    id: "SM-ASK",
    severity: Severity::Warning,
    status: RuleStatus::Confirmed,
    channels: CREATOR,
    needs_channel: true,
    title: t("未说明是否为合作帖子", "広告かどうかが未指定の投稿", "Post whose sponsorship is not stated"),
    message: t(
        "如果这条帖子是付费、赠品或受商家委托发布的，就必须明确标注“广告”“PR”或“由○○公司提供商品”；帖子里目前没有这样的标识。若确实是自费购买的个人感想，可设置 sponsored: false。",
        "この投稿が報酬・商品提供・依頼を受けたものであれば、「広告」「PR」「○○社から商品提供」などの明示が必要ですが、現在その表示がありません。自分で購入した感想であれば sponsored: false を指定してください。",
        "If this post is paid, gifted or requested by a seller, it must say 広告 / PR / 'received the product from X', and it does not. If it is an unpaid personal review, set sponsored: false.",
    ),
    citation: STEALTH,
    check: Some(unstated_without_disclosure),
    suggestions: &["【PR】○○株式会社から商品提供を受けて投稿しています。"],
    example_scope: Scope::unstated(Channel::CreatorPost),
    ng: &["最近ずっと使ってるクリーム♡ #スキンケア #美容好き", "このバッグ本当に使いやすい！ #おすすめ"],
    ok: &["【PR】○○株式会社から商品提供を受けて投稿しています。", "#PR 使ってみた感想です"],
    ..BASE
};

pub const PLACEMENT: Rule = Rule {
    id: "SM-PLACE",
    severity: Severity::Warning,
    channels: CREATOR,
    needs_channel: true,
    title: t(
        "广告标识位置不明显",
        "広告表示の位置が不明瞭",
        "Disclosure placed where it is easy to miss",
    ),
    message: t(
        "标识放在末尾、埋在大量话题标签中或帖子边缘，会被视为不明确。请把“PR”放在开头，与正文同样大小。",
        "広告表示を末尾や多数のハッシュタグの中に埋もれさせると不明瞭な表示とされます。冒頭に本文と同じ大きさで「PR」と表示してください。",
        "A disclosure at the end, buried among many hashtags or at the edge counts as unclear; put 'PR' at the start, in body-size text.",
    ),
    citation: STEALTH,
    check: Some(disclosure_placement),
    suggestions: &["【PR】"],
    example_scope: Scope::sponsored(Channel::CreatorPost),
    ng: &[
        "最近ずっと使ってるクリーム。朝晩のスキンケアにぴったりで手放せません。\n#美容 #コスメ #スキンケア #韓国コスメ #プチプラ #PR",
        "毎日のメイクに使っているパレットです。色の組み合わせが豊富で、季節ごとに違う雰囲気を楽しめます。\nPR",
    ],
    ok: &[
        "【PR】○○社から提供を受けて投稿しています。#コスメ",
        "PR｜新作リップを試しました #リップ",
    ],
    ..BASE
};

pub const NEGATED: Rule = Rule {
    id: "SM-NEG",
    channels: CREATOR,
    needs_channel: true,
    title: t(
        "否定广告性质的表述",
        "広告であることを打ち消す記載",
        "Wording that denies the post is an ad",
    ),
    message: t(
        "“这不是广告”“不是合作”“自费购买”等与广告标识相矛盾的表述，会使标识无效。",
        "「これは広告ではありません」「案件じゃない」「自腹です」など広告表示を打ち消す記載は、表示を不明瞭にします。",
        "'This is not an ad', 'not a paid job' or 'bought it myself' contradicts the disclosure and makes it unclear.",
    ),
    citation: STEALTH,
    status: RuleStatus::Confirmed,
    patterns: &[
        "広告 + では|じゃ + ありません|ない|ないです",
        "pr|ステマ|案件 + では|じゃ + ありません|ない|なくて|ないです",
        "自腹|自分で購入|自分で買いました|第三者として感想|第三者として正直|完全に個人の感想|個人的な感想なので|prって書いてあるけど|pr表記はあるけど|とは関係なく本当に|prっぽく見えるかもしれない|prっぽいけど|案件じゃないよ",
    ],
    suggestions: &["PR（提供：○○）。使って感じたことを書いています"],
    example_scope: Scope::sponsored(Channel::CreatorPost),
    ng: &[
        "#PR ですが案件じゃなくて本音レビュー！",
        "これは広告ではありません。本当に良かったので紹介します",
    ],
    ok: &["PR（提供：○○）。使って感じたことを書いています", "【広告】○○社の新作です"],
    sponsored_only: true,
    negatable: false,
    ..BASE
};

pub const WEAK: Rule = Rule {
    id: "SM-WEAK",
    severity: Severity::Warning,
    channels: CREATOR,
    needs_channel: true,
    title: t("广告标识含义模糊", "あいまいな広告表示", "Ambiguous disclosure tag"),
    message: t(
        "只有 #ad、#アンバサダー、#モニター 等标签含义不够明确。请加上“PR”和提供方公司名。",
        "#ad・#アンバサダー・#モニターなどのタグだけでは広告であることが明確ではありません。「PR」と提供企業名を加えてください。",
        "#ad, #アンバサダー or #モニター alone are weak; add 'PR' and the company's name.",
    ),
    citation: STEALTH,
    check: Some(weak_disclosure),
    suggestions: &["#PR ○○株式会社から商品提供を受けています"],
    example_scope: Scope::sponsored(Channel::CreatorPost),
    ng: &["新作リップ使ってみました #アンバサダー", "お気に入りのスキンケア #ad"],
    ok: &["#PR #アンバサダー ○○社の新作です", "【PR】○○社から提供を受けています #モニター"],
    ..BASE
};

pub const TIKTOK: Rule = Rule {
    id: "SM-TT",
    severity: Severity::Info,
    category: Category::Platform,
    status: RuleStatus::Confirmed,
    channels: &[Channel::TiktokScript],
    needs_channel: true,
    title: t("打开TikTok“内容信息披露设置”", "TikTokの「コンテンツの情報開示設定」をオンに", "Turn on TikTok's content disclosure setting"),
    message: t(
        "文本检查无法确认开关状态：推广视频请打开“コンテンツの情報開示設定”（显示“プロモーション”），字幕中仍建议写“PR”。脚本中注明已开启即可消除此提醒。",
        "テキストからは設定を確認できません。宣伝動画では「コンテンツの情報開示設定」をオン（「プロモーション」表示）にし、キャプションにも「PR」を入れることを推奨します。台本に設定済みと書けばこの注意は消えます。",
        "A text check cannot see the toggle: turn on the content disclosure setting (shows 'プロモーション') and still put 'PR' in the caption. Note in the script that it is on to clear this reminder.",
    ),
    citation: cite("TikTok ブランドコンテンツポリシー", "コンテンツの情報開示設定", "https://ads.tiktok.com/help/", ""),
    check: Some(tiktok_toggle),
    suggestions: &["（コンテンツの情報開示設定：オン）"],
    example_scope: Scope::sponsored(Channel::TiktokScript),
    ng: &["この美容液ほんとに良い！ #PR", "新作の紹介です"],
    ok: &["#PR 新作の紹介です（コンテンツの情報開示設定：オン）", "情報開示設定オン済み。今日は新作リップを紹介します"],
    ..BASE
};

pub const RAKUTEN_ROOM: Rule = Rule {
    id: "SM-RAKU",
    severity: Severity::Warning,
    category: Category::Platform,
    channels: &[Channel::RakutenRoom],
    needs_channel: true,
    title: t("乐天联盟/ROOM帖子需注明乐天", "楽天アフィリエイト／ROOMでの楽天表記", "Rakuten affiliate/ROOM post should name Rakuten"),
    message: t(
        "有商品提供、活动或联盟试用券等利益关系时，乐天要求标注PR，并让读者明白链接指向乐天市场。",
        "商品提供・イベント・お試しクーポンなどの関係がある場合はPR表示が必要で、リンク先が楽天市場であることが分かるように紹介してください。",
        "With gifting, events or trial coupons Rakuten requires a PR label and that readers can tell the link goes to Rakuten Ichiba.",
    ),
    citation: cite("楽天アフィリエイト ステルスマーケティング規制への対応", "広告・PR表記について", "https://affiliate.rakuten.co.jp/guideline/stealth_marketing_regulation", "2023-10-01"),
    check: Some(rakuten_room_naming),
    suggestions: &["PR｜楽天市場で販売中の○○です（商品提供：○○）"],
    example_scope: Scope::sponsored(Channel::RakutenRoom),
    ng: &["これ最高！毎日使ってます #PR", "提供いただいたタオルです #PR"],
    ok: &["PR｜楽天市場で販売中のタオルです（商品提供：○○）", "#PR 楽天ROOMに載せています"],
    ..BASE
};

// Whole-text checks.

fn is_creator_channel(scope: &Scope) -> bool {
    matches!(
        scope.channel,
        Some(Channel::CreatorPost | Channel::RakutenRoom | Channel::TiktokScript)
    )
}

/// Clear disclosures (運用基準): 広告, 宣伝, プロモーション, PR, or a stated provision by a company.
const DISCLOSURES: &[&str] = &[
    // The seller posting as itself (運用基準 第2: a business's own, identifiable post).
    "スタッフによる投稿",
    "の案件です",
    "さんの案件",
    "の依頼により",
    "よりご依頼いただき",
    "当店による投稿",
    "広告",
    "宣伝",
    "プロモーション",
    "タイアップ",
    "から商品提供",
    "から提供",
    "の提供を受け",
    "提供を受けて",
    "商品提供",
    "提供：",
    "提供:",
    "提供)",
    "提供〕",
    "提供】",
    "よりご提供",
    "からご提供",
    "ご提供いただ",
    "公式",
    "の提供でお送り",
    "依頼動画",
    "からの依頼",
    "依頼を受けて",
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
fn sponsored_without_disclosure(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if !scope.is_sponsored() || !is_creator_channel(scope) || !disclosures(doc).is_empty() {
        return Vec::new();
    }
    vec![WHOLE]
}

/// SM-ASK: a creator post whose sponsorship the caller did not state, with no clear disclosure —
/// a question for the seller, not an assumption that the post is unpaid.
fn unstated_without_disclosure(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if scope.sponsored.is_some() || !is_creator_channel(scope) || !disclosures(doc).is_empty() {
        return Vec::new();
    }
    vec![WHOLE]
}

/// SM-PLACE: the first clear disclosure is not near the start, or only follows a block of hashtags.
fn disclosure_placement(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if !scope.is_sponsored() || !is_creator_channel(scope) {
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
    if (chars_before > 40 && !on_first_line) || hashtags_before >= 5 || (chars_before > 80 && at_the_end) {
        return vec![hit(doc, start, end, None)];
    }
    Vec::new()
}

/// SM-WEAK: only ambiguous tags (#ad, #アンバサダー, #モニター …) and no clear disclosure.
fn weak_disclosure(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if !scope.is_sponsored() || !is_creator_channel(scope) || !disclosures(doc).is_empty() {
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
fn tiktok_toggle(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if scope.is_sponsored() && scope.channel == Some(Channel::TiktokScript) && !contains_any(doc, &["情報開示設定"]) {
        vec![WHOLE]
    } else {
        Vec::new()
    }
}

/// SM-RAKU: a sponsored Rakuten ROOM/affiliate post should say the link goes to Rakuten.
fn rakuten_room_naming(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if scope.is_sponsored() && scope.channel == Some(Channel::RakutenRoom) && !contains_any(doc, &["楽天", "rakuten"]) {
        vec![WHOLE]
    } else {
        Vec::new()
    }
}
