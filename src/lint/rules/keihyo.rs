//! 景品表示法: No.1 and superlatives, price display, urgency, disclaimers, country of origin
//! (compliance.md §1.1, §6.1).

use super::super::checks::*;
use crate::lint::engine::{denied_after, Doc};

use super::super::rule::{Claim, Effect, Near, ProductClass::*, Rule, RuleStatus, Scope, Severity, BASE};
use super::{cite, t, KEIHYO_QUALITY};
use crate::lint::lexicon;
use crate::lint::normalize::fold_word;
use crate::lint::rule::Hit;

/// Survey vocabulary and dates: each group found near a claim lowers its severity one step.
const SURVEY: &[&str] = &[
    "調べ",
    "調査",
    "出典",
    "出所",
    "リサーチ",
    "集計",
    "n=",
    "有効回答",
    "対象者",
    "比較対象",
    "ジャンル",
    "部門",
    "デイリー",
    "週間",
    "月間",
    "売上",
    "販売数",
    "販売実績",
    "販売個数",
    "ランキング",
    "主催",
    "審査",
    "対象：",
    "対象:",
    // a ranking genre path (ペット＞猫用品＞爪とぎ)
    "＞",
    ">",
];
// "202" is a year of the 2020s written with slashes (2025/08/14).
// A month of a year, not 年 alone (今年, 2年連続 date nothing).
const DATED: &[&str] = &[
    "時点",
    "現在",
    "実施",
    "調査期間",
    "集計期間",
    "年1月",
    "年2月",
    "年3月",
    "年4月",
    "年5月",
    "年6月",
    "年7月",
    "年8月",
    "年9月",
    "年10月",
    "年11月",
    "年12月",
    "年度",
    "月度",
    "更新",
    "202",
];

/// Sport, records and geography (得点ランキング1位の選手, 国内最高峰の大会, 生産量が日本一, 県内最大級の
/// 商業施設): a ranking or superlative about a competition or a place, not about the goods sold.
const SPORT_AND_RECORDS: Near = Near {
    words: &[
        "選手",
        "大会",
        "優勝",
        "決勝",
        "リーグ",
        "得点",
        "投手",
        "試合",
        "対戦",
        "監督",
        "五輪",
        "オリンピック",
        "金メダル",
        "自己ベスト",
        "生産量",
        "平均寿命",
        "人口",
        "標高",
        "湧出量",
        "商業施設",
        "大鳥居",
        "案内板",
        // Lakes, bridges, trees and stations: superlatives of geography and infrastructure.
        "湖",
        "全長",
        "水深",
        "樹齢",
        "都市",
        "都道府県",
        "トンネル",
        "つり橋",
        "電波塔",
        "鍾乳洞",
        "カルデラ",
        "恐竜",
        "水族館",
        "動物園",
        "乗降客数",
        "収容人数",
        "地形",
        // News and personal register: companies and research reported, history, family.
        "同社",
        "同法人",
        "研究チーム",
        "研究グループ",
        "と発表",
        "を発表",
        "発表した",
        "開発したと",
        "に成功",
        "成功した",
        "として知られ",
        "で知られ",
        "が誕生",
        "開業",
        "翻訳",
        "明治",
        "江戸時代",
        "大正時代",
        "株価",
        "経営統合",
        "スーパーコンピューター",
        "探査機",
        "新幹線",
        "浄水場",
        "発電所",
        "週休",
        "最低賃金",
        "興行収入",
        "親ばか",
        "うちの子",
        "母の作る",
        "実家",
        "御朱印",
        "神社",
        "郵便局",
        "切手",
        "登山者",
        "海開き",
        "美術作品",
        "小説",
        "映画館",
        "を維持している",
        "量産",
    ],
    window: 30,
    effect: Effect::Suppress,
};

pub const NO1: Rule = Rule {
    id: "KH-NO1",
    title: t("No.1/第一位表述缺少依据", "根拠の示されていないNo.1表示", "No.1 claim without a stated source"),
    message: t(
        "No.1、第1位、日本一等表述必须在附近注明调查机构、调查名称、时间和范围（消费者厅2024年No.1报告）。仅“本公司调查”或“印象调查”不够。",
        "No.1・第1位・日本一などの表示には、調査機関・調査名・実施時期・対象範囲を近くに明記してください（消費者庁 No.1表示報告書 2024）。「当社調べ」や「イメージ調査」だけでは不十分です。",
        "No.1 / first-place / best-in-Japan claims need the survey body, survey name, date and scope next to them (CAA No.1 report, 2024). 'Our own survey' or an image survey alone is not enough.",
    ),
    citation: cite(
        "景品表示法5条1号・2号、7条2項／消費者庁「No.1表示に関する実態調査報告書」",
        "令和6年9月26日報告書；公取委 平成20年6月13日報告書",
        "https://www.caa.go.jp/policies/policy/representation/fair_labeling/survey",
        "2024-09-26",
    ),
    patterns: &[
        "no.1|no1|no 1|ナンバーワン|ナンバー・ワン|第一位|第1位|日本一|世界一|業界一",
        "人気|売上|売り上げ|満足度|販売数|シェア|部門|ランキング|評価 + 1位|第1位",
        "1位獲得|1位を獲得|シェア首位|売上首位|販売数首位|断トツ首位|ダントツ首位",
        "ダントツ|断トツ|一番人気|1番人気|いちばん人気|最も選ばれ|トップシェア|トップクラス|楽天1位|ランキング#冠|#冠達成|一番売れ|いちばん売れ|ナンバー1|no. 1|ベストセラー|これが一番|負けたことがない",
        "#人に#人|#人中#人",
    ],
    near: &[
        SPORT_AND_RECORDS,
        Near { words: SURVEY, window: 60, effect: Effect::Lower },
        Near { words: DATED, window: 60, effect: Effect::Lower },
        // Within the shop's own range (当店で一番売れているサイズ): a fact about its own sales.
        Near { words: &["当店で", "当店では", "当店で販売する", "うちのお店", "お店では", "当店内", "我が家"], window: 20, effect: Effect::Suppress },
    ],
    suggestions: &["多くのお客様に選ばれている"],
    ng: &["顧客満足度No.1の美容液", "Ｎｏ．１の実力を今すぐチェック", "売上ランキング1位獲得！"],
    ok: &["No.10サイズのネジです", "ナンバープレートの取り付け部品です", "第10位まで表示します"],
    exceptions: &["背番号no.1", "背番号1", "no.1を目指", "no.1をめざ", "no.1目指", "サイズ:no.1", "サイズ：no.1", "世界ランキング", "賞金ランキング", "日本一周", "日本一にな", "日本一が決", "日本一とは", "人気の馬", "no.1表示", "no.1に浮上", "no.1~", "no.1-", "no.1から", "日本一に輝", "日本一高い", "日本一長い", "日本一大きい", "日本一深い", "日本一広い",
        "no.1~no",
        "no.1=",
        "no.1〜no",
        "日本一に輝",
        "日本一になった",
        "日本一を決める",
        "日本一の座",
        "世界一に輝",
        "世界一になった",
    ],
    ..BASE
};

/// A No.1 whose own footnote shows it is not a ranking of the product (No.1表示に関する実態調査報告書,
/// 2024: イメージ調査 among people who never used it, or a comparison among the shop's own few items).
pub const NO1_BASIS: Rule = Rule {
    id: "KH-NO1-BASIS",
    status: RuleStatus::Confirmed,
    title: t("No.1依据不成立（印象调查、自家少数商品）", "根拠にならないNo.1（イメージ調査・自社内の少数比較）", "No.1 on a basis that does not support it"),
    message: t(
        "“想用的美容液No.1”这类基于印象调查（受访者并未使用过商品）的No.1，或只在自家几款商品中比较的No.1，即使写了注释也会被认定为优良误认。请删除No.1，或改为基于实际使用者、与竞品比较的客观调查，并写明调查机构、对象、期间。",
        "「使ってみたい○○No.1」のように商品を使ったことのない人へのイメージ調査や、自社の数商品の中だけで比べたNo.1は、注記があっても優良誤認となります（消費者庁 No.1表示に関する実態調査報告書）。No.1を削除するか、実際の利用者・競合商品との客観的な調査に基づく表示（調査機関・対象・期間を明記）にしてください。",
        "A No.1 from an image survey of people who never used the product, or from comparing a few of the shop's own items, misleads even with a footnote (CAA No.1 report, 2024). Remove it, or base it on an objective survey of actual users against competitors, naming body, scope and period.",
    ),
    citation: cite("No.1表示に関する実態調査報告書（消費者庁 令和6年9月26日）", "第4 No.1表示に関する景品表示法上の考え方", "https://www.caa.go.jp/policies/policy/representation/fair_labeling/", "2024-09-26"),
    claims: &[Claim::new(
        &[&["no.1", "no1", "ナンバーワン", "第1位", "1位"]],
        &[&["イメージ調査", "印象調査", "イメージアンケート", "使ってみたい", "試してみたい", "当店取扱い", "当店取り扱い", "自社商品中", "品中の"]],
    )
    .reach(60)
    .either_order()
    .across_commas()],
    suggestions: &["○○（調査機関）調べ：○○を実際に使用した○名への満足度調査（○年○月）"],
    ng: &["「使ってみたい美容液」No.1※ ※20〜40代女性300名へのイメージ調査", "化粧水売上No.1※ ※当店取扱いの化粧水3品中の販売数"],
    ok: &[
        "顧客満足度No.1※ ※○○リサーチ調べ：当社製品を6か月以上使用した500名と競合5社製品の比較（2025年3月）",
        "消費者庁は、「使ってみたい」No.1と表示していた事業者に措置命令を出した",
    ],
    // A regulator's release quoting the copy it acted on is a report, not the claim.
    near: &[Near { words: &["措置命令", "表示していた", "景品表示法上", "消費者庁は", "no.1表示", "報告書"], window: 80, effect: Effect::Suppress }],
    ..BASE
};

pub const HIGH_PERCENT: Rule = Rule {
    id: "KH-HIGH%",
    severity: Severity::Warning,
    title: t("高评价百分比表述", "高評価％表示", "High-rating percentage claim"),
    message: t(
        "“医生的90%推荐”“满意度98%”等高评价百分比表述，与No.1一样需要合理的调查依据；化妆品、药品中的医生推荐还违反适正广告基准10。",
        "「医師の90%が推奨」「満足度98%」などの高評価％表示はNo.1表示と同様に合理的な調査根拠が必要です。化粧品・医薬品等での医師推薦は適正広告基準10にも抵触します。",
        "'90% of doctors recommend' or '98% satisfaction' needs the same survey basis as a No.1 claim; doctor endorsement of cosmetics or drugs also breaches standard 10.",
    ),
    citation: cite("景品表示法5条1号／消費者庁「No.1表示に関する実態調査報告書」", "高評価％表示", "https://www.caa.go.jp/policies/policy/representation/fair_labeling/survey", "2024-09-26"),
    patterns: &[
        "#%|#割 + が|の方が|に + 推奨|支持|満足|実感|おすすめ|リピート|効果を実感",
        "満足度|満足率|実感率|推奨率|リピート率|支持率 + #",
    ],
    near: &[Near { words: SURVEY, window: 60, effect: Effect::Lower }],
    suggestions: &["ご好評をいただいている"],
    ng: &["医師の90%が推奨するサプリ", "満足度98%の人気アイテム"],
    ok: &["綿100%のタオルです", "送料は全国一律500円です"],
    ..BASE
};

pub const FIRST: Rule = Rule {
    id: "KH-FIRST",
    severity: Severity::Warning,
    title: t("“首创/唯一”表述需要依据", "「初」「唯一」表示の根拠", "'First' or 'only' claim needs support"),
    message: t(
        "日本首创、业界首创、唯一等表述属于优良误认风险，须有客观依据，并写明时间和调查方法。",
        "日本初・業界初・唯一などの表示は優良誤認のおそれがあり、客観的な根拠と時点・調査方法の明記が必要です。",
        "'First in Japan', 'industry first' or 'the only' are misleading-quality risks without objective support stated with a date and method.",
    ),
    citation: KEIHYO_QUALITY,
    patterns: &[
        "日本初|世界初|業界初|国内初|本邦初|元祖|唯一無二|他にない|ほかにない|業界で初めて|業界唯一|世界唯一|日本唯一|国内唯一",
        // 唯一 and 日本で初めて are everyday words (島で唯一の食堂): a claim only about the product.
        "唯一|世界で初めて|日本で初めて + の| + 技術|成分|製法|商品|製品|ブランド|処方|素材|特許|配合|開発|採用|搭載|発売|実現|商品化|製品化",
    ],
    near: &[SPORT_AND_RECORDS, Near { words: SURVEY, window: 60, effect: Effect::Lower }],
    suggestions: &["当社として初めて採用した○○技術（○年○月時点、当社調べ）"],
    ng: &["業界初の技術を搭載", "世界初の折りたたみ構造"],
    ok: &["当店で初めての福袋企画です", "初回限定の特典付き"],
    ..BASE
};

pub const SUPERLATIVE: Rule = Rule {
    id: "KH-SUPER",
    severity: Severity::Warning,
    title: t("最高级/绝对化表述", "最上級・断定表現", "Superlative or absolute wording"),
    message: t(
        "最强、最高级、完美、绝对等表述本身不违法，但需要客观证明；请改为可测量的事实。",
        "最強・最高級・完璧・絶対などの表現は直ちに違法ではありませんが、客観的な根拠が必要です。測定可能な事実に置き換えてください。",
        "Strongest / finest / perfect / absolute are not illegal per se but need objective proof; state the measurable fact instead.",
    ),
    citation: KEIHYO_QUALITY,
    patterns: &[
        "最高級|最高峰|最強|最大級|最上級|究極|圧倒的|完璧|完全無欠|世界最高|世界最大|業界最高|業界最大|日本最大|史上最高|史上最強",
        "最高品質|最高水準|最高レベル|最軽量|最速|最先端|世界で一番|これ以上のもの",
        "これ以上の + 商品|製品|ものは|はない|はありません|フライパン",
        "他に類を見ない|どこにもない|ここだけの|真似できない|群を抜く|を圧倒|存在しない|他のどの|一択|いちばん優秀|一番優秀|極上|これを超える|右に出るもの",
        "世界最|業界最|日本最|国内最|地球上で最も|地球上でいちばん|宇宙一|世界で最も|日本で最も|世界で一番|日本で一番|他のどれより|どれよりも|どのメーカーにも負けない|どこにも負けない|他社に負けない|他の追随を許さない",
        "史上もっとも|史上最も",
    ],
    // A range and a date make it a checkable fact (シリーズ最軽量：約290g（当社計測）).
    near: &[SPORT_AND_RECORDS, Near { words: &["時点", "当社調べ", "当社計測", "シリーズ", "ラインナップ", "このクラスで", "比較"], window: 40, effect: Effect::Suppress }],
    exceptions: &["最高峰エベレスト", "最高峰の山", "最強翌日配送", "最安", "で一番高い", "で最も長い", "で一番普通", "最高峰のエベレスト", "史上最速", "最速#", "最高記録", "最古", "最大級のもの", "観測史上最高", "観測史上", "最高気温", "最強寒波", "最大級の台風", "最速で", "最先端医療", "完璧な一日", "完璧主義", "最軽量級", "最高の一日", "最高の天気", "ここだけの話", "最高気温", "最大級の台風", "絶対値", "絶対音感",
        "最上級表現",
        "最上級の表現",
    ],
    suggestions: &["吸引仕事率○○W（当社従来品比○○倍）"],
    ng: &["最強の吸引力", "圧倒的なコスパ"],
    ok: &["吸引仕事率は200Wです", "最高気温が30度を超える日も快適です"],
    ..BASE
};

/// Absolute performance claims for goods outside the 薬機法 classes (CS-GUAR covers those):
/// 絶対に落ちない, 100%いなくなる, 電気代が確実に半分 need objective proof on demand (7条2項).
pub const ABSOLUTE: Rule = Rule {
    id: "KH-ABSOLUTE",
    severity: Severity::Warning,
    classes: &[Apparel, Electrical, Food, Goods],
    title: t("绝对化的性能保证", "性能・効果の断定的な保証", "Absolute performance guarantee"),
    message: t(
        "“绝对不会掉”“100%消灭”“电费一定减半”“谁都能成功”是对性能的断定保证；消费者厅可要求在15天内提交合理依据，否则视为优良误认。请写测试条件和结果。",
        "「絶対に落ちない」「100%いなくなる」「電気代が確実に半分」「誰でも失敗しない」は性能の断定的な保証です。消費者庁は15日以内に合理的な根拠の提出を求めることができ、出せなければ優良誤認とみなされます。試験条件と結果を示してください。",
        "'Never falls off', '100 % gone', 'halves your power bill for sure', 'nobody fails' guarantee performance; the CAA can demand substantiation within 15 days, and without it the claim counts as misleading. State the test conditions and results.",
    ),
    citation: KEIHYO_QUALITY,
    patterns: &[
        "効果がなかった人はいません|効果のなかった人はいません|なかった方はいません|なかった人はいません|全員が効果|全員が実感|100人中100人|一匹残らず|一人残らず|絶対に失敗しない",
        "どんな肌質でも|どんな肌質の方でも|どんな髪質でも|使った人すべて|使った人全員|誰でも必ず|絶対安心|絶対に安心|絶対安全|絶対に安全",
    ],
    claims: &[
        Claim::new(&[lexicon::CERTAINLY, lexicon::PERMANENT], &[lexicon::EFFECT]).reach(10),
        Claim::new(&[lexicon::PERMANENT], &[lexicon::NEVER_AGAIN]).reach(8).not_negatable(),
        Claim::new(&[lexicon::CERTAINLY, lexicon::PERMANENT, &["一切", "全く", "まったく"]], &[lexicon::GOODS_NEVER]).reach(10).not_negatable(),
        Claim::new(&[lexicon::FIGURES], &[lexicon::PERFORMANCE]).reach(4),
        Claim::new(&[lexicon::RUNNING_COSTS], &[lexicon::COST_CUTS]).reach(8),
        Claim::new(&[lexicon::JUST_BY_HAVING], &[lexicon::GADGET_EFFECTS]).reach(16),
    ],
    // Substantiated figures (当社試験の条件と結果) stay as a reminder.
    near: &[Near { words: &["試験", "当社比", "従来品", "条件", "測定", "調べ"], window: 40, effect: Effect::Lower }],
    exceptions: &["よりずっと", "必ず火を", "効き具合", "完全には", "絶対には", "ないよう", "ないで",
        "返金保証",
    ],
    suggestions: &["当社試験（条件：○○）で○○の結果（すべての環境で同じ結果を保証するものではありません）"],
    example_scope: Scope::class(Electrical),
    ng: &["電気代が確実に半分になるサーキュレーター", "絶対に落ちないスマホケース"],
    ok: &["当社試験（室温25℃・8時間運転）で消費電力量が従来品比12%減", "必ず電源を切ってからお手入れください"],
    ..BASE
};

/// Performance results in customers' voices for goods (電気代が5,000円安くなりました, 虫が一匹も
///来なくなりました): the seller's own claim, needing proof on demand like any other (7条2項).
pub const GOODS_TESTIMONIAL: Rule = Rule {
    id: "KH-TESTI",
    severity: Severity::Warning,
    status: RuleStatus::Secondary,
    classes: &[Apparel, Electrical, Food, Goods],
    title: t("用户评价中的性能结果", "体験談での性能・効果の表示", "Performance result in a customer testimonial"),
    message: t(
        "“电费每月省了5,000日元”“虫子一只都不来了”等体验谈是商家自己的性能宣称：消费者厅可要求15天内提交合理依据，“※个人感想”不能抵消。请写测试条件和结果，或只保留使用感。",
        "「電気代が毎月5,000円安くなりました」「虫が一匹も来なくなりました」などの体験談は事業者自身の性能表示です。消費者庁は15日以内に合理的な根拠の提出を求めることができ、「※個人の感想です」では打ち消せません。試験条件と結果を示すか、使用感の感想にとどめてください。",
        "'My power bill fell by ¥5,000 a month' or 'not a single insect since' in a testimonial is the seller's own performance claim: the CAA can demand substantiation within 15 days, and 'personal impression' does not cancel it. Give test conditions and results, or keep testimonials to how the product feels in use.",
    ),
    citation: KEIHYO_QUALITY,
    patterns: &[
        "なくなりました|なくなった|来なくなりました|しなくなった|しなくなりました|悩まなくなった|ゼロになった|ゼロになりました|激減した|激減しました|安くなりました|安くなった|下がった|下がりました|アップしました|爆速になった|真っ白に|消えた|消えました|治った|治りました|改善された|矯正された|減った|減りました|戻れない",
    ],
    near: &[Near {
        words: &["お客様の声", "利用者の声", "ユーザー様の声", "購入者の声", "体験談", "口コミ", "という声", "との声", "とのお声", "と回答", "って言って", "と言って", "レビューより", "お客様レビュー", "代男性", "代女性", "主婦"],
        window: 40,
        effect: Effect::Require,
    }],
    suggestions: &["「使い心地が気に入っています」（○代）"],
    example_scope: Scope::class(Electrical),
    ng: &["お客様の声：「電気代が毎月5,000円安くなりました」", "利用者の声「虫が一匹も来なくなりました」"],
    ok: &["お客様の声：「操作が簡単で使いやすい」", "電気代の目安は1時間あたり約3円です"],
    exceptions: &["ごみが減った"],
    ..BASE
};

pub const CHEAPEST: Rule = Rule {
    id: "KH-CHEAP",
    title: t("“最便宜”缺少比较依据", "比較根拠のない最安表示", "'Cheapest' claim without a comparison basis"),
    message: t(
        "最低价、业界最便宜、比哪里都便宜等表述属于有利误认风险，须注明比较对象和调查时间；乐天的最低价随时变化。",
        "最安値・業界最安・どこよりも安い等は有利誤認のおそれがあります。比較対象と調査時点を明記してください（楽天の最安値は常に変動します）。",
        "'Lowest price' or 'cheaper than anywhere' is a misleading-price risk; name the comparison and the date (marketplace lowest prices change constantly).",
    ),
    citation: cite("景品表示法（不当景品類及び不当表示防止法）", "5条2号（有利誤認）", "https://www.caa.go.jp/policies/policy/representation/fair_labeling/", "2024-10-01"),
    patterns: &["最安|最安値|業界最安|地域最安|最低価格|日本一安い|どこよりも安|他店より安|他店よりお安|底値|最安値に挑戦|これより安い|必ず安く|一番安い|いちばん安い|さいやす|相場の半額|ネット相場"],
    near: &[
        Near { words: &["調べ", "比較対象", "比較"], window: 60, effect: Effect::Lower },
        Near { words: &["時点", "現在", "年"], window: 60, effect: Effect::Lower },
        // 最安値は…でご確認ください: pointing to where prices are compared, not claiming the lowest.
        Near { words: &["でご確認", "ご確認いただ", "比較サイトの価格", "価格比較ページ"], window: 40, effect: Effect::Suppress },
    ],
    exceptions: &["いちばん安いスタンダードプラン", "いちばん安いプラン", "一番安いプラン", "最安のスタンダード便", "最安の配送", "最安の便"],
    suggestions: &["特別価格", "お求めやすい価格"],
    ng: &["業界最安値！", "どこよりも安い自信があります"],
    ok: &["お求めやすい価格でご用意しました", "安心の国内発送です"],
    ..BASE
};

pub const DOUBLE_PRICE: Rule = Rule {
    id: "KH-DBL",
    severity: Severity::Warning,
    title: t("二重价格需要证据", "二重価格表示の根拠", "Was/now price needs evidence"),
    message: t(
        "“通常价格”“定价”等对比价格须满足8周过半规则（前8周内过半时间且累计2周以上按该价格销售，且最后一次不早于2周前）；厂商建议零售价须有公开证据。请注明期间或依据。",
        "通常価格・定価などの比較対照価格は「最近相当期間」（セール前8週間の過半かつ通算2週間以上、最後の販売から2週間以内）の実績が必要です。メーカー希望小売価格は公表の根拠が必要です。期間や根拠を明記してください。",
        "A 'usual' or list price needs the 8-week majority rule (sold at that price for over half of the prior 8 weeks, at least 2 weeks, last within 2 weeks); an MSRP needs public evidence. State the period or source.",
    ),
    citation: cite("不当な価格表示についての景品表示法上の考え方（価格表示ガイドライン）", "第4 二重価格表示", "https://www.caa.go.jp/policies/policy/representation/fair_labeling/", "2000-06-30"),
    patterns: &[
        "毎日がセール|いつでも#%off|ずっと半額|常に半額|毎日半額|年中半額|いつでも半額|実質半額|実質#円",
        "通常価格|当店通常価格|定価|参考価格|希望小売価格|メーカー希望小売価格|市場価格|他店価格|元値|通常販売価格",
        "百貨店価格|サロン専売価格|家電量販店では|お店で買ったら|普段は|通常#万|#万円相当|#円相当|倍の値段|#万はする|#万円以上する",
        "市価|他のサイトだと|他サイトでは|デパートで買うと|通常は#万|通常は#千|で売られている|他社相場|相場の半額|分の1の価格",
        "実店舗価格|正規価格|旧価格|本来は|本来の価格|他店では|百貨店では|デパートでは|量販店では|市場相場|相場価格|原価割れ|赤字覚悟|採算度外視|#万円超え",
        "他社比|当店比|他店比|市価比|市場価格比|相場比|従来価格比 + #%|##%|#割|半額|半値",
        "市価の|相場の|定価の + 半|#/#|#分の#|#割|#%",
        "一時期#|一時期##|過去最高販売価格|過去最高価格|値上げ予定|近日値上げ|値上げ前の|普通は#|普通は##|半値以下|平均価格より|相場より",
        "amazon|アマゾン|楽天|ヤフー|他店|他社|量販店|大手通販|大手通販サイト + より|よりも ~ 安い|安く|お安",
        "量販店価格|家電量販店価格|テレビ通販では|通販番組では|テレビショッピングでは|発売当初価格|発売時価格|発売当初は|発売時の価格",
    ],
    near: &[Near { words: &["確認）", "確認)", "記載の価格", "セール期間", "期間："], window: 60, effect: Effect::Suppress }, Near { words: &["販売していた", "販売価格）", "の販売価格", "前日まで", "比較対照価格", "日販売)", "に戻ります", "に戻る", "価格を改定", "価格改定", "比較価格の表示なし"], window: 80, effect: Effect::Suppress }, 
        Near { words: &["円", "¥", "→", "off", "半額", "値下げ", "割引", "割引き", "お値段", "値段"], window: 30, effect: Effect::Require },
        Near { words: &["の販売価格", "販売実績", "カタログ", "に基づく", "販売期間", "から値引き", "定期便"], window: 40, effect: Effect::Lower },
    ],
    suggestions: &["当店通常価格（○年○月○日〜○月○日の販売価格）"],
    ng: &["通常価格9,800円→今だけ4,980円", "定価5,000円のところ半額"],
    ok: &["価格は税込3,980円です", "お支払い方法はクレジットカードです"],
    exceptions: &["メーカー希望小売価格#,###円（税込・メーカー公式サイト掲載", "以降は通常価格", "以降の通常価格", "限定価格"],
    ..BASE
};

pub const URGENCY: Rule = Rule {
    id: "KH-URGENCY",
    severity: Severity::Warning,
    title: t(
        "限时表述缺少真实截止时间",
        "期限の示されていない限定表示",
        "Urgency claim without a real end date",
    ),
    message: t(
        "“仅限今天”“限时”等如果长期持续属于有利误认。请写明真实的截止日期和时间。",
        "「本日限り」「今だけ」などを恒常的に使うと有利誤認となります。実際の終了日時を明記してください。",
        "'Today only' or 'now only' used permanently is a misleading-price claim; state the real end date and time.",
    ),
    citation: cite(
        "景品表示法（不当景品類及び不当表示防止法）",
        "5条2号（有利誤認）",
        "https://www.caa.go.jp/policies/policy/representation/fair_labeling/",
        "2024-10-01",
    ),
    patterns: &[
        "急いで|お急ぎください|あと#分で|ラスト#時間|この価格は今日|閲覧中の人数|人が見ています|人が閲覧中|1人#個まで",
        "今だけ|本日限り|期間限定|残りわずか|在庫限り|先着#|売り切れ続出|入荷未定|満員御礼|ラストチャンス|お見逃しなく",
        "本日終了|毎日開催|限定価格|分間だけ|ラスト1点|ラスト#点|在庫一掃|閉店セール|最後の入荷|限定#セット|二度と手に入りません|あと#時間|今しか買えない|超限定|本日限定|もう間に合いません|早い者勝ち|数量限定|売り切れ御免|在庫わずか|今日で終わり|本当にラスト|在庫これで最後|次回入荷は未定",
        "今この瞬間だけ|終わったら倍に|倍に戻る|今日が最後|明日からはもう|本日中のご注文を|今日までしか|急げ|今日しか買えない|今しかない",
        "なくなり次第終了|なくなり次第|二度とこの値段|二度とこの価格|もう二度と下がりません|最終値下げ|今買わないと|今買わなきゃ|今のうちに|お早めのご決断|今日注文しないと|次はいつ入荷|#分で終了|#時間で終了|カウントダウン",
        "終了間近|最後のチャンス|売り切れ寸前|売切れ寸前|本日最終日|最終日!|最終日！|閉店売りつくし|売りつくしセール|売り尽くしセール|期間延長|延長決定|再延長|いつ終わるか|今日まで!|今日まで！|本日中まで",
        "このページを開いた方だけ|この画面を閉じると|画面を閉じると二度と|このページを閉じると|ページを離れると二度と",
    ],
    near: &[Near { words: &["時点", "残り：", "残り:", "販売開始", "残数"], window: 40, effect: Effect::Suppress }, 
        // 数量限定50個（なくなり次第終了）: the end condition of a stated quantity.
        Near { words: &["個(", "セット(", "点(", "本(", "枚(", "食(", "名(", "組("], window: 4, effect: Effect::Suppress },
        Near {
            words: &["販売終了", "生産終了", "再入荷の予定", "再入荷予定", "旧モデル", "型落ち", "在庫数："],
            window: 40,
            effect: Effect::Suppress,
        },
        Near {
            words: &["日まで", "日迄", ":59", "時まで", "月末まで", "日(", "日~"],
            window: 30,
            effect: Effect::Suppress,
        },
    ],
    suggestions: &["○月○日○時まで"],
    ng: &["本日限り半額！", "今だけの特別価格"],
    ok: &["期間限定：5月1日〜5月31日まで", "セールは5月31日まで開催します"],
    exceptions: &["数量限定品のため", "数量限定#", "数量限定##", "数量限定###", "数量限定####", "限定#セット", "限定##セット", "限定###セット", "限定####セット", "年度も残りわずか", "今年も残りわずか", "時間残りわずか", "残りわずかとなりました", "急いでしまう", "カウントダウンの表示",
        "数量限定#",
        "数量限定のため",
    ],
    ..BASE
};

/// Urgency the copy itself contradicts: 在庫限り（再入荷予定あり）, 残り1時間（毎時0分に自動で再開）,
/// 閉店セール最終日（2023年から実施中）. The limit is not real by the seller's own words.
pub const BELIED_URGENCY: Rule = Rule {
    id: "KH-URGENCY-FALSE",
    status: RuleStatus::Confirmed,
    title: t("限时/限量表述与自身说明矛盾", "限定表示と矛盾する記載", "Urgency contradicted by the copy itself"),
    message: t(
        "写了“仅剩少量”“最后一天”“仅今天”，同一段里却写着“有补货计划”“每小时自动重启”“全年实施”“库存999”：限制并不真实，属于有利误认。请删除限时/限量表述，或写明真实的截止时间和数量。",
        "「残りわずか」「最終日」「今日だけ」と書きながら、同じ文中に「再入荷予定あり」「毎時自動で再開」「通年実施」「在庫数999」などとあり、限定が実態と異なります（有利誤認）。限定表示を削除するか、実際の終了日時・数量を記載してください。",
        "The copy says 'almost gone', 'last day' or 'today only' and, in the same passage, 'restocking', 'restarts every hour', 'runs all year' or 'stock: 999': the limit is not real (misleading advantage). Remove the urgency or state the real end time and quantity.",
    ),
    citation: cite(
        "景品表示法（不当景品類及び不当表示防止法）／不当な価格表示についての景品表示法上の考え方",
        "5条2号（有利誤認）；第4 期間限定・数量限定の表示",
        "https://www.caa.go.jp/policies/policy/representation/fair_labeling/",
        "2024-10-01",
    ),
    // Within one line: the contradiction usually sits in brackets after 「！」.
    claims: &[Claim::new(&[URGENCY_CLAIMS], &[URGENCY_BELIED]).reach(40).either_order().across_sentences().not_negatable()],
    suggestions: &["○月○日○時まで"],
    ng: &["在庫限りの大放出！（再入荷予定あり）", "残り1時間！（毎時0分に自動で再開）", "在庫残りわずか！（在庫数：999）"],
    ok: &["在庫限り（再入荷の予定はございません）", "毎日限定10食", "現在品切れ中です。再入荷予定あり"],
    ..BASE
};

pub const DISCLAIMER: Rule = Rule {
    id: "KH-DISCLAIM",
    severity: Severity::Warning,
    title: t("“个人感受”不能抵消功效宣称", "打消し表示は効果体験談を正当化しない", "'Individual results vary' does not cure an efficacy testimonial"),
    message: t(
        "“※个人感想”“效果因人而异”放在功效体验旁边几乎没有抵消作用（消费者厅2017年调查）。请删除功效体验，只保留使用感。",
        "「※個人の感想です」「効果には個人差があります」は効果の体験談をほとんど打ち消しません（消費者庁 打消し表示報告書 2017）。効果の体験談を削除し、使用感のみにしてください。",
        "'Personal impression' or 'results vary' next to an efficacy testimonial hardly cancels it (CAA 2017 survey). Remove the efficacy claim; keep feel-in-use only.",
    ),
    citation: cite("消費者庁「打消し表示に関する実態調査報告書」", "体験談と打消し表示", "https://www.caa.go.jp/policies/policy/representation/fair_labeling/", "2017-07-14"),
    patterns: &["個人の感想です|個人の感想であり|個人の感想となります|効果には個人差があります|効果には個人差|効果を保証するものではありません|感じ方には個人差"],
    near: &[Near { words: &["消え", "薄く", "痩せ", "やせ", "治", "改善", "効い", "kg", "変わり", "なくな", "若返", "減"], window: 60, effect: Effect::Require }],
    suggestions: &["しっとりした使い心地が気に入っています"],
    ng: &["2週間でシミが薄くなりました！※個人の感想です", "飲み始めて3kg痩せました（効果には個人差があります）"],
    ok: &["しっとりした使い心地が気に入っています※個人の感想です", "香りがとても好みです。※個人の感想です"],
    ..BASE
};

/// A headline benefit taken back by its own fine print: 送料無料※別途配送料, 初回0円※4回以上の継続が
/// 条件, 最大90%OFF（対象は1点のみ）. The 打消し表示 report found buyers miss such conditions.
pub const FINE_PRINT: Rule = Rule {
    id: "KH-FINEPRINT",
    severity: Severity::Warning,
    title: t("醒目优惠被小字条件推翻", "強調表示を打ち消す条件", "Headline benefit taken back by fine print"),
    message: t(
        "“包邮”“首单0日元”“最高90%OFF”后面用※小字写“另收运费”“须连续购买4次”“仅1件”，与醒目表述矛盾，消费者厅认为消费者多半看不到，属有利误认。请把条件写进醒目表述本身，或取消该表述。",
        "「送料無料」「初回0円」「最大90%OFF」の後に※で「別途送料」「4回以上の継続が条件」「対象は1点のみ」と書くと強調表示と矛盾し、消費者庁の調査では多くの消費者が条件を読み落とします（有利誤認）。条件を強調表示そのものに含めるか、強調表示をやめてください。",
        "'Free shipping', 'first order ¥0' or 'up to 90 % off' followed by fine print ('shipping charged separately', 'requires 4 purchases', 'one item only') contradicts the headline; the CAA found most buyers miss such conditions (misleading terms). Put the condition into the headline or drop it.",
    ),
    citation: cite(
        "景品表示法5条2号／消費者庁「打消し表示に関する実態調査報告書」",
        "強調表示と打消し表示の矛盾（平成29年7月）；「打消し表示に関する表示方法及び表示内容に関する留意点」（平成30年6月）",
        "https://www.caa.go.jp/policies/policy/representation/fair_labeling/",
        "2017-07-14",
    ),
    status: RuleStatus::Confirmed,
    claims: &[
        Claim::new(&[lexicon::FREE_SHIPPING], &[lexicon::SHIPPING_CATCH]).across_sentences().reach(30),
        Claim::new(&[lexicon::INTRO_PRICES], &[lexicon::SUBSCRIPTION_CATCH]).across_sentences().reach(30),
        Claim::new(&[lexicon::SALE_HEADLINES], &[lexicon::SALE_CATCH]).across_sentences().reach(20),
    ],
    // Remote areas charged extra, named beside the claim, are the ordinary exception.
    near: &[Near { words: &["離島", "沖縄", "北海道", "一部地域", "遠隔地", "場合は別途"], window: 30, effect: Effect::Suppress }],
    suggestions: &["送料○○円（○○円以上のご購入で送料無料）", "○回継続の定期コース：1回あたり○○円（総額○○円）"],
    ng: &["送料無料！※別途配送料800円", "初回0円！※4回以上の継続購入が条件です", "最大90%OFF（対象は1点のみ）"],
    ok: &["送料無料（3,980円以上のご購入で）", "全品10%OFF（12月1日〜7日）"],
    ..BASE
};

pub const ORIGIN: Rule = Rule {
    id: "KH-ORIGIN",
    title: t("原产国表示", "原産国表示", "Country of origin"),
    message: t(
        "海外生产的商品标“日本制”“国产”属于原产国不当表示；全日文页面也可能让人误以为日本制造。请明确写出“原産国：中国”等。",
        "海外で製造した商品に「日本製」「国産」と表示することは原産国の不当表示です。日本語のみの表示も日本製と誤認させるおそれがあるため、「原産国：中国」などを明記してください。",
        "Calling overseas-made goods 'made in Japan' misrepresents the origin, and an all-Japanese listing can imply it too; state the origin clearly, e.g. 原産国：中国.",
    ),
    citation: cite("商品の原産国に関する不当な表示（昭和48年公正取引委員会告示第34号）", "景品表示法5条3号 指定告示", "https://www.caa.go.jp/policies/policy/representation/fair_labeling/representation_regulation/case_005", "1973-10-16"),
    status: RuleStatus::Confirmed,
    check: Some(country_of_origin),
    suggestions: &["原産国：○○", "日本の○○社が企画・品質管理（原産国：○○）"],
    example_scope: Scope { made_overseas: true, ..Scope::ANY },
    ng: &["日本製の高品質タオル", "日本品質のモバイルバッテリー", "ふわふわのバスタオルです"],
    ok: &["原産国：中国。日本の企画チームが品質管理しています", "中国製の綿タオルです"],
    ..BASE
};

pub const REVIEW_REWARD: Rule = Rule {
    id: "KH-REVIEW",
    status: RuleStatus::Secondary,
    title: t("以好评为条件的奖励或代写评价", "高評価を条件にした特典・レビューの依頼操作", "Rewards for good ratings or scripted reviews"),
    message: t(
        "以★5、好评或特定内容为条件给予优惠、赠品或返款，或由商家准备评价文案、让员工发评价，会让评价看起来像消费者的真实意见（隐形营销、优良误认），楽天、Amazon、TikTok Shop也都禁止。奖励只能对所有评价一律、在投稿后给予。",
        "★5・高評価・特定の文言を条件にした特典や返金、事業者が用意した文面での投稿依頼、社員による投稿は、事業者の表示を消費者の感想に見せかけるもの（ステマ告示・優良誤認）で、楽天・Amazon・TikTok Shop の規約でも禁止されています。特典は評価にかかわらず、投稿後に一律で提供してください。",
        "Rewards, refunds or discounts conditional on ★5, a good rating or given wording, reviews written from the seller's script, and reviews by staff present the seller's own message as customers' opinions (stealth marketing, misleading quality) and break Rakuten, Amazon and TikTok Shop rules. Offer any reward to every reviewer, after posting, whatever the rating.",
    ),
    citation: cite(
        "景品表示法5条3号（ステルスマーケティング告示）・5条1号／楽天市場・Amazon.co.jp のレビューガイドライン",
        "運用基準 第2（事業者の表示であること）",
        "https://www.caa.go.jp/policies/policy/representation/fair_labeling/stealth_marketing/",
        "2023-10-01",
    ),
    patterns: &[
        "★5|☆5|星5|星5つ|5つ星|★4以上|★5に変更|高評価|良い評価|低評価 + レビュー|の|を|で|をつけ|を付け|の方|いただけ|取り下げ|してくれた",
        "レビュー + で送料|投稿のお約束|の文面|記入で|を取り下げ",
        "とレビューしてくれた|とレビューいただいた|と書いてくれた人|社員一同でレビュー|スタッフもレビュー|レビューを書いてくだされば|代金を全額返金",
        "って書いてくれた|と書いてくれたら|と書いてくれた方|とお書きいただくと|とお書きいただいた|と書いてくださった方",
        "に沿って + 「",
        "良いレビュー|いいレビュー|良い口コミ|いい口コミ|レビュー満点|満点レビュー|褒めてくれたら|ほめてくれたら|星5つけ|★5をつけ|★5つけ|★1のレビューを|★3を|星1〜2|低評価をお考え|評価をお考えの場合",
        "レビューを書くと約束|レビューを書く」とお約束|とお約束いただいた方|到着前にレビュー|到着前にレビューを|良いレビューのみ|高評価のみ掲載|悪いレビューは削除|低評価は削除",
        "レビュー + 書いたら|を書いたら|投稿で|記入で|を投稿で + 全額返金|返金|キャッシュバック",
        "レビューをお約束|レビュー記入をお約束|レビューのお約束|お約束いただければ|お約束いただいた方|⭐⭐⭐⭐⭐で|⭐️⭐️⭐️⭐️⭐️で|★★★★★で|☆☆☆☆☆で",
        "一購入者として|いち購入者として|購入者の一人として|一般客として|一般客を装|星5確約|★5確約|高評価確約",
        "サクラレビュー|さくらレビュー|サクラ募集|やらせレビュー|やらせ投稿",
        "prは入れないで|prを入れないで|prって書くと|prと書くと|pr不要|prは不要|prを付けないで|prはつけないで|prと書かないで|広告と書かないで|広告と表示しないで|宣伝ではなく、個人の感想として|宣伝っぽくならないよう|自然な感じでお願い",
        "星#以上|★#以上|☆#以上|評価#以上 + で| ~ プレゼント|進呈|クーポン|割引|送料無料|おまけ",
        "とレビューに書いてくださった|とレビューに書いてくれた|とレビューに書いた方|とレビューいただいた方|レビュー記入を条件|レビュー投稿を条件|レビューを条件|レビュー記入が条件|レビュー投稿が条件",
        "書き直していただけ|書き直してもらえ|評価を変更していただけ|評価の変更をお願い|レビューの修正をお願い|レビューを削除していただけ|評価を削除していただけ|レビューの削除をお願い|評価を上げていただけ",
    ],
    exceptions: &["返品で代金を全額返金", "返品の場合は代金を全額返金", "低評価のレビューも", "低評価のご意見", "5つ星のうち", "星5つのうち",
        "低評価のご投稿",
        "低評価のレビューを受け",
        "低評価を受け",
        "低評価をいただ",
        "低評価のレビューをいただ",
    ],
    near: &[Near { words: &["にかかわらず", "に関わらず", "問いません", "いただいても", "関係なく"], window: 40, effect: Effect::Suppress }],
    suggestions: &["レビューを書いてくださった方全員に、投稿確認後○○をお送りします（評価の内容は問いません）"],
    // A reward tied to the rating or to praise, in either order (★5にしてくれたら送料無料, 褒めてくださった方にクーポン).
    claims: &[Claim::new(&[lexicon::GOOD_RATINGS], &[lexicon::REVIEW_REWARDS]).reach(30).either_order().across_commas()],
    ng: &["★5レビューで次回送料無料", "「おいしい」とレビューしてくれた方にサンプルをお送りします"],
    ok: &["レビューを書いてくださった方全員に、投稿確認後クーポンをお送りします（評価の内容は問いません）", "レビューのご投稿をお待ちしております"],
    ..BASE
};

// Whole-text checks.

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
/// Parts and materials a Japanese origin may be said of on goods made elsewhere.
const PARTS: &[&str] = &[
    "生地",
    "素材",
    "原料",
    "原材料",
    "原産地名",
    "付属",
    "箱",
    "ケース",
    "パッケージ",
    "基準",
    "検品",
    "品質管理",
    "部品",
    "パーツ",
    "糸",
    "金具",
    "ファスナー",
    "ボタン",
    "レンズ",
    "ムーブメント",
    "茶葉",
    "原反",
    "本体",
    "刃",
    "染め",
    "加工",
    "デザイン",
    "設計",
];

/// A part word right before or after the span (生地：日本製, 木箱は日本製, 日本製の生地).
fn names_a_part(doc: &Doc, start: usize, end: usize) -> bool {
    let text = &doc.folded.text;
    let before = text[..start].trim_end_matches([':', '：', 'は', 'も', 'が', ' ']);
    let after = text[end..].strip_prefix('の').unwrap_or(&text[end..]);
    PARTS
        .iter()
        .map(|part| fold_word(part))
        .any(|part| before.ends_with(&*part) || after.starts_with(&*part))
}

fn country_of_origin(doc: &Doc, scope: &Scope) -> Vec<Hit> {
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
            "メイドインジャパン",
            "メイド・イン・ジャパン",
            "日本で作",
            "日本で生産",
            "日本で組み立",
            "国内で組み立",
            "日本の工場",
            "国内工場",
            "日本縫製",
            "国内縫製",
        ],
    )
    .into_iter()
    .filter(|&(_, e)| !denied_after(doc, e))
    // 日本製 next to a part (生地：日本製／縫製：中国) describes that part: a reminder only. Said of
    // the goods themselves (安心日本製（原産国：ベトナム）) it contradicts the stated origin.
    .map(|(s, e)| hit(doc, s, e, names_a_part(doc, s, e).then_some(Severity::Info)))
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
                    "ジャパンクオリティ",
                    "日本の技術",
                    "日本のメーカー",
                    "国内メーカー",
                    "日本の職人",
                    "職人が一",
                    "伝統工芸",
                    // Japanese production places and crafts (告示 2項1号: another country's place names).
                    "今治",
                    "燕三条",
                    "有田焼",
                    "伊万里",
                    "九谷焼",
                    "美濃焼",
                    "波佐見焼",
                    "信楽焼",
                    "益子焼",
                    "西陣",
                    "南部鉄器",
                    "江戸切子",
                    "輪島塗",
                    "京都の老舗",
                    "京都の職人",
                    "関の刃物",
                    "堺の職人",
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

/// Limits that the offer's own copy can contradict.
const URGENCY_CLAIMS: &[&str] = &[
    "在庫限り",
    "残りわずか",
    "残り僅か",
    "在庫わずか",
    "ラストチャンス",
    "最終日",
    "最終入荷",
    "最後の入荷",
    "今日だけ",
    "本日だけ",
    "本日限り",
    "今だけ",
    "タイムセール",
    "残り1時間",
    "残り2時間",
    "残り3時間",
    "二度と作りません",
    "二度と入荷",
    "閉店セール",
    "期間限定",
    "季節限定",
    "お盆限定",
    "年末限定",
    "夏限定",
    "冬限定",
    "限定価格",
    "特別価格",
    "注文殺到",
    "売り切れ間近",
    "ゲリラ",
];

/// What says the limit is not real: restocking, an automatic restart, a year-round or years-long run,
/// a large stock.
const URGENCY_BELIED: &[&str] = &[
    "再入荷予定あり",
    "再入荷予定です",
    "再入荷します",
    "再入荷いたします",
    "自動で再開",
    "自動的に再開",
    "毎時",
    "毎日が",
    "毎日やって",
    "毎日実施",
    "昨日も今日も",
    "明日もやって",
    "継続生産",
    "継続販売",
    "定番品として",
    "から実施中",
    "年から開催",
    "年中実施",
    "通年",
    "1月〜12月",
    "1月～12月",
    "1月-12月",
    "在庫補充",
    "自動で補充",
    // 残りわずか（在庫数：999）: a stated stock of three digits or more (1,000 literals, one prefix).
    "在庫数:###",
    "随時補充",
];
