//! 薬機法 66条 and 医薬品等適正広告基準 for cosmetics and quasi-drugs (compliance.md §1.2, §6.3).
//! Efficacy-on-body rules apply to every class (a supplement cannot erase spots either); the
//! allow-list and class-specific rules need the product class.

use super::super::lexicon;
use super::super::rule::{Claim, Effect, Near, ProductClass, Rule, RuleStatus, Scope, Severity, BASE};
use super::{cite, t, AD_STANDARD, AD_STANDARD_URL, YAKKI_66};
use crate::lint::rule::Citation;
use ProductClass::*;

const COSMETIC: Scope = Scope::class(Cosmetics);
/// Classes the 適正広告基準 covers (cosmetics, quasi-drugs, devices) plus those whose efficacy
/// claims are judged the same way under 46通知.
const AD_CLASSES: &[ProductClass] = &[Cosmetics, QuasiDrug, BeautyDevice, HealthFood, FunctionalFood, Goods];
/// Laundry, cleaning and ironing contexts where シミ/シワ are stains and creases (specific words:
/// 汚れ alone is also 毛穴の汚れ, 布 is also 塗布, 革 is also 革命).
pub(crate) const FABRIC: &[&str] = &[
    "衣類",
    "洗濯",
    "洋服",
    "衣服",
    "服の",
    "服に",
    "服を",
    "服が",
    "シャツ",
    "カーペット",
    "生地",
    "布地",
    "布製",
    "布団",
    "布の",
    "布巾",
    "ふきん",
    "油汚れ",
    "泥汚れ",
    "汚れ落とし",
    "汚れやシミ",
    "シミや汚れ",
    "シミ・汚れ",
    "汚れ・シミ",
    "シミ汚れ",
    "食べこぼし",
    "インク",
    "洗剤",
    "漂白剤",
    "シミ抜き",
    "しみ抜き",
    "アイロンがけ",
    "アイロンをかけ",
    "アイロン台",
    "アイロン不要",
    "ノーアイロン",
    "スチームアイロン",
    "スチーマー",
    "カーテン",
    "ズボン",
    "スーツ",
    "床の",
    "床に",
    "フローリング",
    "制服",
    "靴",
    "革製",
    "革靴",
    "本革",
    "合皮",
    "レザー",
    "コーヒー",
    "じゅうたん",
    "ソファ",
    "シーツ",
    "ネクタイ",
    "スカート",
    "ブラウス",
    "ワイン",
    "綿100",
    "綿素材",
    "綿混",
    "麻素材",
    "麻混",
    "リネン",
    "湯気",
    "脱水",
    "霧吹き",
    "こぼし",
    "襟",
    "えり汚れ",
    "袖口",
    "黄ばみ",
];

/// A colour or cover effect declared as make-up (メーキャップ効果): appearance, not efficacy.
const MAKEUP_EFFECT: &[&str] = &["メーキャップ効果", "メイクアップ効果", "メイク効果"];

/// A clinic, a doctor or a prescription as the one acting (整形外科では…治療を行っています, 医師の回答,
/// 処方された塗り薬): medical practice described, not a product's claim.
pub(crate) const MEDICAL_SETTING: &[&str] = &[
    "科では",
    "当院",
    "病院では",
    "医院では",
    "クリニックでは",
    "歯医者さんで",
    "医師の回答",
    "医師は",
    "医者は",
    "処方された",
    "処方して",
    "処方してもら",
    "訓練を行って",
    "治療を行って",
    "診療を行って",
    "早めに病院",
    "病院へ行って",
    "病院に行って",
    "歯科や",
    "歯科へ",
    "皮膚科へ行って",
    "皮膚科に行って",
];

/// Health changes put down to medical care, public-health measures, one's own habits or time, and
/// the register of diaries and health education (薬を飲み始めて, 健康診断, 手洗い, 間食をやめて,
/// 時間がたった, ことが知られています): someone's health described, not a product's claim. None of
/// these says what a product does, so a listing that names them still gets every other check.
pub(crate) const CARE_AND_HABITS: &[&str] = &[
    "薬を飲み始め",
    "薬を飲んでいる",
    "薬を飲む",
    "薬を使う",
    "薬を使い",
    "薬の効果なのか",
    "降圧薬",
    "抗生物質",
    "保湿剤を",
    "早く治療",
    "治療を受け",
    "受診",
    "診てもら",
    "診察",
    "通院し",
    "通院中",
    "入院",
    "リハビリ",
    "健康診断の結果",
    "抗体",
    "病原体",
    "医療費",
    "フッ素塗布",
    "自己判断",
    "水分をと",
    "こまめに水分",
    "手洗い",
    "ワクチン",
    "保健目標",
    "保健室",
    "公共施設",
    "日光に当た",
    "間食をやめ",
    "歩いただけ",
    "歩くように",
    "散歩を始め",
    "自炊",
    "ジムの",
    "食事の量",
    "夏バテ",
    "ダイエット記録",
    "時間がたった",
    "と聞いて",
    "ほっとした",
    "ことが知られ",
    "消化酵素",
    "ジョギング",
    "筋トレを始め",
    "自転車で通勤",
    "炭水化物を抜",
    "つわり",
    "胃腸炎",
    "再検査",
    "吸入薬",
    "保険適用",
    "審議会",
    "研究チームは",
    "研究が",
    "講義",
    "除菌",
    "かかりつけ医に相談",
    "とされています",
    "勧められてい",
    "ことが分かって",
    "着用しましょう",
    // Clinical practice and care described: drugs, procedures, check-ups, exercise, history.
    "抗ヒスタミン薬",
    "吸入ステロイド",
    "内視鏡",
    "切除",
    "特効薬",
    "服用しても",
    "服用後",
    "と言われたので",
    "の先生に",
    "小児科",
    "動物病院",
    "ストレッチを",
    "腹筋",
    "ゴム手袋",
    "保湿を",
    "健康診断",
    "健診で",
    "献血",
    "ダイエット日記",
    "一喜一憂",
    "避難所",
    "民間療法",
    "生存率",
    "晩年",
    "亡くなった",
    "アルコール消毒",
    "花粉の季節が終わ",
    "歯医者で",
    "接種後",
    "副反応",
    "造影剤",
    "施術後",
    "自由診療",
    "経過観察",
    // Plants and their diseases.
    "栽培",
    "苗",
    "散布",
    "剪定",
    "花がら",
    "果樹",
    "台木",
    "害虫",
    "獣医",
];

/// The register of health education (歯周病は…病気です, 合併症が起こることがあります, 効果的とされています):
/// a course of disease explained, where a fear appeal would press the reader to buy.
pub(crate) const HEALTH_EDUCATION: &[&str] = &[
    "病気です",
    "病気で、",
    "ことがあります",
    "ことがある",
    "とされています",
    "原因菌",
    "冷蔵庫で保存",
];

/// A certified or approved medical device may state its certified efficacy (薬機法 23条の2の23).
pub(crate) const CERTIFIED_DEVICE: Near = Near {
    words: &["管理医療機器", "認証番号", "承認番号", "医療機器認証", "医療機器承認"],
    window: 200,
    effect: Effect::Suppress,
};

/// Caution statements that name a condition without claiming anything about it.
pub(crate) const CAUTIONS: &[&str] = &[
    "ご相談",
    "をご確認",
    "原材料表示",
    "相談して",
    "医師に",
    "医師の指示",
    "お控え",
    "使用を中止",
    "ご使用をおやめ",
    "目的としたものでは",
    "目的とするものでは",
    "お答えいたしかね",
    "お答えできかね",
    "お答えできません",
    "使用しないで",
    "お使いにならない",
    "治療中の方",
    "お召し上がりにならない",
    "召し上がらない",
    "受診",
    "医療機関",
    "飲み薬",
    "塗り薬",
    "外用薬",
    "抗生物質",
    "抗がん剤",
    "診療",
    "来院",
    "看護師",
    "処方",
    "自己判断",
    "診察",
    "面会",
    "接種",
    "リハビリ",
    "整骨院",
    "動物病院",
    "皮膚科では",
    "治療では",
    "の薬は",
    "進行すると",
];

const fn standard(article: &'static str) -> Citation {
    cite(AD_STANDARD, article, AD_STANDARD_URL, "2017-09-29")
}

pub const RANGE: Rule = Rule {
    id: "CS-RANGE",
    severity: Severity::Warning,
    classes: &[Cosmetics],
    needs_class: true,
    fallback: true,
    title: t("超出化妆品56项功效范围", "化粧品の効能効果（56項目）の範囲外", "Outside the 56 permitted cosmetic efficacies"),
    message: t(
        "化妆品只能宣称56项功效、化妆效果（遮盖、显亮）和使用感。“改善”“再生”“焕然新生”等身体变化表述属于药品性功效。请改成最接近的56项说法。",
        "化粧品で表示できるのは56項目の効能効果、メーキャップ効果、使用感のみです。「改善」「再生」「生まれ変わる」など身体の変化を示す表現は医薬品的な効能になります。最も近い56項目の表現に言い換えてください。",
        "Cosmetics may claim only the 56 listed efficacies, make-up effects and feel-in-use; 'improves', 'regenerates', 'reborn' describe body changes (drug efficacy). Use the nearest of the 56 phrasings.",
    ),
    citation: YAKKI_66,
    status: RuleStatus::Confirmed,
    patterns: &[
        "改善:s|解消:s|消える:1|消す:5s|治る:5r|治す:5s|生まれ変わる:5r|若返る:5r|促進:s|排出:s|分解:s|燃焼:s|引き上げる:1|白くなる:5r",
        "改善|解消|再生|修復|活性化|リフトアップ|小顔|美白|発毛|育毛|浸透力",
        "塗る美容整形|飲む美容整形|塗るボトックス|ボトックス級|塗るヒアルロン酸注入|ヒアルロン酸注入|注射に頼らない|メス要らず|メスいらず|切らない整形|整形級|整形いらず|皮膚科に行かなくて|皮膚科行かなくて|だけで治る|だけで治り|だけで治っ|だけで完治",
        "回復:s|よみがえる:5r|蘇る:5r|呼び覚ます:5s|呼びさます:5s|目覚めさせる:1|作り変える:1|作りかえる:1|作り直す:5s|リペア:s|強くする|強くします|強くなる|強くして|殺菌:s|殺す:5s|を止める:1|が止まる:5r",
        "塗る注射|飲む点滴|塗る点滴",
        "根本から + 立て直|改善|変え|治",
        "むくみ + を|が| ~ 流す:5s|取る:5r|解消|とる:5r",
        "強い肌に|肌を強く|肌が強く|肌を丈夫|体質改善|体質に|体質へ",
        "ぴたっと止",
    ],
    exceptions: &["ロゴが若返", "デザインが若返", "パッケージが若返", "白くならない", "白浮き", 
        "使い心地を改善", "使用感を改善", "処方を改善", "容器を改善", "パッケージを改善", "品質改善", "品質を改善", "政治", "退治",
        "取り消", "取消", "打ち消", "再生紙", "再生プラスチック", "再生素材", "再生ポリエステル", "再生ボタン", "再生時間", "再生回数", "動画を再生",
        "再生可能",
        "体質に合",
    ],
    suggestions: &["肌を整える", "肌にはりを与える", "皮膚にうるおいを与える", "肌のキメを整える"],
    example_scope: COSMETIC,
    ng: &["肌が生まれ変わる美容液", "肌の調子を改善するクリーム"],
    ok: &["肌を整える化粧水", "使い心地を改善したリニューアル品です"],
    // A bare verb is a claim only about the body: 手順を改善する or 若返った街 is not (体 only with a
    // particle: 自治体, 体制 and 具体 are not the body).
    near: &[
        Near { words: &["香り", "香", "ノート", "泡", "跡が残らず"], window: 10, effect: Effect::Suppress },
        Near {
            words: &[
                "肌", "皮膚", "顔", "毛穴", "髪", "頭皮", "体が", "体の", "体を", "体に", "体は", "体も", "身体", "からだ", "唇", "目元", "爪", "頬", "傷", "跡", "痕", "症状", "ニキビ", "シミ", "シワ", "しわ",
                "たるみ", "くすみ", "脂肪", "代謝", "細胞", "血行", "むくみ", "悩み", "荒れ", "ハリ", "毛", "汗", "菌", "ニオイ", "におい", "臭い", "バリア", "ダメージ", "体質", "肌質", "素肌", "土台",
                // a medical procedure named is itself about the body: 塗るボトックス, 整形級
                "ボトックス", "整形", "注射", "点滴", "メス",
            ],
            window: 15,
            effect: Effect::Require,
        },
    ],
    ..BASE
};

pub const SPOT: Rule = Rule {
    id: "CS-SPOT",
    status: RuleStatus::Confirmed,
    title: t("宣称祛斑", "シミが消える・取れる表示", "Claims to remove spots"),
    message: t(
        "“色斑消失/变淡/去除”是药品功效。化妆品最多只能写“防止日晒引起的色斑雀斑”（防晒产品）或“遮盖色斑”（化妆效果）；即便是医药部外品也不能说现有色斑会消失。",
        "「シミが消える・薄くなる・取れる」は医薬品的効能です。化粧品では「日やけによるシミ・ソバカスを防ぐ」（日やけ止め）か「シミをカバー」（メーキャップ効果）までです。医薬部外品でも既存のシミが消えるとは表示できません。",
        "'Spots disappear / fade / come off' is drug efficacy. Cosmetics can say 'prevents spots and freckles caused by sunburn' (UV products) or 'covers spots' (make-up); even quasi-drugs cannot say existing spots vanish.",
    ),
    citation: YAKKI_66,
    patterns: &["シミ|そばかす|肝斑|色素沈着 + が|を|も|は| ~ 消える:1|消す:5s|取れる:1|取る:5r|薄く|うすく|なくなる:5r|無くなる:5r|改善|解消|撃退|退治|消滅"],
    exceptions: &["をカバーして", "カバーして目立たな", "シミ・そばかすを防", "しみ・そばかすを防", "シミ、そばかすを防", "シミ・ソバカスを防", "シミを防", "しみを防", "楽しみ", "しみじみ", "しみる", "しみこ", "しみ込", "染み", "おしみ", "惜しみ", "悲しみ", "苦しみ", "親しみ", "慈しみ",
        "きしみ",
        "悲しみ",
        "苦しみ",
        "憎しみ",
        "親しみ",
        "慈しみ",
        "惜しみ",
        "しみる",
        "しみて",
        "しみます",
        "しみた",
        "しみない",
        "しみじみ",
        "しみこ",
        "しみ込",
        "しみわた",
        "しみ渡",
        "しみず",
    ],
    near: &[Near { words: MAKEUP_EFFECT, window: 20, effect: Effect::Suppress }, Near { words: FABRIC, window: 30, effect: Effect::Suppress }],
    suggestions: &["日やけによるシミ・ソバカスを防ぐ", "シミをカバーして目立たなく見せる（メーキャップ効果）"],
    ng: &["シミが消える美容液", "気になるシミを撃退！", "ｼﾐが薄くなる", "シミが完全に消える", "そばかすがみるみる薄く"],
    ok: &["日やけによるシミ・ソバカスを防ぐ", "シャツのシミを取る洗剤です", "週末の楽しみが消える心配はありません"],
    claims: &[Claim::new(&[lexicon::SPOTS], &[lexicon::REMOVE]).either_order()],
    ..BASE
};

pub const WRINKLE: Rule = Rule {
    id: "CS-WRINKLE",
    status: RuleStatus::Confirmed,
    title: t("宣称去皱", "シワが消える・なくなる表示", "Claims to remove wrinkles"),
    message: t(
        "“皱纹消失/抚平/改善”属于药品功效。化妆品只可在完成功效评价试验后写“使干燥引起的细纹不明显”，或化妆效果“遮盖细纹”。",
        "「シワが消える・なくなる・改善」は医薬品的効能です。化粧品では効能評価試験を行った上で「乾燥による小ジワを目立たなくする」、またはメーキャップ効果の「小ジワをカバー」までです。",
        "'Wrinkles vanish / smooth out / improve' is drug efficacy. Cosmetics may say 'makes fine lines from dryness less noticeable' (after the efficacy test) or 'covers fine lines' (make-up).",
    ),
    citation: YAKKI_66,
    patterns: &["シワ|小ジワ|小じわ|ほうれい線|目尻のシワ|法令線 + が|を|も|は| ~ 消える:1|消す:5s|なくなる:5r|無くなる:5r|取れる:1|取る:5r|伸ばす:5s|伸びる:1|改善|解消|予防|薄く|撃退"],
    exceptions: &["毛穴の汚れ", "毛穴汚れ", "毛穴の奥の汚れ", "毛穴の皮脂", "毛穴の黒ずみ", "乾燥による小ジワを目立たなく", "小ジワを目立たなく", "小じわを目立たなく", "しわざ", "仕業"],
    near: &[Near { words: MAKEUP_EFFECT, window: 20, effect: Effect::Suppress }, Near { words: FABRIC, window: 30, effect: Effect::Suppress }],
    suggestions: &["乾燥による小ジワを目立たなくする（効能評価試験済み）", "小ジワをカバー（メーキャップ効果）"],
    ng: &["シワがなくなるクリーム", "ほうれい線を消す美容液", "ほうれい線がすっきり消える"],
    ok: &["乾燥による小ジワを目立たなくする（効能評価試験済み）", "スチーマーでシャツのシワを伸ばす"],
    claims: &[Claim::new(&[lexicon::WRINKLES], &[lexicon::REMOVE, lexicon::REJUVENATE]).either_order()],
    approvable_for: &[QuasiDrug],
    approved_wording: &["シワを改善", "しわを改善", "シワ改善", "シワの改善"],
    ..BASE
};

pub const AGE: Rule = Rule {
    id: "CS-AGE",
    status: RuleStatus::Secondary,
    title: t("抗衰老/返老还童表述", "アンチエイジング・若返り表示", "Anti-ageing or rejuvenation claim"),
    message: t(
        "“抗衰老”“抗老化”“返老还童”暗示改变身体老化，属于药品功效。请改为“エイジングケア※（※按年龄进行的护理）”。",
        "「アンチエイジング」「抗加齢」「老化防止」「若返る」は老化そのものを変える医薬品的効能です。「エイジングケア※ ※年齢に応じたお手入れ」に言い換えてください。",
        "'Anti-ageing', 'prevents ageing' or 'rejuvenates' claims to change ageing itself (drug efficacy); use 'エイジングケア※ (※care suited to your age)'.",
    ),
    citation: YAKKI_66,
    patterns: &[
        "アンチエイジング|アンチ・エイジング|アンチエージング|anti-aging|antiaging|抗加齢|老化防止|老化予防|若返り|エイジングと戦う|肌年齢が若くなる|肌年齢を若く",
        "老化を防ぐ:5g|若返る:5r",
        "-#歳|-##歳|マイナス#歳|マイナス##歳 + 肌|若く|見え",
        "肌年齢マイナス|#歳若く|#歳若見え|#歳若返",
    ],
    exceptions: &["若返りの泉", "若返りの水", "若返ると、", "ロゴが若返", "デザインが若返", "パッケージが若返", "街が若返", "組織が若返", "チームが若返",
        "年齢に応じた",
    ],
    suggestions: &["エイジングケア※ ※年齢に応じたお手入れ"],
    ng: &["アンチエイジング美容液", "飲むだけで若返る", "-10歳肌を目指す"],
    ok: &["エイジングケア※ ※年齢に応じたお手入れ", "年齢に応じたお手入れに"],
    claims: &[Claim::new(&[lexicon::AGEING], &[lexicon::REJUVENATE]).either_order()],
    ..BASE
};

pub const WHITE: Rule = Rule {
    id: "CS-WHITE",
    status: RuleStatus::Secondary,
    classes: &[Cosmetics, QuasiDrug, HealthFood, FunctionalFood, Food, Goods, BeautyDevice],
    title: t("美白/变白表述", "美白・肌が白くなる表示", "Whitening claim"),
    message: t(
        "“美白”“皮肤变白”只有获批的医药部外品可以用“抑制黑色素生成，防止色斑雀斑”的形式表述；化妆品只能写化妆效果（“明亮印象”）。牙膏“使牙齿洁白”除外。",
        "「美白」「肌が白くなる」は承認を受けた医薬部外品が「メラニンの生成を抑え、シミ・ソバカスを防ぐ」の形で表示できるだけです。化粧品はメーキャップ効果（「明るい印象の肌に」）までです。歯みがきの「歯を白くする」は可。",
        "'Whitening' / 'skin turns white' is allowed only for approved quasi-drugs, worded as 'suppresses melanin to prevent spots'; cosmetics may claim make-up brightness only. Toothpaste 'whitens teeth' is fine.",
    ),
    citation: YAKKI_66,
    patterns: &["美白|ホワイトニング|色白に|色白肌に|肌を白く|白肌に", "肌|顔|素肌 + が|を| + 白くなる:5r|白く変わる:5r"],
    exceptions: &["をカバーして", "カバーして目立たな", "歯のホワイトニング", "ホワイトニング歯", "歯を白く", "歯が白く"],
    near: &[Near { words: MAKEUP_EFFECT, window: 20, effect: Effect::Suppress }, Near { words: &["歯", "洗濯", "衣類", "シャツ", "漂白"], window: 10, effect: Effect::Suppress }],
    suggestions: &["明るい印象の肌に（メーキャップ効果）", "透明感のある仕上がり"],
    ng: &["塗るだけで肌が白くなる", "美白クリームで透明感"],
    ok: &["明るい印象の肌に（メーキャップ効果）", "歯を白くする歯みがき"],
    claims: &[Claim::new(&[lexicon::SKIN_COLOUR], &[lexicon::WHITEN])],
    approvable_for: &[QuasiDrug],
    approved_wording: &["美白", "ホワイトニング", "メラニンの生成を抑え", "メラニンの生成をおさえ"],
    ..BASE
};

pub const ACNE: Rule = Rule {
    id: "CS-ACNE",
    status: RuleStatus::Secondary,
    classes: &[Cosmetics, QuasiDrug, HealthFood, FunctionalFood, Food, Goods, BeautyDevice],
    title: t("宣称治疗/消除痘痘", "ニキビを治す・撃退する表示", "Claims to treat acne"),
    message: t(
        "“治痘、消痘、击退痘痘”是药品功效。化妆品只有洁面产品可写“通过清洁防止痘痘”；其他产品请写“防止肌肤粗糙”。",
        "「ニキビが治る・撃退・消える」は医薬品的効能です。化粧品では洗顔料の「洗浄によりニキビを防ぐ」のみ可能で、その他は「肌荒れを防ぐ」としてください。",
        "'Cures / beats / clears acne' is drug efficacy. Only cleansers may say 'prevents acne by cleansing'; otherwise use 'prevents rough skin'.",
    ),
    citation: YAKKI_66,
    patterns: &["ニキビ|にきび|吹き出物|アクネ + が|を|も|は| ~ 治る:5r|治す:5s|改善|撃退|退治|消える:1|消す:5s|予防|防ぐ:5g|なくなる:5r"],
    exceptions: &["をカバーして", "カバーして目立たな", "洗浄によりニキビを防", "洗浄によってニキビを防", "洗浄によりニキビ"],
    suggestions: &["洗浄によりニキビを防ぐ（洗顔料）", "肌荒れを防ぐ"],
    example_scope: COSMETIC,
    ng: &["大人ニキビを撃退", "ニキビが治る化粧水", "ニキビがすぐに治る"],
    ok: &["洗浄によりニキビを防ぐ洗顔料", "肌荒れを防ぐ化粧水"],
    claims: &[Claim::new(&[lexicon::ACNE], &[lexicon::REMOVE, lexicon::CURE_ONLY])],
    approvable_for: &[QuasiDrug],
    near: &[Near { words: MAKEUP_EFFECT, window: 20, effect: Effect::Suppress }, Near { words: &["洗浄により", "洗浄によって", "洗浄による", "洗い流し"], window: 40, effect: Effect::Suppress }],
    approved_wording: &["を防", "ニキビ予防", "にきびの予防", "ニキビの予防", "殺菌", "消毒", "清浄"],
    ..BASE
};

pub const CELL: Rule = Rule {
    id: "CS-CELL",
    status: RuleStatus::Secondary,
    classes: &[Cosmetics, QuasiDrug, BeautyDevice],
    title: t("细胞/再生/促进代谢表述", "細胞・再生・代謝促進の表示", "Cell, regeneration or metabolism claim"),
    message: t(
        "“细胞级修复”“再生”“促进新陈代谢”“生成胶原蛋白”“促进血液循环”超出化妆品范围。可改为“用水润填满角质层”“配合胶原蛋白（保湿成分）”。",
        "「細胞レベルで再生」「ターンオーバーを促進」「コラーゲンを生成」「血行促進」は化粧品の範囲外です。「角質層までうるおいで満たす」「コラーゲン（保湿成分）配合」などに言い換えてください。",
        "'Regenerates at cell level', 'boosts turnover', 'produces collagen', 'improves circulation' exceed cosmetic efficacy; say 'fills the stratum corneum with moisture' or 'contains collagen (moisturizer)'.",
    ),
    citation: YAKKI_66,
    patterns: &[
        "細胞レベル|細胞を活性|細胞が活性|細胞に作用|細胞から|幹細胞に作用",
        "肌|細胞|皮膚|角質|毛根|頭皮|ダメージ + を|が|の| + 再生:s|修復:s|再生|修復|活性化",
        "ターンオーバー + を|が| ~ 促進|促す:5s|早める:1|正常化",
        "コラーゲン|エラスチン + を|が| ~ 生成|増やす:5s|増える:1|生み出す:5s|作り出す:5s",
        "血行促進|血行を促進|血流改善|血流アップ|新陳代謝|代謝アップ|代謝を上げ",
    ],
    suggestions: &["角質層までうるおいで満たす", "コラーゲン（保湿成分）配合"],
    example_scope: COSMETIC,
    ng: &["EGFで細胞レベルから再生", "コラーゲンを生成する美容液"],
    ok: &["角質層までうるおいで満たす", "幹細胞培養液（保湿成分）配合"],
    claims: &[Claim::new(&[lexicon::CELLS], &[lexicon::BOOST]).reach(8)],
    near: &[CERTIFIED_DEVICE],
    ..BASE
};

pub const DEEP: Rule = Rule {
    id: "CS-DEEP",
    status: RuleStatus::Secondary,
    classes: &[Cosmetics, QuasiDrug, BeautyDevice],
    title: t(
        "渗透到真皮/肌肤深处",
        "真皮・肌の奥まで浸透",
        "Penetration beyond the stratum corneum",
    ),
    message: t(
        "化妆品的渗透表述只能到“角质层”。“渗透到真皮/肌底”须删除，或注明“※仅至角质层”。",
        "化粧品の浸透表現は「角質層まで」に限られます。「真皮まで」「肌の奥まで」は削除するか「※角質層まで」と明記してください。",
        "Cosmetic penetration claims stop at the stratum corneum; drop 'to the dermis / deep into skin' or add '※角質層まで'.",
    ),
    citation: YAKKI_66,
    patterns: &[
        "真皮|皮下組織|肌の奥|肌の奥深く|肌の深部|皮膚の奥|肌の内側 + まで|に|へ| ~ 浸透:s|浸透|届く:5k|届け|染み込む:5m|しみこむ:5m",
    ],
    near: &[Near {
        words: &["角質層"],
        window: 30,
        effect: Effect::Suppress,
    }],
    suggestions: &["角質層のすみずみまで浸透※ ※角質層まで"],
    example_scope: COSMETIC,
    ng: &["真皮まで浸透", "肌の奥深くまで届く美容成分", "肌の奥までぐんぐん浸透"],
    ok: &["角質層のすみずみまで浸透※ ※角質層まで", "肌の奥まで浸透※角質層まで"],
    claims: &[
        Claim::new(&[lexicon::DEEP_SKIN], &[lexicon::PENETRATE]),
        // 浸透※ ※真皮層まで, 浸透して肌の奥まで: the depth named after the verb.
        Claim::new(&[&["浸透", "しみこ", "染み込", "浸み込"]], &[lexicon::DEEP_SKIN]).reach(8),
    ],
    ..BASE
};

pub const SLIM: Rule = Rule {
    id: "CS-SLIM",
    status: RuleStatus::Secondary,
    classes: &[Cosmetics, QuasiDrug, Goods, BeautyDevice],
    title: t("涂抹瘦身/燃脂/小脸", "塗って痩せる・脂肪燃焼・小顔", "Slimming, fat-burning or face-slimming claim"),
    message: t(
        "“涂了就瘦”“燃烧脂肪”“消除橘皮组织”“小脸”是药品功效（同时属于景表法优良误认）。可写“按摩时更顺滑”“紧致肌肤”。",
        "「塗るだけで痩せる」「脂肪燃焼」「セルライト除去」「小顔になる」は医薬品的効能で、景表法の優良誤認にも当たります。「マッサージ時のすべりを良くする」「肌をひきしめる」に言い換えてください。",
        "'Slims where applied', 'burns fat', 'removes cellulite', 'smaller face' is drug efficacy and misleading; say 'helps massage glide' or 'firms the skin'.",
    ),
    citation: YAKKI_66,
    patterns: &[
        "痩せる:1|やせる:1",
        "脂肪燃焼|脂肪を燃焼|脂肪分解|脂肪を分解|スリミング|小顔効果",
        "小顔に + なる:5r",
        "セルライト + が|を| + 除去|解消|撃退|なくす:5s|消える:1|減らす:5s",
        "むくみ + が|を| + 解消|取る:5r|取れる:1|とれる:1|除去",
    ],
    exceptions: &["やせき", "入院前より", "以内の減量", "増やせ", "冷やせ", "費やせ", "生やせ", "肥やせ", "癒やせ", "燃やせ", "痩せ型", "やせ型", "やせ我慢", "痩せ我慢", "やせがまん"],
    near: &[Near { words: CARE_AND_HABITS, window: 40, effect: Effect::Suppress }],
    suggestions: &["マッサージ時のすべりを良くする", "肌をひきしめる"],
    example_scope: COSMETIC,
    ng: &["塗るだけで痩せるジェル", "セルライト撃退クリーム"],
    ok: &["マッサージ時のすべりを良くするジェル", "肌をひきしめるボディクリーム"],
    claims: &[Claim::new(&[lexicon::WEIGHT], &[lexicon::LOSE]).reach(8), Claim::new(&[lexicon::SHAPE], &[lexicon::RESHAPE]).reach(4), Claim::new(&[lexicon::BUST], &[lexicon::ENLARGE]).reach(4)],
    ..BASE
};

pub const DISEASE: Rule = Rule {
    id: "CS-DISEASE",
    status: RuleStatus::Confirmed,
    classes: &[Cosmetics, QuasiDrug, BeautyDevice],
    title: t("化妆品中的疾病名称", "化粧品での疾病名・治療表現", "Disease names in cosmetic copy"),
    message: t(
        "特应性皮炎、湿疹、皮炎、脚气、抗炎等疾病或治疗表述，暗示可自行治疗需要医生诊治的疾病。请改为“敏感肌用（已做斑贴测试※并非所有人都不会产生刺激）”。",
        "アトピー・湿疹・皮膚炎・水虫・抗炎症などは、医師の診療が必要な疾患を自ら治せるかのような表示です。「敏感肌用（パッチテスト済み※すべての方に刺激が起きないわけではありません）」などにしてください。",
        "Atopy, eczema, dermatitis, athlete's foot or anti-inflammatory wording implies self-treating a disease; use 'for sensitive skin (patch-tested; not everyone is free of irritation)'.",
    ),
    citation: standard("第4の6（医師の診療を要する疾患）・薬機法66条"),
    patterns: &["アトピー|皮膚炎|湿疹|乾癬|水虫|抗炎症|消炎", "炎症|かゆみ|痒み + を|が| ~ 抑える:1|鎮める:1|止める:1|治る:5r|治す:5s|止まる:5r"],
    // The statutory caution label (傷やはれもの、湿疹等、異常のある部位にはお使いにならないでください) names diseases too.
    near: &[CERTIFIED_DEVICE, Near { words: MEDICAL_SETTING, window: 40, effect: Effect::Suppress }, Near { words: CARE_AND_HABITS, window: 40, effect: Effect::Suppress }, Near { words: CAUTIONS, window: 30, effect: Effect::Suppress }, Near { words: &["異常のある", "お使いにならない", "使用しない", "使わないで", "ご使用をおやめ", "ご使用を中止"], window: 30, effect: Effect::Suppress }],
    // ニキビ belongs to CS-ACNE (洗浄によりニキビを防ぐ is within the 56 efficacies).
    exceptions: &["ニキビが気にな", "ニキビ肌", "にきび肌", "ニキビができやすい", "ニキビに悩", "吹き出物が気にな", "のリスク", "気味の", "親知らず", "体がウイルスと", "細菌やウイルスと戦", "自然におさま", "自然に治", "カユミがとれる", "かゆみがとれる", "ムシ歯を防", "むし歯を防", "虫歯を防", "かゆみを抑える（フケ", "フケ・かゆみを抑え", "フケ、かゆみを抑え", "フケかゆみを抑え", "手荒れを防", "手あれを防", "肌荒れを防", "肌あれを防", "あせもを防", "ニキビ、あせもを防"],
    suggestions: &["敏感肌用（パッチテスト済み※すべての方に刺激が起きないわけではありません）"],
    example_scope: COSMETIC,
    ng: &["アトピー肌でも大丈夫", "炎症を抑えるクリーム"],
    ok: &["敏感肌用（パッチテスト済み）", "乾燥肌の方にもお使いいただけます"],
    // A disease named as whom the product is for (アトピー肌の方に, 円形脱毛症にも使える).
    claims: &[Claim::new(&[lexicon::DISEASES], &[lexicon::CURE]), Claim::new(&[lexicon::DISEASE_NAMES], &[lexicon::DISEASE_APPEAL]).reach(4)],
    approvable_for: &[QuasiDrug],
    approved_wording: &["を防", "の予防", "予防する", "殺菌", "消毒", "消炎", "荒れ性", "肌あれ", "冷え性", "冷え症", "肩こり", "腰痛", "神経痛", "疲労回復", "あせも", "しもやけ", "あかぎれ", "うちみ", "くじき", "湿しん",
        // As the approved lists write them (効能：湿疹・あせも, あせも 湿疹 の緩和), not 湿疹が治る.
        "湿疹・", "・湿疹", "湿疹の緩和", "湿疹 の緩和", "ただれ・", "・ただれ", "かぶれ・", "・かぶれ", "股ずれ", "かみそりまけ"],
    ..BASE
};

pub const GUARANTEE: Rule = Rule {
    id: "CS-GUAR",
    status: RuleStatus::Confirmed,
    classes: AD_CLASSES,
    title: t("保证效果或安全性", "効果・安全性の保証", "Guaranteed efficacy or safety"),
    message: t(
        "“一定有效”“100%见效”“无副作用”“安心安全”“零刺激”是对效果或安全性的保证，无论有无数据都不允许。可写“低刺激配方（已做○○测试※并非对所有人都…）”。",
        "「必ず効く」「100%効果」「副作用なし」「安心・安全」「刺激ゼロ」は効能・安全性の保証で、根拠の有無にかかわらず表示できません。「低刺激処方（○○試験済み※すべての方に…）」などにしてください。",
        "'Always works', '100% effective', 'no side effects', 'safe and secure', 'zero irritation' guarantee efficacy or safety and are not allowed even with data; say 'low-irritation formula (tested; not for everyone…)'.",
    ),
    citation: standard("第4の3(5)（効能効果又は安全性を保証する表現の禁止）"),
    patterns: &[
        "満足保証|100%満足|永久保証|効果がなければ返金|全額返金保証",
        "効果がなければ|効果が出なければ|効果を実感できなければ|実感できなければ|効果を感じなければ + ~ 返金|全額返金",
        "効果は確実|効果は保証|効果を保証します|効果実証済み|効果は実証済み|効果は実験済み|効き目は確実|だから確実|どんな肌にも合う|どんな肌でも合う|どんなに敏感な肌でも|肌悩みすべてを解決|すべての肌悩みを|どんな肌悩みにも",
        "効果抜群|効きすぎ|効かないなんてありえない|後悔させない|医薬品と同じ|医薬品並み|薬と同じ効果|%の人に効果|%の人が効果",
        "必ず効|必ず効果|必ず実感|絶対に効|絶対効|確実に効|確実に効果|100%効|100%効果|誰でも効果|誰にでも効|効果を保証|効果保証",
        "副作用 + なし|ゼロ|がない|はない|の心配がない|の心配なし|の心配はありません|がありません|はありません|は一切ありません|は一切ない",
        "安全性 + を|は| + 保証",
        "安心・安全|安心安全|刺激ゼロ|肌トラブルが起きない|肌トラブルなし|肌荒れしない|かぶれない",
        "100%安全|100%安心|絶対安全|絶対に安全|完全に安全|安全性100%",
        "効果100%|100%保証|効果のない人はいません|一人もいません|効かなければ|医薬品以上|薬以上の|薬より安全|病院いらず|薬に頼らない|これさえ|これ1本で解決|これ1つで|これひとつで|最終結論|ないはずがない|根こそぎ|全部まとめて解決",
        "好転反応|毒素が出て|悪いものが排出|良くなっているサイン|良くなっている証拠|何粒飲んでも|飲みすぎても|ノンアレルギー|アレルギーが起こらない|医薬品レベル",
        "天然成分|天然由来|自然由来|植物由来|化学物質ゼロ|化学物質不使用|ナチュラル成分 + だから|なので + 安心|安全",
        "医薬品|薬 + より|よりも + 安全|安心|副作用が少な",
        "飲むほど効|飲むほど実感|たくさん飲むほど|飲めば飲むほど|多めに飲んだ方|倍量がおすすめ|倍量飲|2倍飲",
        "アレルギー|かぶれ|肌荒れ|副作用|刺激 + が|は| + 出る|起きる|起こる + ことは + ございません|ありません|ない",
        "100%かぶれ|絶対かぶれ|誰でもかぶれ|誰もかぶれ|誰ひとり荒れ|誰一人荒れ|全く荒れない|まったく荒れない|全く刺激を感じない|まったく刺激を感じない",
    ],
    near: &[
        Near { words: &["返品", "到着後", "以内"], window: 30, effect: Effect::Suppress },
        // A question about safety (…飲んでも問題ありませんか, …と聞きましたが本当ですか) asserts nothing.
        Near { words: &["ありませんか", "ないですか", "と聞きましたが", "本当ですか", "でしょうか"], window: 10, effect: Effect::Suppress },
    ],
    exceptions: &["必ず火を", "効き具合", "災害ゼロ", "本来は害", "完全には", "絶対には", "先発医薬品と同じ",
        "災害",
        "被害",
        "公害",
        "障害",
        "損害",
        "殺害",
        "妨害",
        "迫害",
        "加害",
        "水害",
        "侵害",
        "雑草を根こそぎ",
        "草を根こそぎ",
    ],
    suggestions: &["低刺激処方（パッチテスト済み※すべての方に刺激が起きないわけではありません）"],
    example_scope: COSMETIC,
    ng: &["副作用ゼロで安心", "誰でも必ず効果を実感", "副作用はありません", "100%安全な成分"],
    ok: &["低刺激処方（パッチテスト済み※すべての方に刺激が起きないわけではありません）", "必ずパッチテストを行ってからお使いください"],
    claims: &[Claim::new(&[lexicon::RISKS], &[lexicon::NONE_AT_ALL]).reach(6).not_negatable(), Claim::new(&[lexicon::CERTAINLY], &[lexicon::EFFECT]).reach(10), Claim::new(&[lexicon::SAFE_FOR], &[lexicon::SAFE]).reach(12).not_negatable(), Claim::new(&[lexicon::STUDIES], &[lexicon::PROVE]).reach(14)],
    ..BASE
};

pub const MAX: Rule = Rule {
    id: "YK-MAX",
    status: RuleStatus::Confirmed,
    classes: &[Cosmetics, QuasiDrug, BeautyDevice, HealthFood, FunctionalFood],
    needs_class: true,
    title: t("功效最高级表述", "効能効果の最大級表現", "Superlative about efficacy"),
    message: t(
        "化妆品、医药部外品等不得对功效或安全性使用“最高”“最强”“奇迹”“万能”等最高级表述，即使有数据也不行。请删除并客观描述配方。（有出处的“人气No.1”属于人气而非功效，可另行处理。）",
        "化粧品・医薬部外品等では、効能効果や安全性について「最高」「最強」「奇跡」「万能」などの最大級表現は根拠があっても使えません。削除して処方を事実に基づき説明してください（出典付きの「人気No.1」は効能ではなく人気の表示です）。",
        "Cosmetics and quasi-drugs may not use 'best', 'strongest', 'miracle' or 'all-purpose' about efficacy or safety, even with data. Remove it and describe the formula factually (a sourced 'most popular' is about popularity, not efficacy).",
    ),
    citation: standard("第4の3(6)（最大級表現の禁止）"),
    patterns: &[
        "最高の効果|最高の美白|最高の保湿|最強の美容液|最強|究極の|奇跡の|奇跡|魔法の|万能|世界一の効果|驚異の|革命的|神コスメ|最高級の効果|効果no.1|効果ナンバーワン",
        "最高の効き目|最強の効き目|効き目を約束|効果を約束|群を抜いて|神レベルで効|これ以上効く|これ以上ない効",
    ],
    exceptions: &["万能ねぎ", "万能ネギ", "万能調味料", "万能ナイフ", "万能ツール",
        "最強寒波",
        "最強の寒波",
        "最強クラスの台風",
        "最強クラスの寒波",
    ],
    suggestions: &["保湿成分ヒアルロン酸を配合したクリーム"],
    example_scope: COSMETIC,
    ng: &["奇跡の万能クリーム", "最強の美容液"],
    ok: &["保湿成分ヒアルロン酸を配合したクリーム", "人気No.1※の美容液 ※2025年5月 当社調べ"],
    ..BASE
};

pub const SPEED: Rule = Rule {
    id: "YK-SPEED",
    status: RuleStatus::Confirmed,
    classes: AD_CLASSES,
    title: t("效果速度/持续时间表述", "効果の速さ・持続の表現", "Speed or permanence of effect"),
    message: t(
        "“速效”“一晚见效”“1天消除”“永久”等关于功效速度或持续时间的表述超出科学依据范围。保湿可写“涂后立即滋润（使用感）”。",
        "「即効」「一晩で」「1日で消える」「永久に」など効果の発現時間・持続の表現は認められた範囲を超えます。保湿なら「塗った直後からしっとり（使用感）」にしてください。",
        "'Instant', 'overnight', 'gone in one day', 'permanent' claim speed or duration of effect beyond recognized science; for moisturizers say 'moist right after applying (feel-in-use)'.",
    ),
    citation: standard("第4の3(7)（効能効果の発現程度の表現）"),
    // Speed or permanence is a claim next to an effect (一晩でシミが薄く, 一生リバウンドしない):
    // the claims below; 一晩でしっとり is feel-in-use. These phrases name the effect themselves.
    patterns: &[
        "効果が永久|永久に続く|一生続く|どんどん高まる|続けるほど効果|続ければ続けるほど|効果が上がります",
        "即効|即効性|速効性|効果が一生|効果がずっと|効果は半永久|効果が#時間持続|効き目が長く続|もう元には戻りません|戻ってこない|若さが続|ずっと続く美肌|疲れ知らず|効果が続く|効果が持続",
    ],
    near: &[Near { words: MEDICAL_SETTING, window: 40, effect: Effect::Suppress }, Near { words: CARE_AND_HABITS, window: 40, effect: Effect::Suppress }, Near { words: FABRIC, window: 30, effect: Effect::Suppress }],
    suggestions: &["塗った直後からしっとり（使用感）"],
    example_scope: COSMETIC,
    ng: &["1日でシワが消える", "一晩でシミが薄くなる", "即効性のある美容液"],
    ok: &["塗った直後からしっとり（使用感）", "3日で届きます"],
    claims: &[Claim::new(&[lexicon::SPEED], &[lexicon::EFFECT]).reach(8), Claim::new(&[lexicon::PERMANENT], &[lexicon::NEVER_AGAIN]).reach(8).not_negatable()],
    exceptions: &["掃除で"],
    ..BASE
};

pub const ENDORSE: Rule = Rule {
    id: "YK-ENDORSE",
    status: RuleStatus::Confirmed,
    title: t("医生/医疗机构推荐", "医薬関係者等の推薦", "Endorsement by doctors or health bodies"),
    message: t(
        "“皮肤科医生推荐”“医院采用”“厚劳省认可”等医药相关人士或机构的推荐表述被禁止。可只写开发者信息，不表示推荐。",
        "「皮膚科医も推奨」「病院でも採用」「厚労省認可」など医薬関係者・医療機関・公的機関の推薦表示は禁止されています。開発者のクレジットのみとし、推薦の意味を持たせないでください。",
        "'Recommended by dermatologists', 'used in hospitals', 'approved by MHLW' are banned endorsements; credit the developer without implying endorsement.",
    ),
    citation: standard("第4の10（医薬関係者等の推せん）・薬機法66条2項"),
    patterns: &[
        "医師|皮膚科医|専門医|薬剤師|看護師|美容師|歯科医|ドクター|医者|皮膚科 + が|も| + 推奨:s|推奨|推薦|おすすめ|オススメ|お勧め|愛用|監修|認めた|絶賛|太鼓判",
        "ドクターズコスメ|病院でも採用|病院で採用|病院でも使用|医療機関専売|医療機関で採用|厚労省認可|厚生労働省認可|厚労省承認|厚生労働省承認|厚生労働省推奨|厚労省推奨",
    ],
    exceptions: &["監修のもとパッチテスト", "監修のもと、パッチテスト", "医療機関での検査", "病院をご紹介", "専門の病院を", "消費者庁は", "開発に協力", "レシピ監修", "監修のレシピ",
        "受診をおすすめ",
        "受診をお勧め",
        "受診をすすめ",
        "受診を勧め",
        "医師にご相談",
    ],
    suggestions: &["開発者：○○（化粧品研究者）", "美容の現場で広く使われています"],
    ng: &["皮膚科医も推奨", "ドクターズコスメで話題"],
    ok: &["開発者：山田花子（化粧品研究者）", "美容の現場で広く使われています"],
    claims: &[Claim::new(&[lexicon::AUTHORITIES], &[lexicon::ENDORSE]).reach(8)],
    ..BASE
};

pub const COMPARE: Rule = Rule {
    id: "YK-COMPARE",
    severity: Severity::Warning,
    status: RuleStatus::Confirmed,
    title: t("贬低其他公司产品", "他社製品の誹謗・比較", "Disparaging other products"),
    message: t(
        "“和其他公司产品不同”“含防腐剂（尼泊金）的产品对皮肤有害”属于贬低他社产品。可写“不使用尼泊金（防腐剂使用○○）”。",
        "「他社製品とは違う」「パラベン入りは肌に悪い」は他社製品の誹謗にあたります。「パラベン不使用（防腐剤として○○を使用）」などにしてください。",
        "'Unlike other brands' or 'paraben products harm skin' disparage competitors; say 'paraben-free (preserved with X)'.",
    ),
    citation: standard("第4の9（他社の製品の誹謗広告の制限）"),
    patterns: &[
        "他社製品とは|他社製品より|他社品より|他社とは違|他社と違|他の化粧品と違|一般的な化粧品は|市販品とは違|市販の化粧品は",
        "パラベン|シリコン|合成界面活性剤|石油系|鉱物油 + 入り|配合 + は|の| + 危険|ng|肌に悪|有害|良くない",
        "パラベンフリーで|パラベン不使用で|無添加だから + 肌にやさしい|安心|安全",
        "効果 + が|は|も| ~ 従来の#倍|従来品の#倍",
        "模倣品と違|偽物と違|コピー品と違|粗悪品と違|模造品と違",
    ],
    suggestions: &["パラベン不使用（防腐剤として○○を使用）"],
    example_scope: COSMETIC,
    ng: &["パラベン入りは肌に悪い", "他社製品とは違う浸透力"],
    ok: &["パラベン不使用（防腐剤としてフェノキシエタノールを使用）", "当社従来品と比べて容量が20%増えました"],
    claims: &[
        Claim::new(&[lexicon::OTHER_PRODUCTS, lexicon::SHUNNED_INGREDIENTS], &[lexicon::DISPARAGE]).reach(14).not_negatable(),
        Claim::new(&[lexicon::RIVALS], &[lexicon::COMPARED]).reach(10),
    ],
    // A comparison stating its survey (当店調べ, 比較対象, 時点) is informational.
    near: &[Near { words: &["調べ", "比較対象", "対象:", "時点", "確認)"], window: 120, effect: Effect::Lower }],
    // 市販品でもかまいません: other products allowed, not run down.
    exceptions: &["社の依頼により", "社の依頼で", "市販品でもかまいません", "市販品でも構いません", "市販品でもよい", "市販のものでも"],
    ..BASE
};

pub const FEAR: Rule = Rule {
    id: "YK-FEAR",
    severity: Severity::Warning,
    status: RuleStatus::Confirmed,
    classes: &[Cosmetics, QuasiDrug, HealthFood, FunctionalFood, BeautyDevice],
    title: t("制造恐惧/不安", "不安・恐怖をあおる表現", "Fear-inducing wording"),
    message: t(
        "“放着不管10年后满脸皱纹”等引起不安或恐惧的广告被禁止。请改为正面表述，例如“从今天开始的日常护理”。",
        "「放っておくと10年後シワだらけ」など不安や恐怖をあおる広告は禁止されています。「今日からの毎日のお手入れに」など前向きな表現にしてください。",
        "'Leave it and you'll be wrinkled in 10 years' plays on fear, which is banned; frame it positively, e.g. 'for your daily care from today'.",
    ),
    citation: standard("第4の12（不安・恐怖感を与える表現）"),
    // A cue (放っておくと, このままでは, なる前に) next to a harm (手遅れ, 病気, 老化, 嫌われ);
    // the phrases below are fear appeals by themselves.
    patterns: &[
        "手遅れ|取り返しがつかな|取り返しがつきません|取り返しのつかな|一生後悔|後悔するのはあなた|まっしぐら|経皮毒|サイレントキラー",
        "ボロボロにして|ボロボロになる|むしばまれ|嫌われてしまい|なってからでは遅い|からでは遅い|予備軍|寝たきりに|ハゲるよ|もう戻れない|確実に衰え|ダメにしてる|壊れています|あなたも危ない|みんな気づいています|命を縮め",
        "#年後 + には|に| + シワ|シミ|ボロボロ|たるみ|老け顔|後悔",
        "隠れ + 糖尿病|糖尿|肥満|貧血|高血圧|脱水|メタボ|老眼|脂肪肝",
    ],
    claims: &[Claim::new(&[lexicon::FEAR_CUES], &[lexicon::FEAR_HARMS, lexicon::DISEASES]).either_order().reach(20).across_commas().not_negatable()],
    suggestions: &["今日からの毎日のお手入れに"],
    example_scope: COSMETIC,
    ng: &["放っておくと10年後シワだらけ", "このままだと肌がボロボロに"],
    ok: &["今日からの毎日のお手入れに", "このまま冷蔵庫で保存してください"],
    near: &[Near { words: MEDICAL_SETTING, window: 40, effect: Effect::Suppress }, Near { words: CARE_AND_HABITS, window: 40, effect: Effect::Suppress }, Near { words: HEALTH_EDUCATION, window: 40, effect: Effect::Suppress }],
    ..BASE
};

pub const BEFORE_AFTER: Rule = Rule {
    id: "YK-BA",
    severity: Severity::Warning,
    status: RuleStatus::Secondary,
    classes: &[Cosmetics, QuasiDrug, HealthFood, FunctionalFood, BeautyDevice],
    title: t("使用前后对比", "ビフォーアフター", "Before/after comparison"),
    message: t(
        "作为功效证明的使用前后对比属于效果保证；TikTok广告也会拒绝。仅限化妆效果的对比，且不要强调期间。（图片无法检查，此为提醒。）",
        "効果の証拠としてのビフォーアフターは効能保証にあたり、TikTok広告でも否認理由になります。メーキャップ効果の比較に限り、期間を強調しないでください（画像は確認できないため注意喚起です）。",
        "Before/after used as proof guarantees efficacy and is a top TikTok ad rejection reason; keep it to make-up effects without stressing a period (images cannot be checked — this is a reminder).",
    ),
    citation: standard("第4の3(5)（効能効果の保証）；TikTok for Business 広告審査"),
    patterns: &["ビフォーアフター|ビフォー・アフター|ビフォアフター|before/after|before after|before&after|beforeafter|使用前と使用後|使用前使用後|使用前後の比較|使用前→使用後"],
    suggestions: &["メイク前・メイク後の仕上がりの違い（メーキャップ効果）"],
    example_scope: COSMETIC,
    ng: &["驚きのビフォーアフター", "使用前・使用後の写真をご覧ください"],
    ok: &["ご使用前に必ずパッチテストをしてください", "仕上がりの色味を写真で紹介します"],
    exceptions: &["メイク前", "メーキャップ"],
    ..BASE
};

pub const TESTIMONIAL: Rule = Rule {
    id: "YK-TESTI",
    severity: Severity::Warning,
    status: RuleStatus::Secondary,
    classes: &[Cosmetics, QuasiDrug, HealthFood, FunctionalFood, BeautyDevice],
    title: t("体验谈中的功效结果", "体験談での効果の表示", "Efficacy outcome in a testimonial"),
    message: t(
        "用户体验中出现“皱纹消失了”“瘦了5kg”等功效结果，等同于商家自己的功效宣称。体验谈只能写使用感，如“延展性好、不黏腻”。",
        "体験談で「たるみが消えた」「5kg痩せました」などの効果を示すと、事業者自身の効能表示とみなされます。体験談は「伸びが良くべたつかない」など使用感にとどめてください。",
        "A testimonial saying 'my sagging vanished' or 'lost 5 kg' counts as the seller's own efficacy claim; keep testimonials to feel-in-use ('spreads well, not sticky').",
    ),
    citation: standard("第4の3（体験談の取扱い）"),
    patterns: &["消えた|消えました|なくなった|なくなりました|薄くなった|薄くなりました|痩せた|痩せました|やせた|やせました|治った|治りました|改善しました|改善された|若返った|減りました|減った"],
    near: &[Near { words: &["代", "歳", "さん", "様", "口コミ", "体験", "の声", "レビュー", "使って", "飲んで", "使い始めて", "飲み始めて"], window: 30, effect: Effect::Require }],
    suggestions: &["伸びが良くべたつかない（○代）"],
    example_scope: COSMETIC,
    ng: &["使って2週間でたるみが消えた(30代)", "飲み始めて3か月で5kg痩せました（40代女性）"],
    ok: &["伸びが良くべたつかない（30代）", "使い始めて2週間、しっとり感が続いています"],
    exceptions: &["足りなくな"],
    ..BASE
};

pub const QUASI: Rule = Rule {
    id: "CS-QUASI",
    status: RuleStatus::Secondary,
    classes: &[Cosmetics],
    needs_class: true,
    title: t("化妆品冒用“药用/医药部外品”", "化粧品での「薬用」「医薬部外品」表示", "Cosmetic labelled as medicated or quasi-drug"),
    message: t(
        "登记为化妆品的商品不能使用“药用”“医药部外品”“有效成分”等表述。请删除，只保留56项功效。",
        "化粧品として届け出た商品に「薬用」「医薬部外品」「有効成分」は使えません。削除し、56項目の範囲で表示してください。",
        "A product notified as a cosmetic may not say 'medicated', 'quasi-drug' or 'active ingredient'; remove it and keep to the 56 efficacies.",
    ),
    citation: cite("医薬品医療機器等法（薬機法）", "名称・区分（化粧品と医薬部外品の区別）", "https://www.cftc.jp/kiyaku/kiyaku02-3.html", "2011-07-21"),
    patterns: &[
        "薬用|医薬部外品|有効成分|指定医薬部外品",
        "汗を抑え|制汗|ニオイを防|においを防|臭いを防|かみそりまけを防|ほてりを防|荒れ性|殺菌|除毛|わきがを防|体臭を防|しもやけを防",
    ],
    suggestions: &["保湿成分配合"],
    example_scope: COSMETIC,
    ng: &["薬用美白クリーム", "有効成分配合の化粧水"],
    ok: &["保湿成分配合の化粧水", "化粧品（全成分表示あり）"],
    // Prose about prescriptions and generic drugs (有効成分や効き目は先発医薬品と同等) is not the label.
    near: &[Near { words: MEDICAL_SETTING, window: 40, effect: Effect::Suppress }, Near { words: CARE_AND_HABITS, window: 40, effect: Effect::Suppress }, Near { words: &["ジェネリック", "先発医薬品", "後発医薬品", "処方薬", "処方され"], window: 40, effect: Effect::Suppress }],
    ..BASE
};

pub const HAIR: Rule = Rule {
    id: "CS-HAIR",
    status: RuleStatus::Confirmed,
    title: t("宣称生发或永久脱毛", "発毛・増毛・永久脱毛の表示", "Hair growth or permanent hair removal claim"),
    message: t(
        "“长出头发”“头发变多”“白发变黑”“睫毛变长”“永久脱毛”都是药品或医疗功效。化妆品只能写“保持头皮和头发健康”“给头发以弹性和韧性”等；医药部外品（育发剂）只能在批准范围内写“育毛、脱毛的预防”等。",
        "「髪が生える・増える」「白髪が黒くなる」「まつ毛が伸びる」「永久脱毛」は医薬品・医療の効能です。化粧品は「頭皮、毛髪をすこやかに保つ」「毛髪にはり、こしを与える」まで、医薬部外品（育毛剤）は承認された「育毛、脱毛の予防」などの範囲までです。",
        "'Hair grows / thickens', 'grey hair turns black', 'lashes grow longer' and 'permanent hair removal' are drug or medical claims. Cosmetics may say 'keeps scalp and hair healthy' or 'gives hair body'; a quasi-drug hair tonic only its approved efficacies (育毛, 脱毛の予防 …).",
    ),
    citation: YAKKI_66,
    patterns: &["永久脱毛|脱毛効果|毛根を破壊|毛根から破壊|発毛促進|発毛効果|増毛効果|育毛効果|マスカラいらず|黒髪に戻"],
    exceptions: &["はり・こしを与え", "はり、こしを与え", "ハリ・コシを与え", "ハリ、コシを与え", "黒く染", "染める", "染まる", "白髪染め", "カラーリング",
        "白髪が増",
        "白髪も増",
        "抜け毛が増",
        "抜け毛も増",
    ],
    claims: &[
        Claim::new(&[lexicon::SCALP_HAIR], &[lexicon::GROW]).reach(10),
        Claim::new(&[lexicon::LASHES], &[lexicon::LASH_GROWTH]).reach(8),
        Claim::new(&[lexicon::BODY_HAIR], &[lexicon::HAIR_REMOVAL]).reach(10).not_negatable(),
    ],
    approvable_for: &[QuasiDrug],
    suggestions: &["頭皮、毛髪をすこやかに保つ", "毛髪にはり、こしを与える", "まつ毛にハリ・コシを与える"],
    example_scope: COSMETIC,
    ng: &["髪がどんどん生えてくるシャンプー", "まつ毛がぐんぐん伸びる美容液", "ムダ毛が二度と生えてこない"],
    ok: &["頭皮、毛髪をすこやかに保つシャンプー", "白髪を黒く染めるヘアカラー", "まつ毛にハリ・コシを与える"],
    approved_wording: &["育毛", "発毛促進", "脱毛の予防", "抜け毛を防", "抜け毛の予防", "養毛", "毛生促進"],
    ..BASE
};

pub const SENSITIVE: Rule = Rule {
    id: "CS-SENSITIVE-OK",
    severity: Severity::Info,
    status: RuleStatus::Secondary,
    classes: &[Cosmetics, QuasiDrug],
    title: t(
        "“敏感肌可用”需附测试说明",
        "「敏感肌用」には試験の注記を",
        "'For sensitive skin' needs a test note",
    ),
    message: t(
        "“敏感肌也安心”应改为“敏感肌用（已做斑贴测试※并非对所有人都不会产生刺激）”。",
        "「敏感肌でも安心」は「敏感肌用（パッチテスト済み※すべての方に刺激が起きないわけではありません）」としてください。",
        "Write 'for sensitive skin (patch-tested; not everyone is free of irritation)' instead of 'safe even for sensitive skin'.",
    ),
    citation: cite(
        "日本化粧品工業会「化粧品等の適正広告ガイドライン」",
        "敏感肌用の表示",
        "https://www.jcia.org/",
        "2020",
    ),
    patterns: &["敏感肌でも安心|敏感肌でも大丈夫|敏感肌でも使える|敏感肌の方でも安心|敏感肌用|敏感肌向け|肌が弱い方でも安心"],
    near: &[Near {
        words: &["パッチテスト済", "アレルギーテスト済", "すべての方に"],
        window: 40,
        effect: Effect::Suppress,
    }],
    suggestions: &["敏感肌用（パッチテスト済み※すべての方に刺激が起きないわけではありません）"],
    example_scope: COSMETIC,
    ng: &["敏感肌でも安心の化粧水", "敏感肌用クリーム"],
    ok: &[
        "敏感肌用（パッチテスト済み※すべての方に刺激が起きないわけではありません）",
        "乾燥が気になる方に",
    ],
    ..BASE
};
