//! Health foods, supplements and foods: 46通知, 薬機法68条, 健康増進法65条, 食品表示基準
//! (compliance.md §1.2.5–1.2.7, §6.4).

use super::super::checks::*;
use crate::lint::engine::Doc;

use super::super::lexicon;
use super::super::rule::{Claim, Effect, Near, ProductClass, Rule, RuleStatus, Scope, Severity, BASE};
use super::cosmetics::{CARE_AND_HABITS, CAUTIONS, CERTIFIED_DEVICE, MEDICAL_SETTING};
use super::{cite, t, NOTICE_46};
use crate::lint::rule::Hit;
use ProductClass::*;

/// A 機能性表示食品's notified form: the claim is reported, not promised (届出表示).
const NOTIFIED: &[&str] = &[
    "ことが報告されています",
    "機能があることが報告",
    "報告されています",
    "機能が報告されて",
    "ことが報告されて",
];

/// Where a disease is named without a claim about it: a notified 機能性表示食品 statement, a
/// caution, medical practice, care and habits, a certified device (HF-DISEASE, HF-DISEASE-NAME).
const DISEASE_CONTEXT: &[Near] = &[
    Near {
        words: NOTIFIED,
        window: 80,
        effect: Effect::Suppress,
    },
    Near {
        words: CAUTIONS,
        window: 30,
        effect: Effect::Suppress,
    },
    Near {
        words: MEDICAL_SETTING,
        window: 40,
        effect: Effect::Suppress,
    },
    Near {
        words: CARE_AND_HABITS,
        window: 40,
        effect: Effect::Suppress,
    },
    CERTIFIED_DEVICE,
];

const HEALTH: Scope = Scope::class(HealthFood);
/// Drug efficacy (46通知) is outside every non-drug class: foods, goods, apparel, appliances and,
/// beyond the 56 efficacies, cosmetics (CS-DISEASE covers diseases for cosmetics).
const NON_DRUG: &[ProductClass] = &[HealthFood, FunctionalFood, Food, Goods, BeautyDevice, Apparel, Electrical];
const NON_DRUG_WITH_COSMETICS: &[ProductClass] = &[
    HealthFood,
    FunctionalFood,
    Food,
    Goods,
    BeautyDevice,
    Apparel,
    Electrical,
    Cosmetics,
];

pub const DISEASE: Rule = Rule {
    id: "HF-DISEASE",
    status: RuleStatus::Confirmed,
    classes: NON_DRUG,
    title: t("食品/杂货宣称预防或改善疾病", "食品・雑貨での疾病の治療・予防表示", "Disease treatment or prevention claim for food or goods"),
    message: t(
        "食品、保健食品、杂货宣称对糖尿病、高血压、花粉症等疾病有效或可预防，即被视为未获批准的药品（46通知、药机法68条）。请删除疾病名称，改为生活方式表述，如“在意甜食的人”“换季时的营养补充”。",
        "食品・健康食品・雑貨で糖尿病・高血圧・花粉症などの治療や予防をうたうと、未承認医薬品とみなされます（46通知・薬機法68条）。病名を削除し、「甘いものが気になる方に」「季節の変わり目の栄養補給に」など生活上の表現にしてください。",
        "Claiming food, supplements or goods treat or prevent diabetes, hypertension, hay fever etc. makes them unapproved drugs (46 notice; PMD Act 68); drop the disease and use lifestyle framing.",
    ),
    citation: NOTICE_46,
    patterns: &[
        "薬をやめて|薬をやめても|薬の代わりに|薬いらず|薬を減らせ|薬が不要|薬に頼らない|薬を飲まなくて|薬がいらなくな|薬いらなくな|薬がいらない|病院に行かなくて|皮膚科に行かなくて|皮膚科行かなくて|だけで治る|だけで治り|だけで治っ|だけでなおる|だけで完治",
        "がん|癌|ガン|糖尿病|高血圧|動脈硬化|肝炎|認知症|うつ病|不眠症|不眠|便秘|花粉症|アレルギー|アトピー|風邪|インフルエンザ|更年期障害|更年期|生理痛|冷え性|関節痛|腰痛|肩こり|頭痛|痛風|骨粗しょう症|骨粗鬆症|貧血|肥満|メタボ|AGA|ED|胃潰瘍|高脂血症|脂肪肝|白内障|緑内障|歯周病|口内炎 + に効く:5k|に効果|の方に|対策|の改善|の予防|の人に|でお悩みの方",
        "がん|癌|ガン|糖尿病|高血圧|動脈硬化|肝炎|認知症|うつ病|不眠症|不眠|便秘|花粉症|アレルギー|アトピー|風邪|インフルエンザ|更年期障害|更年期|生理痛|冷え性|関節痛|腰痛|肩こり|頭痛|痛風|骨粗しょう症|骨粗鬆症|貧血|肥満|メタボ|AGA|ED|胃潰瘍|高脂血症|脂肪肝|白内障|緑内障|歯周病|口内炎 + が|を|も|は| ~ 予防|改善|解消|治す:5s|治る:5r|防ぐ:5g|良くなる:5r|撃退",
        "コロナ|コロナウイルス|新型コロナ + 予防|に効く:5k|に効果|を防ぐ:5g",
        "睡眠薬をやめ|睡眠薬がいらな|薬をやめられ|薬が手放せ|薬を手放せ|花粉の季節が平気|花粉症が平気|花粉が平気",
        "特定保健用食品と同等|トクホと同等|特保と同等|トクホ並み|特保並み|トクホと同じ|医薬品と同等",
        "高血圧|糖尿病|認知症|便秘症|花粉症|口内炎|逆流性食道炎|関節痛 + ~ サプリ|の方に|の方にも|のあなたに|が心配な方|ができやすい方|がする方",
        "風邪ひかない体|風邪をひかない体|風邪を引かない体|完治を目指|根治を目指|持病から|持病とさよなら|ウイルスに強い|ウィルスに強い|風邪に強い|病気に強い|風邪をひかなく|風邪をひきにくく|風邪をひきませ|風邪ひかなく|風邪ひきにくく|正常範囲に戻|正常値に戻|整体に行かなくて|整骨院に行かなくて|通院しなくて|通院が不要",
        "薬と同じように効|薬と同じ扱い|医薬品と同じ扱い|薬と同じ効果|医薬品と同じ効果|薬並みの効果|医薬品並みの効果|薬と同じくらい効",
        "口臭 + が|も| ~ ぴたっと止|止ま|消え|治",
        "インフルや|インフル予防|インフルに|インフル対策|インフルが",
    ],
    exceptions: &["のリスクを高め", "リスクが高まる", "やめてしまい", "親知らず", "体がウイルスと", "細菌やウイルスと戦", "自然におさま", "自然に治", "気になる季節", "を助ける栄養素", "に寄与する栄養素", "を助けるとともに", "の維持を助ける", "の形成を助ける", "原因になりにくい", "がんば", "ガンマ", "ガンダム", "がんも", "頑張"],
    suggestions: &["甘いものが気になる方に", "季節の変わり目の栄養補給に"],
    example_scope: HEALTH,
    ng: &["糖尿病の方にお奨め", "花粉症対策にぴったりのお茶", "便秘がすっきり解消", "がんを治す"],
    ok: &["甘いものが気になる方に", "季節の変わり目の栄養補給に"],
    claims: &[Claim::new(&[lexicon::DISEASES], &[lexicon::CURE]), Claim::new(&[lexicon::DISEASES], &[lexicon::DISEASE_APPEAL]).reach(4)],
    near: DISEASE_CONTEXT,
    ..BASE
};

/// A disease named beside a food: the name implies the food treats or prevents it, even with no
/// verb (「膀胱炎を繰り返す女性の味方」「のどを守るなたまめ茶（ぜんそくの方に）」) — a disease in
/// the same sentence as the product, taking it or relief. Yields to HF-DISEASE.
pub const DISEASE_NAME: Rule = Rule {
    id: "HF-DISEASE-NAME",
    severity: Severity::Warning,
    status: RuleStatus::Confirmed,
    classes: &[HealthFood, FunctionalFood, Food],
    needs_class: true,
    fallback: true,
    title: t("食品文案中出现疾病名称", "食品の広告に病名", "Disease named in food copy"),
    message: t(
        "食品、保健食品的文案中只要出现疾病名称（即使没有“治好”“有效”等字眼），也会被视为暗示治疗或预防该疾病（46通知：明示・暗示均不可）。请删除病名；注意事项（“正在治疗的人请咨询医生”）除外。",
        "食品・健康食品の広告に病名があると、「治る」「効く」と書かなくても、その病気の治療・予防を暗示するものとみなされます（46通知：明示・暗示を問わない）。病名を削除してください。注意書き（「治療中の方は医師にご相談ください」）は除きます。",
        "Naming a disease in food or supplement copy implies the food treats or prevents it even without a verb (46 notice: explicit or implied). Remove the disease name; cautions ('consult your doctor if under treatment') are fine.",
    ),
    citation: NOTICE_46,
    claims: &[Claim::new(&[lexicon::DISEASE_NAMES], &[lexicon::FOOD_AD_CUES]).either_order().across_commas().reach(40)],
    exceptions: &["疾病の", "がんば", "ガンマ", "ガンダム", "がんも", "頑張", "がんこ", "ガンガン", "がんがん", "甲状腺ホルモン", "持病の薬", "やめてしまい", "風邪薬", "かぜ薬", "インフルエンザ薬", "ドライアイス"],
    near: DISEASE_CONTEXT,
    suggestions: &["毎日の健康維持に"],
    example_scope: HEALTH,
    ng: &["膀胱炎を繰り返す女性の味方、クランベリー濃縮", "のどを守るなたまめ茶（ぜんそく・気管支の不調に）"],
    ok: &["糖尿病で治療中の方は医師にご相談のうえお召し上がりください", "国産大麦若葉100%の青汁、毎日の健康維持に"],
    ..BASE
};

pub const FUNCTION: Rule = Rule {
    id: "HF-FUNC",
    status: RuleStatus::Confirmed,
    classes: NON_DRUG_WITH_COSMETICS,
    title: t("增强身体机能的表述", "身体機能の増強・増進表示", "Claim to strengthen body functions"),
    message: t(
        "“消除疲劳”“提高免疫力”“燃烧脂肪”“降血糖”等增强身体机能的表述属于药品功效。可写“日常健康维持”“营养补充”。功能性标示食品仅限已申报的原文。",
        "「疲労回復」「免疫力アップ」「脂肪燃焼」「血糖値を下げる」など身体機能の増強は医薬品的効能です。「毎日の健康維持に」「栄養補給に」などにしてください。機能性表示食品は届出表示そのままの文言に限ります。",
        "'Relieves fatigue', 'boosts immunity', 'burns fat', 'lowers blood sugar' are drug efficacy; say 'for everyday health' or 'nutritional support'. Functional foods may use only their notified wording.",
    ),
    citation: NOTICE_46,
    patterns: &[
        "ぐっすり眠れるように|眠れるようになり|快眠サプリ|疲れにくい|疲れない体|疲れが取れ",
        "疲労回復|滋養強壮|体力増強|食欲増進|老化防止|回春|精力増強|精力がつく|精力をつけ|解毒|デトックス|血液サラサラ|血液をサラサラ|血液浄化|血液をきれい|自然治癒力|脂肪燃焼|燃焼系|脂肪を燃焼|腸内環境を整え|整腸|快便|肝機能|ホルモンバランスを整え|ホルモンを刺激|代謝アップ|代謝を上げ",
        "新陳代謝 + を| ~ 促す:5s|盛んにする|上げる:1|高める:1|アップ",
        "免疫|免疫力|抵抗力|めんえき|めんえき力 + を|が| ~ アップ|向上|高める:1|上げる:1|強化|上がる:5r|高まる:5r",
        "背が伸びる|背がぐんぐん|背が高くなる|身長が伸び|身長を伸ば|身長アップ",
        "吸収|糖の吸収|脂肪の吸収 + を| ~ 抑える:1|カット|ブロック",
        "血糖値|血圧|コレステロール + を|が| ~ 下げる:1|下がる:5r|抑える:1|減らす:5s",
        "集中力|記憶力 + を|が| ~ アップ|向上|高める:1|上がる:5r",
        "病中病後|病中・病後|病後の体力|病後の回復|病後の栄養補給|虚弱体質|体質改善",
        "階段の上り下り|立ち上がり|歩くの|歩行|ひざ|膝|腰|関節|節々 + が|も| + ラク|らく|楽に|楽な|スムーズ",
        "育毛サプリ|発毛サプリ|育毛効果|発毛効果|髪が生える|毛が生える",
        "ストレス解消|ストレスとは無縁|ストレスフリーに|イライラしない|イライラが消え",
        "数値 + が| + 全部|すべて|全て| + a判定|正常",
        "a判定に|正常値に|基準値内に",
        "精がつく|精をつけ|スタミナがつく|スタミナをつけ|体のサビ|からだのサビ|妙薬|霊薬|秘薬",
        "ストレス + を|から| ~ シャットアウト|完全に|ゼロに|解放",
    ],
    near: &[CERTIFIED_DEVICE, Near { words: MEDICAL_SETTING, window: 40, effect: Effect::Suppress }, Near { words: CARE_AND_HABITS, window: 40, effect: Effect::Suppress }, Near { words: NOTIFIED, window: 80, effect: Effect::Suppress }, Near { words: &["ことが報告されています", "機能が報告", "機能があることが報告"], window: 40, effect: Effect::Suppress }],
    suggestions: &["毎日の健康維持に", "栄養補給に", "ダイエット中の栄養補給に"],
    example_scope: HEALTH,
    ng: &["飲むだけで脂肪燃焼", "免疫力アップに", "血糖値がぐんぐん下がる"],
    ok: &["毎日の健康維持に", "ダイエット中の栄養補給に"],
    claims: &[Claim::new(&[lexicon::BODY_FUNCTIONS], &[lexicon::BOOST]).reach(8)],
    exceptions: &["を使って持ち上げ", "手が疲れにくい", "腕が疲れにくい", "する薬を飲んでいる", "見た目", "仕上げ", "仕上が", "を助ける栄養素", "に寄与する栄養素", "を助けるとともに", "の維持を助ける", "の形成を助ける", "原因になりにくい", "酸化から守", "健康維持を助け", "高めの方に適した", "高めの方に", "気になる方に適した",
        "高めの方」",
        "高めの方向け",
        "が高めの方",
    ],
    ..BASE
};

pub const NAME: Rule = Rule {
    id: "HF-NAME",
    status: RuleStatus::Secondary,
    classes: &[HealthFood, FunctionalFood, Food],
    needs_class: true,
    title: t("暗示药效的商品名/宣传语", "医薬品的効能を暗示する名称・キャッチコピー", "Name or catch-copy implying drug efficacy"),
    message: t(
        "“延命”“不老”“汉方”“妊活”“肠活”“喝的防晒”等名称或口号会暗示药效。可写“紫外线在意季节的美容补充”。",
        "「延命」「不老」「漢方」「妊活」「腸活」「飲む日焼け止め」などの名称・キャッチコピーは医薬品的効能を暗示します。「紫外線が気になる季節の美容サポートに」などにしてください。",
        "Names like 延命, 不老, 漢方, 妊活, 腸活 or 'drinkable sunscreen' imply drug efficacy; use 'beauty support in the UV season'.",
    ),
    citation: cite("消費者庁「健康食品に関する景品表示法及び健康増進法上の留意事項について」／46通知", "名称・キャッチフレーズによる暗示", "https://www.nexpert-law.com/yakkihoiryoho/mushounin-torisimari", "2022-12-05"),
    patterns: &[
        "延命|不老|不老長寿|長寿の秘訣|漢方|生薬|和漢伝方|秘法|皇漢処方|血糖下降|ほね元気|骨元気|妊活|腸活|温活|減脂",
        "飲む|食べる + 日焼け止め|美容液|点滴|ボトックス",
    ],
    suggestions: &["紫外線が気になる季節の美容サポートに", "毎日の栄養補給に"],
    example_scope: HEALTH,
    ng: &["飲む日焼け止めサプリ", "妊活サポートティー"],
    ok: &["紫外線が気になる季節の美容サポートに", "毎日の栄養補給に"],
    ..BASE
};

pub const DOSE: Rule = Rule {
    id: "HF-DOSE",
    status: RuleStatus::Secondary,
    classes: &[HealthFood, FunctionalFood, Food],
    needs_class: true,
    title: t("药品式的用法用量", "医薬品的な用法用量", "Drug-like dosage instructions"),
    message: t(
        "“1日3次饭后服用2片”等药品式用法用量会使食品被视为药品。请写“每日2～3粒为目安，用水或温水食用”。",
        "「1日3回食後に2錠服用」など医薬品的な用法用量は、食品を医薬品とみなす要素になります。「1日2〜3粒を目安に、水またはぬるま湯とお召し上がりください」としてください。",
        "'Take 2 tablets 3 times a day after meals' is drug-style dosage and makes a food a drug; write 'about 2–3 grains a day, with water'.",
    ),
    citation: NOTICE_46,
    patterns: &[
        "服用|用量|投与|用法",
        "#回 + 、| + 食前|食後|食間",
        "食前に|食後に|食間に|食前#|食後#|食間#|食事と食事の間|頓服|空腹時に|就寝前に#|症状に応じて|症状がつらい|増やしていただけ|朝晩#|朝昼晩|ごはんの後に|#回につき|#回#粒|#回#カプセル|#回#錠",
        "#錠|#粒|#カプセル + を| + 服用|飲む:5m|お飲み",
    ],
    exceptions: &["食後にぴったり", "食後のデザート", "食後の一杯", "服用中", "服用している", "服用されている", "服用の方", "服用する場合", "容量"],
    suggestions: &["1日○粒を目安に、水またはぬるま湯とお召し上がりください"],
    example_scope: HEALTH,
    ng: &["1日3回食後に2錠服用", "1回2粒を服用してください"],
    ok: &["1日2〜3粒を目安に、水またはぬるま湯とお召し上がりください", "1日2粒を目安にお召し上がりください"],
    ..BASE
};

pub const INGREDIENT: Rule = Rule {
    id: "HF-INGRED",
    severity: Severity::Warning,
    status: RuleStatus::Secondary,
    classes: &[HealthFood, FunctionalFood, Food],
    title: t("借成分说明暗示功效", "成分の説明による効能の暗示", "Efficacy implied through an ingredient"),
    message: t(
        "“姜黄以保护肝脏而闻名”之类借成分介绍暗示功效，同样属于药品性功效。只写成分事实，如“配合秋姜黄”。",
        "「ウコンは肝臓を守ることで知られる」など成分の説明で効能を暗示することも医薬品的効能にあたります。「ウコン（秋ウコン）配合」など成分の事実のみにしてください。",
        "'Turmeric, known to protect the liver' implies efficacy through the ingredient; state only the ingredient fact.",
    ),
    citation: NOTICE_46,
    patterns: &["で知られる|として知られ|で有名な|と言われて|といわれて|と言われる|といわれる|が期待できる|が期待され"],
    near: &[Near { words: &["肝臓", "血糖", "血圧", "脂肪", "免疫", "疲労", "守る", "下げ", "改善", "予防", "デトックス", "代謝", "燃焼", "整腸"], window: 25, effect: Effect::Require }],
    suggestions: &["ウコン（秋ウコン）配合"],
    example_scope: HEALTH,
    ng: &["ウコンは肝臓を守ることで知られる", "血糖値を下げると言われている桑の葉"],
    ok: &["ウコン（秋ウコン）配合", "京都の老舗として知られる茶園の茶葉を使用"],
    ..BASE
};

pub const FFC: Rule = Rule {
    id: "HF-FFC",
    status: RuleStatus::Secondary,
    title: t(
        "功能性标示食品：冒称认可或缺少申报编号",
        "機能性表示食品：国の認可をうたう表示・届出番号の欠落",
        "Food with function claims: claimed approval or no notification number",
    ),
    message: t(
        "功能性标示食品是企业自行申报，并非消费者厅认可；“消费者厅认可”“国家认可”“等同特保”均不可使用。写了“功能性标示食品”却没有申报编号（届出番号，如A123）也会提示。请写申报编号和规定的免责声明。",
        "機能性表示食品は事業者の届出であり、消費者庁の認可ではありません。「消費者庁認可」「国が認めた」「トクホと同等」は使えません。「機能性表示食品」とだけ書いて届出番号（A123など）がない場合も指摘します。届出番号と定型の注意書きを表示してください。",
        "Foods with function claims are notified by the business, not approved by the CAA; never say 'CAA-approved', 'government-approved' or 'FOSHU-equivalent'. Naming the category without its notification number (届出番号, e.g. A123) is flagged too. Show the number and the mandatory disclaimer.",
    ),
    citation: cite("機能性表示食品に対する食品表示等関係法令に基づく事後的規制（事後チェック）の透明性の確保等に関する指針", "問題となるおそれのある表示", "https://www.caa.go.jp/policies/policy/food_labeling/", "2020"),
    patterns: &[
        "消費者庁 + 認可|承認|許可|が認め|も認め|認定|のお墨付き|お墨付き",
        "国が認め|国も認め|国のお墨付き|国が保証|国に認められ|厚労省推薦|who許可|who認定|トクホと同等|特保と同等|トクホ並み|特保並み|トクホと同じ|特保と同じ|届出番号なし|届出なし",
        "届出番号|届出 + ~ 効果が実証|実証された|証明された|効果の証明|効果が証明",
    ],
    check: Some(ffc_notification_number),
    suggestions: &["機能性表示食品（届出番号○○○）", "本品は、事業者の責任において特定の保健の目的が期待できる旨を表示するものとして、消費者庁長官に届出されたものです。"],
    example_scope: Scope::class(FunctionalFood),
    ng: &["消費者庁が認めた機能性表示食品", "トクホと同等の効果", "機能性表示食品のサプリメントです"],
    ok: &[
        "機能性表示食品（届出番号A123）",
        "機能性表示食品 届出番号：J456",
        "本品は、事業者の責任において特定の保健の目的が期待できる旨を表示するものとして、消費者庁長官に届出されたものです。",
    ],
    ..BASE
};

pub const WEIGHT: Rule = Rule {
    id: "HF-WEIGHT",
    status: RuleStatus::Secondary,
    title: t("减重/瘦身效果宣称", "痩身・減量効果の表示", "Weight-loss claim"),
    message: t(
        "“喝了就瘦”“-10kg”“吃了也不胖”既是优良误认又是药品功效；TikTok Shop禁止减肥宣称和话题标签。可写“减肥期间的营养补充”。",
        "「飲むだけで痩せる」「-10kg」「食べても太らない」は優良誤認かつ医薬品的効能で、TikTok Shopでは痩身表現・ハッシュタグも禁止です。「ダイエット中の栄養補給に」などにしてください。",
        "'Lose weight just by drinking', '-10 kg', 'eat and never gain' is misleading and drug efficacy; TikTok Shop bans weight-loss claims and hashtags. Say 'nutrition while dieting'.",
    ),
    citation: cite("景品表示法5条1号／46通知／TikTok Shop 誤解を招く商品情報ポリシー", "痩身効果の表示", "https://seller-th.tiktok.com/university/essay?knowledge_id=4924400659187458", "2025-06-30"),
    patterns: &[
        "痩せる:1|やせる:1|ダイエット効果|食べても太らない|運動なしで|運動不要で|飲むだけダイエット|脂肪が落ち",
        "-#kg|-##kg|マイナス#kg|マイナス##kg|-#キロ|-##キロ",
        "#kg|#キロ + 減|痩|やせ|減量",
        "ウエスト + が| + 細く",
        "飲むだけで|食べるだけで|貼るだけで|着るだけで + 痩|やせ|減|-|マイナス",
        "脂肪になりにくい|太りにくい体|糖がなかったこと|カロリーがなかったこと|食べ放題|脂肪を溶か|脂肪が溶け",
        "飲むだけで|食べるだけで + ~ #kg|##kg|-#kg|-##kg",
        "糖と脂|糖や脂|糖と脂肪|脂と糖|糖質と脂質 + を|の| ~ ブロック|カット",
        "寝ている間に|寝てる間に|寝ながら + 燃やす:5s|燃焼|痩せる:1|やせる:1",
    ],
    exceptions: &["やせき", "入院前より", "以内の減量", "増やせ", "冷やせ", "費やせ", "生やせ", "肥やせ", "癒やせ", "燃やせ", "痩せ型", "やせ型", "痩せ型", "やせ型", "やせ我慢", "痩せ我慢", "やせがまん", "痩せた土地"],
    suggestions: &["ダイエット中の栄養補給に"],
    ng: &["飲むだけで-10kg", "食べても太らないクッキー"],
    ok: &["ダイエット中の栄養補給に", "ウエスト部分はゴム仕様です"],
    claims: &[Claim::new(&[lexicon::WEIGHT], &[lexicon::LOSE]).reach(8), Claim::new(&[lexicon::SHAPE], &[lexicon::RESHAPE]).reach(4), Claim::new(&[lexicon::BUST], &[lexicon::ENLARGE]).reach(4)],
    near: &[Near { words: NOTIFIED, window: 80, effect: Effect::Suppress }, Near { words: CARE_AND_HABITS, window: 40, effect: Effect::Suppress }],
    ..BASE
};

pub const FOOD_LABEL: Rule = Rule {
    id: "FD-LABEL",
    severity: Severity::Info,
    status: RuleStatus::Confirmed,
    classes: &[Food, HealthFood, FunctionalFood],
    needs_class: true,
    title: t("食品标示项目提醒", "食品表示項目の確認", "Food label items reminder"),
    message: t(
        "食品页面请列出：名称、原材料名、过敏原（8种特定原材料）、内容量、保质期/消费期限、保存方法、原产国、进口商/制造商。",
        "食品の商品ページには名称・原材料名・アレルゲン（特定原材料8品目）・内容量・賞味期限／消費期限・保存方法・原産国名・輸入者／製造者を記載してください。",
        "Food listings should list name, ingredients, allergens (8 mandatory), net content, best-before/use-by, storage, country of origin and importer/manufacturer.",
    ),
    citation: cite("食品表示法／食品表示基準（平成27年内閣府令第10号）", "横断的義務表示", "https://www.caa.go.jp/policies/policy/food_labeling/", "2015-04-01"),
    check: Some(food_label),
    suggestions: &["原材料名：…／アレルゲン：…／内容量：…／賞味期限：…／保存方法：…／原産国：…／輸入者：…"],
    example_scope: Scope::class(Food),
    ng: &["北海道産の甘いかぼちゃです。", "手作りクッキー詰め合わせ"],
    ok: &[
        "名称：クッキー\n原材料名：小麦粉、バター、砂糖、卵\nアレルゲン：小麦・乳・卵\n内容量：200g\n賞味期限：製造日より60日\n保存方法：直射日光を避けて保存\n製造者：株式会社サンプル食品",
        "原材料：緑茶（中国産）／アレルギー物質：なし／内容量：100g／賞味期限：枠外に記載／保存方法：高温多湿を避けて保存／輸入者：サンプル商事株式会社",
    ],
    ..BASE
};

// Whole-text checks.

/// HF-FFC: a 機能性表示食品 listing that names the category but shows no notification number
/// (届出番号, e.g. A123 or J456); each mention is a reminder (info): the number belongs on the listing page.
fn ffc_notification_number(doc: &Doc, scope: &Scope) -> Vec<Hit> {
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
        .map(|(s, e)| hit(doc, s, e, Some(Severity::Info)))
        .collect()
}

/// FD-LABEL: food listings should list name, ingredients, allergens, content, dates, storage.
fn food_label(doc: &Doc, scope: &Scope) -> Vec<Hit> {
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
