//! Marketplace and social-platform rules: Rakuten, TikTok Shop, Amazon (compliance.md §2, §6.6).

use super::super::checks::*;
use super::super::rule::{Category, Channel, Claim, Effect, Near, ProductClass, Rule, RuleStatus, Scope, Severity, BASE};
use super::cosmetics::FABRIC;
use super::{cite, t};
use crate::lint::engine::Doc;
use crate::lint::lexicon;
use crate::lint::normalize::fold_word;
use crate::lint::rule::Hit;

const RAKUTEN: &[Channel] = &[Channel::RakutenListing];
const TIKTOK: &[Channel] = &[Channel::TiktokListing, Channel::TiktokScript];

pub const RK_RANK: Rule = Rule {
    id: "RK-RANK",
    category: Category::Platform,
    channels: RAKUTEN,
    title: t("乐天排名表述缺少必要信息", "楽天ランキング表示の必須項目", "Rakuten ranking claim missing required details"),
    message: t(
        "“乐天排名第1”须同时写明：对象期间（日期/更新时间）、统计期间（实时/每日/每周/每月）、类目（官方类目名）、筛选条件和名次。",
        "「楽天ランキング1位」には対象期間（日付・更新日時）、集計期間（リアルタイム／デイリー／週間／月間）、ジャンル（正式名）、絞込み条件、順位をすべて記載してください。",
        "A 'Rakuten ranking No.1' claim must give the date (update time), aggregation period (real-time/daily/weekly/monthly), official genre, filters and rank.",
    ),
    citation: cite("楽天ランキングへのランクイン実績等の表示に関するガイドライン", "対象期間・集計期間・ジャンル・絞込み条件・順位", "https://commerce-design.net/", "2015-03-05"),
    check: Some(rakuten_ranking),
    suggestions: &["楽天ランキング（○年○月○日更新・○○ジャンル・デイリー）"],
    ng: &["楽天ランキング1位獲得！", "楽天ランキング入賞の人気アイテム"],
    ok: &["楽天ランキング1位（2025年5月10日更新・デイリー・美容液ジャンル）", "楽天市場店でも販売しています"],
    ..BASE
};

pub const RK_PRICE: Rule = Rule {
    id: "RK-PRICE",
    severity: Severity::Warning,
    category: Category::Platform,
    channels: RAKUTEN,
    needs_channel: true,
    title: t("乐天对比价格缺少证据", "楽天の比較対照価格の根拠", "Rakuten reference price without evidence"),
    message: t(
        "乐天的“本店通常价格”须在最近2周内以该价格销售，且过去8周中有4周；“厂商建议零售价”须在页面上提供厂商目录或网站证据。",
        "楽天では「当店通常価格」は直近2週間以内の販売実績かつ過去8週間のうち4週間以上が必要で、「メーカー希望小売価格」はメーカーカタログ・サイト等の根拠をページ上に示す必要があります。",
        "On Rakuten a 'usual shop price' needs sales within the last 2 weeks and 4 of the past 8 weeks; an MSRP needs on-page evidence (maker catalogue or site).",
    ),
    citation: cite("楽天市場 価格表示ガイドライン（二重価格）", "当店通常価格・メーカー希望小売価格", "https://jagoo.co.jp/column/rakuten_doubleprice", ""),
    patterns: &["当店通常価格|メーカー希望小売価格|希望小売価格|通常価格"],
    near: &[Near { words: &["販売期間", "の販売価格", "カタログ", "メーカーサイト", "に基づく", "~"], window: 40, effect: Effect::Suppress }],
    suggestions: &["当店通常価格（○年○月○日〜○月○日の販売価格）"],
    example_scope: Scope::channel(Channel::RakutenListing),
    ng: &["当店通常価格9,800円のところ", "メーカー希望小売価格12,000円"],
    ok: &["当店通常価格（2025年3月1日〜4月30日の販売価格）9,800円", "メーカー希望小売価格（メーカーカタログに基づく）12,000円"],
    ..BASE
};

pub const RK_REQ: Rule = Rule {
    id: "RK-REQ",
    severity: Severity::Info,
    category: Category::Platform,
    classes: &[ProductClass::Cosmetics, ProductClass::QuasiDrug, ProductClass::HealthFood, ProductClass::FunctionalFood],
    needs_class: true,
    title: t("化妆品/健康食品必填项目", "化粧品・健康食品の必須記載項目", "Required fields for cosmetics and health foods"),
    message: t(
        "化妆品、健康食品页面须有：广告文责（公司名和电话）、厂商名、区分（化妆品/医药部外品/健康食品等）、全成分或原材料。",
        "化粧品・健康食品のページには広告文責（会社名・電話番号）、メーカー名、区分（化粧品／医薬部外品／健康食品など）、全成分または原材料の記載が必要です。",
        "Cosmetic and health-food pages need 広告文責 (company and phone), maker, product category and full ingredients.",
    ),
    citation: cite("楽天市場 薬機法関連商材の取扱いに関するガイドライン／薬機法61条", "必須記載事項", "https://captainec.jp/rakuten/other/build/rakuten_yakujihou", ""),
    check: Some(required_fields),
    suggestions: &["区分：化粧品／全成分：…／メーカー：…／広告文責：○○株式会社 03-0000-0000"],
    example_scope: Scope { class: Some(ProductClass::Cosmetics), channel: Some(Channel::RakutenListing), ..Scope::ANY },
    ng: &["うるおいを与える化粧水です。", "保湿クリーム 50g"],
    ok: &[
        "区分：化粧品\n全成分：水、グリセリン\nメーカー：株式会社サンプル\n広告文責：株式会社サンプル 03-0000-0000",
        "広告文責：サンプル株式会社（03-0000-0000）／メーカー：サンプル化粧品／区分：化粧品／全成分：水、BG、グリセリン",
    ],
    ..BASE
};

pub const RK_EXT: Rule = Rule {
    id: "RK-EXT",
    category: Category::Platform,
    // Replies to buyers too: steering a buyer to order or pay off the marketplace breaks every
    // marketplace's terms, whichever the reply is sent on.
    channels: &[Channel::RakutenListing, Channel::RakutenRoom, Channel::CustomerReply],
    needs_channel: true,
    title: t("引导到乐天以外", "楽天外への誘導", "Steering buyers off Rakuten"),
    message: t(
        "乐天商品页和给买家的回复不得放外部URL、LINE ID，或写“也可通过邮件/电话订购”“在官网买更便宜”。",
        "楽天の商品ページや購入者への返信に、外部URL・LINE IDの掲載や「メール・電話でも注文可」「公式サイトの方が安い」などの記載はできません。",
        "Rakuten listings and replies to buyers may not carry external URLs, LINE IDs, 'also order by email/phone' or 'cheaper on our own site'.",
    ),
    citation: cite(
        "楽天市場 取扱禁止商材・禁止行為ガイドライン",
        "他サイトへの誘導の禁止",
        "https://brain-trust.jp/knowhow/rakuten-rule",
        "2018-01-25",
    ),
    patterns: &[
        "http://|https://|www.|.com|.jp|line id|lineid|@gmail|@yahoo|@outlook",
        "メール|電話|fax|line + でも|で + 注文|ご注文|購入",
        "公式サイトならもっと安|公式サイトで購入|公式サイトはこちら|公式サイトの方が安",
        "インスタのdm|dmで|公式オンラインストア|自社通販サイト|当店公式サイト|ホームページから直接|直接ご注文|直接お振込|楽天を通さず|line登録|ライン ＠|ライン@|yahoo!ショッピング店|amazon店|ふるさと納税サイト|直販サイト|ググって|で検索してね|で検索!|で検索！|他サイト|友だち追加|友達追加|メールで直接|直接ご注文いただ|本家の通販サイト|通販サイトで買ったほうが|当社ホームページから|当店ホームページから|自社サイトから|自社サイトで|公式ショップから|楽天を通さずに|直接お振り込み|直接のお取引|直接取引",
        "paypay送金|ペイペイ送金|銀行振込でお支払いいただくと|直接振込|メルカリ|ヤフオク|ラクマ|paypayフリマ|qoo10|amazonでも出品|他モールでも|でも出品中",
        "送料無料 + ~ 別途 + 手数料|梱包料|梱包手数料",
    ],
    claims: &[
        Claim::new(&[lexicon::OFFSITE_PLACES, lexicon::OTHER_MARKETS], &[lexicon::ORDER_ACTIONS, lexicon::OFFSITE_ACTIONS]).reach(20).either_order().across_commas(),
        Claim::new(&[lexicon::DIRECT_CONTACT], &[lexicon::ORDER_ACTIONS]).reach(12).either_order(),
    ],
    exceptions: OFFSITE_LOOKALIKES,
    near: &[Near {
        words: &["rakuten.co.jp", "rakuten.ne.jp"],
        window: 30,
        effect: Effect::Suppress,
    }],
    suggestions: &["商品の詳細は下記の説明をご覧ください"],
    example_scope: Scope::channel(Channel::RakutenListing),
    ng: &["公式サイトならもっと安い→https://example.com", "LINE IDでもご注文を承ります"],
    ok: &[
        "商品の詳細は下記の説明をご覧ください",
        "https://item.rakuten.co.jp/sample-shop/ の関連商品もご覧ください",
    ],
    ..BASE
};

/// What makes a place off the marketplace steering when the channel is unknown.
const OFFSITE_OFFERS: &[&str] = &[
    "安い",
    "安く",
    "お得",
    "割引",
    "off",
    "直接注文",
    "直接ご注文",
    "注文受付",
    "ご注文受付",
    "注文ok",
    "注文可",
    "注文できます",
    "販売中",
    "買えます",
    "購入できます",
    "追加で",
    "登録で",
];

/// Off-platform steering when the caller has not said where the copy goes: every marketplace this
/// tool serves (Rakuten, Amazon, Yahoo!, TikTok Shop, Qoo10) bars it. Claims only — a bare URL or
/// 公式サイト is not steering without an order, a price or a follow beside it.
pub const MARKETPLACE_EXT: Rule = Rule {
    id: "MK-EXT",
    category: Category::Platform,
    severity: Severity::Warning,
    unset_channel_only: true,
    title: t("引导到平台以外（未指定渠道）", "モール外への誘導（掲載先未指定）", "Steering buyers off the marketplace (channel not given)"),
    message: t(
        "如果这段文案用于乐天、亚马逊、雅虎、TikTok Shop等平台：引导买家去官网、LINE、DM、其他商城下单或享受更低价格，违反各平台规则。请在平台内完成交易，删除站外引导。",
        "このコピーを楽天・Amazon・Yahoo!・TikTok Shopなどのモールに掲載する場合、公式サイト・LINE・DM・他モールでの注文や「そちらの方が安い」への誘導は各モールの規約違反です。取引はモール内で完結させ、外部への誘導を削除してください。",
        "If this copy goes on Rakuten, Amazon, Yahoo!, TikTok Shop or another marketplace, steering buyers to order, pay or find a better price on your own site, LINE, DMs or another mall breaks every marketplace's terms. Keep the sale on the platform and remove the steering.",
    ),
    citation: cite(
        "楽天市場 禁止行為ガイドライン／Amazon 出品者の禁止活動および行為／TikTok Shop 出品者行動規範",
        "他サイトへの誘導の禁止（各モール共通）",
        "https://sellercentral.amazon.co.jp/help/hub/reference/external/G1801",
        "2024-01-01",
    ),
    // Without a channel the copy may be ordinary prose (注文確認メールで, ホームページをご覧ください):
    // only a better price, an order taken or a sale off the platform counts.
    claims: &[Claim::new(&[lexicon::OFFSITE_PLACES, lexicon::OTHER_MARKETS, &["楽天", "rakuten"]], &[OFFSITE_OFFERS]).reach(12).either_order()],
    exceptions: OFFSITE_LOOKALIKES,
    suggestions: &["ご注文はこのページからお願いいたします"],
    ng: &["公式サイトならもっと安い", "LINEで直接注文OK"],
    ok: &["ご注文はこのページからお願いいたします", "公式サイトで使い方の動画を公開しています"],
    ..BASE
};

pub const RK_REVIEW: Rule = Rule {
    id: "RK-REVIEW",
    category: Category::Platform,
    channels: RAKUTEN,
    title: t("以评价内容为条件的奖励", "レビュー内容を条件とする特典", "Review reward conditional on rating"),
    message: t(
        "不得以五星/好评为条件提供奖励，也不得在评价发布前（到货前）发放奖励。奖励须面向所有评价，在发布后提供。",
        "★5や高評価を条件とする特典、レビュー投稿前（商品到着前）の特典付与はできません。特典はすべてのレビューを対象に、投稿後に付与してください。",
        "Rewards may not depend on a 5-star or positive review, nor be given before the review (before delivery); offer them for any review, after posting.",
    ),
    citation: cite("楽天市場 レビューに関するガイドライン", "特典とレビュー", "https://brain-trust.jp/knowhow/rakuten-rule", ""),
    patterns: &[
        "★5|☆5|星5|星5つ|5つ星|高評価 + レビュー|評価|の評価|をつけ|を付け",
        "到着前|商品到着前|投稿前に|レビュー前に + クーポン|付与|プレゼント|割引",
    ],
    suggestions: &["レビューを書いてくださった方全員に、投稿確認後クーポンを進呈します"],
    ng: &["★5レビューでクーポンプレゼント", "高評価レビューを書いてくれた方に次回10%OFF"],
    ok: &["レビューを書いてくれた方全員に、投稿確認後クーポンを進呈します", "レビューのご投稿をお待ちしております"],
    ..BASE
};

pub const TT_CLAIM: Rule = Rule {
    id: "TT-CLAIM",
    category: Category::Platform,
    channels: TIKTOK,
    needs_channel: true,
    title: t("TikTok禁止的功效/减肥表述", "TikTokで禁止される効果・痩身表現", "Effect or weight-loss wording banned on TikTok"),
    message: t(
        "TikTok Shop禁止对非药品进行药效、速效、奇迹效果或改变身体的宣称，也禁止“瘦身”“减肥”类标签。",
        "TikTok Shopでは医薬品でない商品の医薬的効果・即効性・奇跡的効果・身体の変化の表示、「痩せ」「ダイエット」系ハッシュタグが禁止されています。",
        "TikTok Shop bans medicinal, instant, miracle or body-change claims for non-medicinal products and weight-loss hashtags.",
    ),
    citation: cite("TikTok Shop 誤解を招く商品情報（機能・効果）ポリシー", "Misleading Claims (Health & Beauty Products)", "https://seller-th.tiktok.com/university/essay?knowledge_id=4924400659187458", "2025-06-30"),
    patterns: &[
        "＃痩せ|＃やせ|＃ダイエット|＃痩せたい|＃ダイエット効果|＃即効|＃美白|＃シミ消し|＃小顔|＃脂肪燃焼",
        "奇跡の|魔法の|即効|一瞬で|飲むだけで|塗るだけで|貼るだけで",
    ],
    near: &[Near { words: FABRIC, window: 30, effect: Effect::Suppress }],
    suggestions: &["毎日のスキンケアに #スキンケア"],
    example_scope: Scope::channel(Channel::TiktokScript),
    ng: &["これで夏までに #痩せたい", "塗るだけで肌が変わる！"],
    ok: &["毎日のスキンケアに #スキンケア", "しっとり使える保湿クリーム #保湿"],
    ..BASE
};

pub const TT_PRICE: Rule = Rule {
    id: "TT-PRICE",
    severity: Severity::Warning,
    category: Category::Platform,
    status: RuleStatus::Unverified,
    channels: &[Channel::TiktokScript],
    needs_channel: true,
    title: t("视频中的价格须与商品页一致", "動画内の価格表示は商品ページと一致させる", "Video prices must match the live listing"),
    message: t(
        "短视频/直播中的“最低价”“限时”“促销”须与当时商品页完全一致，并写明日期。（报道来源，未经官方确认。）",
        "動画・ライブでの「最安」「今だけ」「セール」は商品ページと完全に一致させ、期間を明記してください（業界報道による。公式未確認）。",
        "'Lowest', 'now only' or 'sale' in videos must match the live product page exactly, with dates (trade-press report, not officially confirmed).",
    ),
    citation: cite("TikTok Shop ショップ動画ルール（業界報道）", "価格・キャンペーン表示", "https://sharing-live.jp/magazine/?p=566", ""),
    patterns: &["最安|最安値|今だけ|セール中|セール|激安|タイムセール|特別価格|限定価格"],
    near: &[Near { words: &["日まで", "時まで", ":59"], window: 40, effect: Effect::Suppress }],
    suggestions: &["価格は商品ページをご確認ください（○月○日○時まで）"],
    example_scope: Scope::channel(Channel::TiktokScript),
    ng: &["今だけ最安値でゲットして！", "セール中だからお得！"],
    ok: &["価格は商品ページをご確認ください", "この色は定番カラーです"],
    ..BASE
};

pub const TT_LINK: Rule = Rule {
    id: "TT-LINK",
    category: Category::Platform,
    channels: &[Channel::TiktokListing, Channel::TiktokScript],
    needs_channel: true,
    title: t("TikTok商品页的站外引导", "TikTok Shop商品ページの外部誘導", "Off-platform steering in a TikTok Shop listing"),
    message: t(
        "TikTok Shop商品信息中不得包含站外链接、联系方式或其他平台（Amazon/乐天/Shein等）。",
        "TikTok Shopの商品情報に外部リンク・連絡先・他プラットフォーム（Amazon・楽天・SHEINなど）への言及は入れられません。",
        "TikTok Shop listings may not include off-platform links, contact details or other marketplaces (Amazon, Rakuten, Shein…).",
    ),
    citation: cite("TikTok Shop 出品ポリシー（業界報道）", "外部誘導の禁止", "https://sharing-live.jp/magazine/?p=566", ""),
    status: RuleStatus::Unverified,
    patterns: &["http://|https://|www.|amazon|アマゾン|楽天|rakuten|shein|シーイン|メルカリ|yahoo|ヤフー|line id|lineで|@gmail|公式サイト|instagram|インスタ|dmで|dmください|dmくれ|プロフのリンク|別アカウント",
        "qoo10|電話でのご注文|お電話でのご注文|電話番号を書いて|電話番号をコメント|line公式|ラインで",
    ],
    suggestions: &["ご不明点はショップチャットでお問い合わせください"],
    example_scope: Scope::channel(Channel::TiktokListing),
    ng: &["Amazonでも販売中です", "詳しくはhttps://example.comへ"],
    ok: &["TikTok Shopでご購入いただけます", "ご不明点はショップチャットでお問い合わせください"],
    claims: &[
        Claim::new(&[lexicon::OFFSITE_PLACES, lexicon::OTHER_MARKETS, &["楽天", "rakuten"]], &[lexicon::ORDER_ACTIONS, lexicon::OFFSITE_ACTIONS]).reach(20).either_order().across_commas(),
        Claim::new(&[lexicon::DIRECT_CONTACT], &[lexicon::ORDER_ACTIONS]).reach(12).either_order(),
    ],
    exceptions: OFFSITE_LOOKALIKES,
    ..BASE
};

/// Words that contain a place name without being one (フェイスラインで, インスタント, DM便), and
/// 楽天ポイント, which a TikTok script may compare without sending anyone to Rakuten; a reply that
/// points to the marketplace's own order history (Amazonの注文履歴) or cites a site as a price source.
const OFFSITE_LOOKALIKES: &[&str] = &[
    "フェイスライン",
    "ボディライン",
    "ネックライン",
    "ウエストライン",
    "デコルテライン",
    "ヒップライン",
    "バストライン",
    "アイライン",
    "ガイドライン",
    "オンライン",
    "ラインストーン",
    "縦ライン",
    "横ライン",
    "ライン使い",
    "インスタント",
    "dm便",
    "直接肌",
    "直接塗",
    "直接日光",
    "直射",
    "商品ページのurl",
    "楽天ポイント",
    "の注文履歴",
    "の購入履歴",
    "サイト掲載",
    "サイトに掲載",
    "サイト記載",
    "出品者間メッセージ",
    "購入者・出品者間",
    "楽天カード",
    "楽天ペイ",
];

pub const AZ_TITLE: Rule = Rule {
    id: "AZ-TITLE",
    category: Category::Platform,
    channels: &[Channel::AmazonTitle],
    needs_channel: true,
    title: t("亚马逊商品标题规范", "Amazon商品名のルール", "Amazon title rules"),
    message: t(
        "亚马逊标题不能包含“包邮”“促销”“超低价”“最便宜”、折扣率、积分倍数、【】装饰或半角片假名，长度不超过50个全角字符；格式为“品牌 商品名 规格 型号 容量”。",
        "Amazonの商品名には「送料無料」「セール」「激安」「最安」、割引率、ポイント倍率、【】などの装飾、半角カタカナを入れず、全角50文字以内で「ブランド 商品名 仕様 型番 容量」としてください。",
        "Amazon titles may not contain free shipping, sale, cheapest, discount rates, point multipliers, 【】 decorations or half-width katakana, and stay within 50 full-width characters: 'brand name spec model size'.",
    ),
    citation: cite("Amazon出品規約（商品名スタイルガイド）", "商品名のルール", "https://jagoo.co.jp/column/amazon-naming-rules", ""),
    status: RuleStatus::Secondary,
    patterns: &["送料無料|セール|sale|激安|最安|%off|#%off|##%off|ポイント#倍|ポイント##倍|【|】|★|☆|お買い得|期間限定|新品未使用|大特価|特価|在庫処分|在庫一掃|(公式)|（公式）|(正規品)|（正規品）|安心の#年保証|‼|《|》|今だけ|数量限定",
        "♪|♡|♥|❤|即日発送|送料込み|送料込|お得|超お得|最新版",
        // Contact details and links are not part of a product name.
        "http://|https://|www.|お問い合わせ|問い合わせ|ご連絡ください|line@|line @|@gmail|返品不可",
    ],
    check: Some(amazon_title_shape),
    suggestions: &["ブランド 商品名 仕様 型番 容量"],
    example_scope: Scope::channel(Channel::AmazonTitle),
    ng: &["【送料無料】モバイルバッテリー 10000mAh 大容量", "ｽﾏﾎｹｰｽ iPhone15 対応"],
    ok: &["Anker モバイルバッテリー PowerCore 10000 A1263", "サンプル 折りたたみ傘 晴雨兼用 UVカット 軽量"],
    // Amazon's own contact route is not contact information.
    exceptions: &["出品者に問い合わせ", "購入履歴から"],
    ..BASE
};

pub const AZ_DISEASE: Rule = Rule {
    id: "AZ-DISEASE",
    category: Category::Platform,
    channels: &[Channel::AmazonTitle],
    needs_channel: true,
    classes: &[ProductClass::Food, ProductClass::HealthFood, ProductClass::FunctionalFood, ProductClass::Goods, ProductClass::BeautyDevice],
    title: t("亚马逊禁止的疾病名称", "Amazonで禁止される病名", "Disease names banned on Amazon"),
    message: t(
        "亚马逊禁止食品、保健品、杂货使用疾病名称（癌症、衣原体、HPV、CMV等）；标榜功效的商品会被下架。",
        "Amazonでは食品・サプリ・雑貨に病名（がん、クラミジア、HPV、CMVなど）を使うことが禁止され、効果効能を標ぼうする商品は掲載停止になります。",
        "Amazon bans disease names (cancer, chlamydia, HPV, CMV…) for food, supplements and goods; efficacy-claiming listings are suppressed.",
    ),
    citation: cite("Amazon 効果効能を標ぼうする商品に関するポリシー", "禁止ワード（病名）", "https://ageneralstudio.com/blog/2129-2", ""),
    status: RuleStatus::Secondary,
    patterns: &["がん|癌|ガン|類がん|クラミジア|サイトメガロウイルス|ヒトパピローマウイルス|hpv|cmv|糖尿病|高血圧|認知症|インフルエンザ|アトピー|花粉症|水虫"],
    // 「糖尿病などの疾病の治療を目的としたものではありません」 names the disease to deny it.
    near: &[Near { words: super::cosmetics::CAUTIONS, window: 30, effect: Effect::Suppress }],
    exceptions: &["がんば", "ガンメタ", "がんも", "ガンマ", "がんこ", "頑張"],
    suggestions: &["国産 大麦若葉 青汁 30包"],
    example_scope: Scope { channel: Some(Channel::AmazonTitle), class: Some(ProductClass::HealthFood), ..Scope::ANY },
    ng: &["がんに負けない青汁 30包", "花粉症 サプリ 60粒"],
    ok: &["国産 大麦若葉 青汁 30包", "がんばる受験生応援 チョコレート 12個入り"],
    ..BASE
};

// Whole-text checks.

/// RK-REQ: cosmetics and health foods must show 広告文責, メーカー, 区分 and 全成分/原材料.
fn required_fields(doc: &Doc, scope: &Scope) -> Vec<Hit> {
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

/// RK-RANK: a Rakuten ranking claim must state the date, aggregation period and genre.
fn rakuten_ranking(doc: &Doc, _scope: &Scope) -> Vec<Hit> {
    const DATE: &[&str] = &["年", "月", "日", "更新", "集計日", "/"];
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
    const GENRE: &[&str] = &["ジャンル", "部門", "カテゴリ", "総合", ">"];
    const NAMES: &[&str] = &[
        "楽天ランキング",
        "楽天デイリー",
        "楽天リアルタイム",
        "楽天週間",
        "楽天月間",
        "ランキング常連",
    ];
    let mut hits: Vec<Hit> = Vec::new();
    let mut covered = 0;
    for (start, end) in find_all(doc, NAMES) {
        // 楽天ランキング1位 is one claim, not two.
        if start < covered {
            continue;
        }
        covered = end;
        let (from, to) = doc.window(start, end, 120);
        let window = &doc.folded.text[from..to];
        let claims_rank = ["位", "入賞", "獲得", "受賞", "no.1", "no1", "ランクイン", "常連", "多数"]
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
fn amazon_title_shape(doc: &Doc, _scope: &Scope) -> Vec<Hit> {
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
