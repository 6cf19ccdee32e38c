//! 雑貨, beauty devices, apparel and electrical goods (compliance.md §1.2.5, §1.4, §6.5).

use super::super::checks::*;
use crate::lint::engine::Doc;

use super::super::rule::{Category, Claim, ProductClass, Rule, RuleStatus, Scope, Severity, BASE};
use super::cosmetics::CERTIFIED_DEVICE;
use super::{cite, t, SELLER_GUIDES};
use crate::lint::lexicon;
use crate::lint::rule::Hit;
use ProductClass::*;

const DEVICE_68: &str = "医薬品医療機器等法（薬機法）68条（未承認医療機器の広告の禁止）";

pub const DEVICE: Rule = Rule {
    id: "GD-DEVICE",
    status: RuleStatus::Confirmed,
    classes: &[Goods, BeautyDevice, Apparel, Electrical],
    title: t("杂货宣称医疗器械功效", "雑貨での医療機器的な効能表示", "Medical-device efficacy claimed for goods"),
    message: t(
        "“缓解肩颈酸痛”“促进血液循环”“矫正骨盆”“改善失眠”等是医疗器械功效，未获批准的杂货不得宣称。可写“颈部放松时光”“舒适的使用感”。",
        "「肩こりが治る」「血行促進」「骨盤矯正」「不眠解消」などは医療機器的な効能で、承認のない雑貨では表示できません。「首まわりのリラックスタイムに」「心地よい使用感」などにしてください。",
        "'Cures stiff shoulders', 'improves circulation', 'corrects the pelvis', 'ends insomnia' are medical-device claims, barred for unapproved goods; say 'for relaxing around the neck' or 'comfortable to use'.",
    ),
    citation: cite(DEVICE_68, "68条", "https://ausuteru.syuriken.jp/", "1960-08-10"),
    patterns: &[
        "肩こり|腰痛|首こり|肩の痛み + が|を|に| ~ 解消|緩和|改善|治る:5r|治す:5s|効く:5k|なくなる:5r|撃退|予防",
        "血行|血流 + を|が| + 促進|促す:5s|改善|良くする:5r|良くなる:5r",
        "筋肉 + を| + 刺激|鍛える:1",
        "ems + で| ~ 痩|鍛|筋トレ",
        "マッサージ効果|治療効果|治療器|治療できる|骨盤矯正|猫背矯正|姿勢矯正|o脚矯正|x脚矯正|姿勢を矯正|安眠効果|不眠解消|快眠効果|むくみ解消|冷え性改善",
        "磁気で|磁力で + 治|効|改善",
        "姿勢が治る:5r",
        "老廃物 + が|を| ~ 出る:1|出て|流す:5s|流れ|排出|除去",
        "腹筋 + を| ~ 鍛える:1",
    ],
    // 巻くだけで腰痛ケア: wearing or applying the goods is said to act on a disease.
    claims: &[Claim::new(&[&["だけで"]], &[lexicon::DISEASES]).reach(3)],
    suggestions: &["首まわりのリラックスタイムに", "心地よい使用感"],
    example_scope: Scope::class(Goods),
    ng: &["つけるだけで肩こりが治る磁気ネックレス", "骨盤矯正ベルト", "肩こりがすっきり解消"],
    ok: &["首まわりのリラックスタイムに", "心地よい使用感のクッション"],
    near: &[CERTIFIED_DEVICE],
    ..BASE
};

pub const BEAUTY_DEVICE: Rule = Rule {
    id: "GD-BEAUTYDEV",
    status: RuleStatus::Secondary,
    classes: &[BeautyDevice, Goods],
    title: t("美容仪的医疗效果宣称", "美容機器の医療的効果表示", "Medical-effect claim for a beauty device"),
    message: t(
        "非医疗器械的美容仪不能宣称“提拉”“消除松弛”“小脸”“燃脂”“促进生发”。可写“紧致肌肤（配合化妆品使用时）”“舒适的刺激感”。",
        "医療機器でない美容機器で「リフトアップ」「たるみ解消」「小顔」「脂肪燃焼」「発毛促進」はうたえません。「肌をひきしめる（化粧品との併用時）」「心地よい刺激感」などにしてください。",
        "A non-medical beauty device cannot claim lift-up, sagging removal, face slimming, fat burning or hair growth; say 'firms skin (with cosmetics)' or 'pleasant stimulation'.",
    ),
    citation: cite(DEVICE_68, "68条；美容・健康機器の広告ガイド", "https://ausuteru.syuriken.jp/", "1960-08-10"),
    patterns: &[
        "腹筋がバキバキ|バキバキに割れ",
        "リフトアップ|小顔効果|顔やせ|顔痩せ|脂肪燃焼|脂肪分解|セルライト|発毛促進|発毛効果|育毛効果|薄毛予防|薄毛改善|発毛を促|育毛を促|発毛をサポート",
        "腹筋が割れ|医療機器並み|施術と同じ|メスを使わない|メス要らず|メスいらず|フェイスリフト|顔の筋トレ|リンパの流れ|歪みを矯正|ゆがみを矯正|整形級|整形した",
        "たるみ + が|を| + 解消|改善|消える:1|なくす:5s|撃退",
        "小顔に + なる:5r",
        "顔|フェイスライン|頬|ほお|ほほ|肌|たるみ|まぶた|目元|口角|ヒップ|お尻|バスト|輪郭|あご|アゴ|首 + ~ 引き上がる:5r|引き上げる:1|持ち上がる:5r|持ち上げる:1",
    ],
    suggestions: &["肌をひきしめる（化粧品との併用時）", "心地よい刺激感"],
    example_scope: Scope::class(BeautyDevice),
    ng: &["EMSで顔全体がぐっと引き上がる", "たるみ解消ローラー"],
    ok: &["肌をひきしめる（化粧品との併用時）", "心地よい刺激感の美顔ローラー"],
    exceptions: &["率が引き上げ", "率を引き上げ", "に引き上げ", "が引き上げられ"],
    ..BASE
};

pub const APPAREL_LABEL: Rule = Rule {
    id: "AP-LABEL",
    severity: Severity::Info,
    status: RuleStatus::Confirmed,
    classes: &[Apparel],
    needs_class: true,
    title: t("纺织品标示提醒", "繊維製品の品質表示", "Textile labelling reminder"),
    message: t(
        "服装页面请写明：成分（如棉95%、聚氨酯5%）、洗涤标识（JIS L 0001）、标示者名称及联系方式。",
        "衣料品の商品ページには組成（例：綿95%、ポリウレタン5%）、洗濯表示（JIS L 0001）、表示者名と連絡先を記載してください。",
        "Apparel listings should state fibre composition (e.g. cotton 95 %, polyurethane 5 %), care symbols (JIS L 0001) and the labeller's name and contact.",
    ),
    citation: cite("家庭用品品質表示法／繊維製品品質表示規程", "組成・家庭洗濯等取扱い方法・表示者", "https://www.caa.go.jp/policies/policy/representation/household_goods/guide/fiber/fiber_04.html", "2016-12-01"),
    check: Some(apparel_label),
    suggestions: &["素材：○○%、○○%／洗濯表示：…／表示者：○○（連絡先）"],
    example_scope: Scope::class(Apparel),
    ng: &["シンプルなデザインのTシャツです。", "ゆったりシルエットのワンピース"],
    ok: &[
        "素材：綿95%、ポリウレタン5%\n洗濯表示：手洗い可\n表示者：株式会社サンプル（03-0000-0000）",
        "組成：ポリエステル100%／取扱い：ネット使用で洗濯機可／販売者：サンプル商店",
    ],
    ..BASE
};

pub const SIZE_TABLE: Rule = Rule {
    id: "SG-SIZE",
    severity: Severity::Info,
    category: Category::Platform,
    classes: &[Apparel],
    needs_class: true,
    title: t("缺少尺码表", "サイズ表の記載", "Size table missing"),
    message: t(
        "卖家指南：尺码不准是退货和差评的主要原因。请加上尺码表（衣长、胸围/身宽、袖长等，单位cm）。",
        "セラー向けガイドより：サイズの不一致は返品と低評価の主な原因です。着丈・身幅・袖丈などのサイズ表（cm）を記載してください。",
        "Seller guides: wrong sizes drive returns and bad reviews; add a size table (length, width, sleeve, in cm).",
    ),
    citation: cite(SELLER_GUIDES, "§2, §3 商品ページ（サイズ表・素材・原産国）", "", "2026-01-15"),
    check: Some(size_table),
    suggestions: &["サイズ：○ 着丈○cm／身幅○cm／袖丈○cm"],
    example_scope: Scope::class(Apparel),
    ng: &["素材：綿100%のTシャツです", "春に着たいカーディガン"],
    ok: &["サイズ：M 着丈68cm 身幅52cm", "サイズ表をご確認ください"],
    ..BASE
};

pub const PSE: Rule = Rule {
    id: "EL-PSE",
    status: RuleStatus::Confirmed,
    classes: &[Electrical],
    title: t("PSE标识", "PSEマーク（電気用品安全法）", "PSE mark (Electrical Appliance and Material Safety Act)"),
    message: t(
        "移动电源、AC适配器等须有PSE标识；“无需PSE”“PSE申请中”“已获CE/FCC所以安全”均不可。2025年12月25日起海外直销卖家须指定国内管理人。",
        "モバイルバッテリーやACアダプター等にはPSEマークが必要です。「PSE不要」「PSE申請中」「CE/FCC取得済みなので安全」は不可です。2025年12月25日から海外の直販事業者は国内管理人の選任が必要です。",
        "Mobile batteries, AC adapters etc. need the PSE mark; 'PSE not needed', 'PSE pending' or 'CE/FCC so it's safe' are not acceptable. From 2025-12-25 overseas direct sellers must appoint a domestic administrator.",
    ),
    citation: cite("電気用品安全法／製品安全4法改正", "PSEマーク表示義務；特定輸入事業者（2025-12-25施行）", "https://www.meti.go.jp/policy/consumer/seian/denan/", "2025-12-25"),
    patterns: &[
        "pse + 不要|申請中|取得予定|対象外|なし|無し",
        "ce|fcc|ce/fcc|ceとfcc + 取得済み|認証済み|取得 + なので|だから|で + 安全|安心",
    ],
    check: Some(pse_reminder),
    suggestions: &["PSEマーク表示あり（届出事業者：○○）"],
    example_scope: Scope::class(Electrical),
    ng: &["PSE不要の大容量モバイルバッテリー", "PSE申請中のACアダプター", "大容量10000mAhのモバイルバッテリー"],
    ok: &["PSEマーク表示あり（届出事業者：株式会社サンプル）", "電気用品安全法に基づくPSEマーク付き"],
    ..BASE
};

// Whole-text checks.

/// AP-LABEL: apparel listings need composition (素材), care (洗濯表示) and who labels it (表示者).
fn apparel_label(doc: &Doc, scope: &Scope) -> Vec<Hit> {
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
fn size_table(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    const GROUPS: &[&[&str]] = &[&["サイズ", "着丈", "身幅", "cm", "センチ"]];
    if scope.class == Some(ProductClass::Apparel) && missing_any(doc, GROUPS) {
        vec![WHOLE]
    } else {
        Vec::new()
    }
}

/// EL-PSE reminder: an electrical listing that never mentions PSE.
fn pse_reminder(doc: &Doc, scope: &Scope) -> Vec<Hit> {
    if scope.class == Some(ProductClass::Electrical) && !contains_any(doc, &["pse"]) {
        vec![Hit {
            severity: Some(Severity::Info),
            ..WHOLE
        }]
    } else {
        Vec::new()
    }
}
