//! Rules from the Chinese seller guides (seller-guides.md): durability claims, customer-reply
//! tone, and the two unverified claims that ship only in the opt-in `seller_guide_unverified` preset.

use super::super::rule::{Category, Channel, Effect, Hit, Near, Rule, RuleStatus, Scope, Severity, Tier, BASE};
use super::{cite, t, KEIHYO_QUALITY, SELLER_GUIDES};
use crate::lint::engine::Doc;
use crate::lint::normalize::fold_word;

pub const DURABLE: Rule = Rule {
    id: "SG-DURABLE",
    severity: Severity::Warning,
    status: RuleStatus::Secondary,
    title: t("“不褪色/完全防水/绝对不坏”", "「色落ちしない」「完全防水」「絶対に壊れない」", "'Never fades', 'fully waterproof', 'never breaks'"),
    message: t(
        "卖家指南提醒：“不褪色”“100%防水”“绝对不会坏”等绝对化表述没有依据即属优良误认，也是退货和差评的常见原因。请写具体的测试条件。",
        "「色落ちしない」「100%防水」「絶対に壊れない」などの断定は、根拠がなければ優良誤認となり、返品・低評価の原因にもなります（セラー向けガイド）。試験条件など具体的な事実にしてください。",
        "'Never fades', '100 % waterproof', 'never breaks' are misleading without proof and a common cause of returns (seller guides); state the test conditions instead.",
    ),
    citation: KEIHYO_QUALITY,
    patterns: &[
        "色落ちしない|色落ちしません|色落ちなし|色あせない|色褪せない|色移りしない",
        "完全防水|100%防水|防水率100%|水没しても大丈夫",
        "絶対に壊れない|絶対壊れない|決して壊れない|一生壊れない|壊れることはありません",
    ],
    suggestions: &["IPX○相当の防水性能（水深○mで○分の試験）", "色落ちを防ぐため、単独で洗濯してください"],
    ng: &["洗濯しても色落ちしないTシャツ", "完全防水で安心"],
    ok: &["IPX7相当の防水性能（水深1mで30分の試験）", "色落ちを防ぐため、単独で洗濯してください"],
    ..BASE
};

pub const REPLY_TONE: Rule = Rule {
    id: "SG-REPLY-TONE",
    severity: Severity::Warning,
    category: Category::Platform,
    status: RuleStatus::Secondary,
    channels: &[Channel::CustomerReply],
    needs_channel: true,
    title: t("客服回复中的指责、威胁或随意语气", "接客での責める・威圧的・くだけた表現", "Blaming, threatening or casual tone in a customer reply"),
    message: t(
        "“我们没有问题，是您误会了”“请删除评价”等语气，或“おk”“ちょっと待っててね”“無理です”等随意说法会引发投诉（乐天看投诉率）。请先道歉，用敬语说明处理方式。",
        "「当店に問題はありません」「お客様の誤解です」「レビューを消してください」や、「おk」「ちょっと待っててね」「無理です」などのくだけた言い方は苦情につながります（楽天はクレーム率を監視）。まずお詫びし、丁寧な言葉で対応を伝えてください。",
        "'We did nothing wrong, you misunderstood', 'please delete your review' or casual wording (おk, 'hang on', 'impossible') invites complaints (Rakuten tracks complaint rates); apologise first and say politely what you will do.",
    ),
    citation: cite(SELLER_GUIDES, "§3 楽天のクレーム・降格リスク（返信の言い方）", "", "2026-03-21"),
    patterns: &[
        "問題ありません|問題はありません|問題はございません|誤解です|誤解されて|勘違いです|お客様の勘違い|お客様の責任|お客様のミス|お客様の確認不足|説明をよく読|説明文をよく|一切対応しません|対応しません",
        "法的措置|訴えます|通報します|レビューを消し|レビューを削除|評価を変えて|評価を取り下げ|取り下げてください",
        "おk|おけです|りょです|待っててね|ちょっと待って|は無理です|教えてもらえますか|教えてもらっていい|してもらえますか",
    ],
    suggestions: &["ご不便をおかけして大変申し訳ございません。", "確認のうえ、すぐに対応いたします。"],
    example_scope: Scope::channel(Channel::CustomerReply),
    ng: &["当店に問題はありません。お客様の誤解です。", "レビューを消してください"],
    ok: &["ご不便をおかけして大変申し訳ございません。すぐに対応いたします。", "ご連絡ありがとうございます。確認のうえ、本日中にご返信いたします。"],
    ..BASE
};

pub const THANKS_NAME: Rule = Rule {
    id: "SG-THANKS",
    severity: Severity::Info,
    category: Category::Language,
    tier: Tier::Strict,
    status: RuleStatus::Unverified,
    channels: &[Channel::CustomerReply],
    needs_channel: true,
    title: t("感谢信中用“○○さん”代替“お客様”", "お礼状では「お客様」より「○○さん」", "Use the buyer's name in thank-you notes"),
    message: t(
        "卖家指南（TikTok日本复购指南，未经验证）建议感谢卡用“○○さん”称呼买家，而不是笼统的“お客様”。",
        "セラー向けガイド（TikTok日本リピート施策、未検証）では、お礼状は「お客様」ではなく「○○さん」と名前で呼ぶことを勧めています。",
        "A seller guide (TikTok Japan loyalty guide, unverified) suggests addressing buyers by name (○○さん) in thank-you notes rather than お客様.",
    ),
    citation: cite(SELLER_GUIDES, "§4 TikTok日本 ロイヤルティガイド", "", "2025-07-14"),
    patterns: &["お客様|お客さま"],
    near: &[Near { words: &["ありがとう", "感謝", "お礼", "thank"], window: 40, effect: Effect::Require }],
    suggestions: &["○○さん"],
    example_scope: Scope::channel(Channel::CustomerReply),
    ng: &["お客様、この度はご購入ありがとうございました", "ありがとうございました。お客様のまたのご来店をお待ちしております"],
    ok: &["山田さん、この度はご購入ありがとうございました", "お客様窓口の営業時間は平日10時〜18時です"],
    ..BASE
};

/// The seller guide's claimed Rakuten creator rule: every post carries #楽天市場で購入.
fn missing_rakuten_tag(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    let relevant = matches!(scope.channel, Some(Channel::RakutenRoom | Channel::CreatorPost));
    if relevant && !doc.folded.text.contains(&*fold_word("#楽天市場で購入")) {
        vec![Hit {
            start: 0,
            end: 0,
            severity: None,
        }]
    } else {
        Vec::new()
    }
}

pub const RAKUTEN_TAG: Rule = Rule {
    id: "UV-RAKUTEN-TAG",
    severity: Severity::Info,
    category: Category::Platform,
    tier: Tier::SellerGuideUnverified,
    status: RuleStatus::Unverified,
    channels: &[Channel::RakutenRoom, Channel::CreatorPost],
    needs_channel: true,
    title: t("卖家指南说法（未验证）：需带 #楽天市場で購入", "セラー向けガイドの主張（未検証）：#楽天市場で購入", "Seller-guide claim (unverified): #楽天市場で購入 tag"),
    message: t(
        "卖家指南称乐天达人帖子必须带“#楽天市場で購入”，但没有找到任何官方来源。仅作为可选提醒；乐天真正要求的是有利益关系时标注PR并表明链接指向乐天。",
        "セラー向けガイドは楽天のクリエイター投稿に「#楽天市場で購入」が必須としていますが、公式の根拠は見つかっていません。任意の注意喚起です。楽天が実際に求めているのは、利害関係がある場合のPR表示とリンク先が楽天であることの明示です。",
        "A seller guide says Rakuten creator posts must carry #楽天市場で購入; no official source was found. Opt-in reminder only — what Rakuten does require is a PR label when there is a benefit and making clear the link goes to Rakuten.",
    ),
    citation: cite(SELLER_GUIDES, "§1 Rakuten creator guide (2026-03-21) — seller-guide claim (unverified)", "", "2026-03-21"),
    check: Some(missing_rakuten_tag),
    suggestions: &["#楽天市場で購入"],
    example_scope: Scope::channel(Channel::RakutenRoom),
    ng: &["このタオル最高！ #PR", "楽天で買えます #PR"],
    ok: &["このタオル最高！ #楽天市場で購入 #PR", "#楽天市場で購入 ふわふわです"],
    ..BASE
};

pub const BLANKET_BAN: Rule = Rule {
    id: "UV-BANNED-WORDS",
    severity: Severity::Warning,
    tier: Tier::SellerGuideUnverified,
    status: RuleStatus::Unverified,
    title: t("卖家指南说法（未验证）：禁用“最安/No.1/即效性/绝对”", "セラー向けガイドの主張（未検証）：最安・No.1・即効性・絶対の一律禁止", "Seller-guide claim (unverified): blanket ban on 最安 / No.1 / 即効性 / 絶対"),
    message: t(
        "卖家指南称乐天/TikTok一律禁止“最安”“No.1”“即效性”“绝对不会失败”。实际上这些词有依据时可以使用（见KH-NO1、KH-CHEAP）。此规则仅供想完全回避这些词的卖家选择开启。",
        "セラー向けガイドは「最安」「No.1」「即効性」「絶対に失敗しない」が一律禁止としていますが、実際には根拠があれば表示できます（KH-NO1・KH-CHEAP参照）。これらの語を一切使わない方針の場合にのみ有効にしてください。",
        "Seller guides say 最安, No.1, 即効性 and 絶対に失敗しない are banned outright; in fact they are allowed with evidence (see KH-NO1, KH-CHEAP). Enable only if you want to avoid these words entirely.",
    ),
    citation: cite(SELLER_GUIDES, "§1 Rakuten creator guide; §2 TikTok LinkStar guide — seller-guide claim (unverified)", "", "2026-03-21"),
    patterns: &["最安|最安値|no.1|no1|ナンバーワン|即効性|絶対に失敗しない|絶対失敗しない|絶対"],
    suggestions: &["使いやすさにこだわったコスメ"],
    ng: &["絶対に失敗しないコスメ", "即効性バツグン"],
    ok: &["失敗しにくい色選びのコツ", "使いやすいコスメ"],
    ..BASE
};
