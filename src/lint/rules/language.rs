//! Language quality for cross-border sellers: leaked Chinese, register, keigo, width
//! (compliance.md §4.5, §6.7).

use super::super::checks::*;
use crate::lint::engine::Doc;

use super::super::rule::{Category, Rule, RuleStatus, Scope, Severity, BASE};
use super::{cite, t};
use crate::lint::rule::Hit;

const LANGUAGE_GUIDE: &str = "jpseller compliance.md §4.5（です・ます／敬語／簡体字）";

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
    citation: cite(LANGUAGE_GUIDE, "§4.5 機械翻訳の痕跡; §6.7 LQ-ZH", "", ""),
    patterns: &[
        "亲|您|包邮|宝贝|正品保证|爆款|质量|性价比|好评|差评|下单|发货|客服|退换|秒杀|尺码|小仙女|加厚|保暖|男女通用|新款|韓版|韩版|小心軽放|小心轻放|優惠|优惠|親愛なるお客様|好評をお願い|好評お願い|爆発モデル|質量保証|质量保证|售后|适用|机型|面料|好吃|新品上市|补水|手工测量|属正常|无条件",
        "惠|网|开|关|运|达|荐|价|个|么|无",
        "拍下|拍下後|七天無理由|七天无理由|無理由退貨|无理由退货|退貨|親、|亲、|現貨|现货|發貨|快遞|快递|包郵|秒發|秒发|好評返現|好评返现|寶貝|掌柜|店铺|店鋪|上新|包退|包换|包換|顺丰|順豐|淘宝|淘寶",
    ],
    check: Some(simplified_hanzi),
    suggestions: &["人気商品", "正規品", "送料無料", "お客様"],
    ng: &["爆款！正品保证", "亲，包邮哦", "面料：棉95% 氨纶5%"],
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
    severity: Severity::Warning,
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
        "申された|申されま|申されて|申される|拝見ください|お伺いください|伺ってください|参られ|ご利用される|ご苦労様です|ご苦労さまです|了解です|了解しました|お考えとしましては|せいなので|に言ってください|でお願いします笑|できかねますね|なられてください|になられます|召し上がりになられ|ご覧になられ|おっしゃられ",
        "こちら|そちら ~ になります",
        "こちら|そちら + が|は|の ~ になります",
        "担当者|担当の者|社長|店長|スタッフ|上司|弊社の者|当社の者 + が|は|も| ~ おっしゃ|いらっしゃ|召し上が|お見えに",
        "させていただかせ|遅れさせていただ|させていただくのが遅れ|お答えになります|承知しましたです|了解しましたです|かしこまりましたです",
        "お客様|お客さま + が|は| ~ ご購入した|ご注文した|ご利用した|ご返品した",
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

/// Hanzi a Japanese text never uses: in GB 2312 (simplified Chinese) but in neither Shift_JIS
/// (cp932) nor JIS X 0213, generated once with Python's codecs:
/// `[c for c in gb2312 if not encodable(c, "cp932") and not encodable(c, "euc_jis_2004")]`.
/// Every one is in U+4E00–U+9FFF.
const SIMPLIFIED_ONLY: &[&str] = &[
    "专业丛东丝丢严丧临为丽举义乌乐乒乓乔习乡书买亏亓亚产亩亲亵亿仅仉仑仓仪们优伛伞伟传伢伤伥伦伧伪伫伲佥佧佴侣侥侦侧侨侩侪侬",
    "俞俨俩俪俭债值倾偷偻偾偿傥傧储傩僬兑兖兰兴兹兽冁冈军农冯冻净凇凤凫凯击凼凿刍则刚创删别刭刽刿剀剁剂剐剑剧劁劐劝办务劢动劲",
    "劳势勋匦匮华协单卖卟卢卤卫厅历厉压厌厍厕厢厣县叁发变叹叻叼叽吆吕吖吗吣吲呋呐呒呓呔呖呗员呙呛呜呲呸咂咔咙咚咛咝咣咴哌哏哐",
    "哑哒哓哔哕哗哙哚哜哝哞哟哧唑唛唠唢唣唤唧唬唰唷唿啃啕啥啧啪啬啭啮啵啶啷啸喱喳喵喷喹喻喽喾嗍嗖嗡嗥嗦嗨嗪嗫嗬嗯嗲嗳嗵嘀嘁嘌",
    "嘞嘟嘣嘤嘧嘭噗噘噙噜噻噼嚎嚓嚣嚯囔团围囵图圆圹场块坚坛坜坝坞坟坠坶垄垅垆垒垛垦垫垭垮垲垴埂埘埙埚埯堇堑塄塥塬墒墙墚壶处备",
    "够头夹夺夼奁奂奋奖妆妇妈妞妩妪妫姗姘姬姹娅娆娇娈娱娲娴婊婴婵婶媪嫒嫔嫘嫫嫱嬷孓孙孢孪孬实宠审宪宫宽宾对寻导尔尕尘尜尝尥尧",
    "尴层屉屦屿岁岂岍岖岗岘岙岚岛岜岽岿峁峄峤峥峦崂崃崞崭崮崾嵘嵛嵝嵫嵴巅巯币帅师帏帐帜带帧帱帻帼幂庆庐庑库应庙庞废廪张弪弹强",
    "归录彻徕忆忏忧忾怀态怂怃怄怅怆总怼怿恳恶恸恹恺恻恼恽悫悬悭悯惦惩惫惬惭惯愣愤愦慑憷懑懒懔戆戋戏戗战戤戥戬户扦执扩扪扫扬扰",
    "抚抟抠抡抢护报拟拢拣拥拦拧拨择挎挚挛挝挞挠挡挢挣挤挥捅捞损捡换捣掰掳掷掸掺掼揍揞揽揿搀搁搂搅搋搌搛搡摁摄摅摆摇摈摊摞撂撄",
    "撖撵撷撸撺擀擞攒攥敌敛斋斓斩旮旯时旷昙显晓晔晕晖暂暧暨朊朐术朵杀杂权杨杩枞枣枥枧枨枪枫枭柠查柽栀栅标栈栉栊栋栌栎栏树样桠",
    "桡桢桤桥桦桨桩检棂椟椠椤椭榄榆榇榈榉槔槛槟槠樘樯樱橥橹橼檩欢歼殇殒殓殚殡毁毂毕毙毪毵毽氆氇氕氖氘氚氡氢氩氪氯氰氲氽汆汇汉",
    "污汤汩沏沣沤沥沦沧沩泞泵泶泷泸泺泼泽泾洁浃浆浇浈浊测浍济浏浑浒浓浔涝涞涟涠涡涣涤润涧涨涩渌渍渎渐渑渔渖溃溅溆溉滗滚滟滠满",
    "滢滤滥滦滨滩漤潆潇潋潍潲澉澜濑濒瀵灏灭灿炀炜炝炼炽烀烁烂烃烛烦烧烨烩烫热烯烷焊焐焓焕焖焘煲煳煸煺熘熵爱爷牍牦牵牺犊犋犏犟",
    "犷犸狈狍狞狨狮狯狰狱狲猁猃猎猕猡猸獭獾玑玛玮环现玺珐珑珲琏琐琼瑷璎瓒甏甙甭电畅疃疖疗疟疠疡疬疮疯痈痉痖痦痨痪痫瘅瘐瘗瘪瘫",
    "瘾瘿癍癔癞癣癫皑皱皲盏盐监盘盯眍睁睃睐睑瞅瞒矫矶矽矾矿砀码砖砗砘砚砜砟砩砸砹砻砼砾础硐硕硖硗硭硷碉碛碜碥碴碹磙礅礓礤祯祸",
    "禚秃秆积秽稆稣稳穑穷窍窜窝窥窦窨窭竖竞笃笕笤笸笺笼笾筘筚筛筢筻签简箅箢箦箧箨箩箫篑篓篡篮篱簖籁籴类粑粜粝粪糁糌糨紧絷纟纠",
    "纡红纣纤纥约级纨纩纪纫纬纭纯纰纱纲纳纵纶纷纸纹纺纽纾线绀绁绂练组绅细织终绉绊绋绌绍绎经绐绑绒结绔绕绗绘给绚绛络绝绞统绠绡",
    "绢绣绥绦继绨绩绪绫续绮绯绰绱绲绳维绵绶绷绸绺绻综绽绾绿缀缁缂缃缄缅缆缇缈缉缋缌缍缎缏缑缒缓缔缕编缗缘缙缚缛缜缝缟缠缡缢缣",
    "缤缥缦缧缨缩缪缫缬缭缮缯缰缱缲缳缴缵罂罗罚罢罴羁羟羧羰翘翱耢耥耧耩耪耱耸聂聋职聍联聩聪肀肃肟肠肮肷肼肽肾肿胀胁胂胜胧胨胩",
    "胪胫胬脎脏脐脑脒脓脔脲脶脸腈腙腚腻腼腽腾膑膦膪臌舆舣舭舯舰舱舻舾艰艳艺节芈芏芗芜苁苄苇苈苊苋苌苍苎苏苘茏茑茔茕茚茧荆荚荛",
    "荜荞荟荠荡荤荥荦荧荨荩荪荫荬荭荮药莰莲莳莴莶获莸莹莺莼萘萜萝萤营萦萧萨蒇蒈蒉蒌蒎蓝蓟蓠蓣蓥蓦蔷蔸蔹蔺蔻蔼蕲蕴藓虏虑虮虼虽",
    "虾虿蚀蚁蚂蚬蚺蛊蛏蛐蛘蛰蛱蛲蛳蛴蜕蜗蜢蝇蝈蝰蝽蝾螨蟑蟓蟛蟮衔补衬衮袄袅袭裆裉裢裣裤裥褛褡褴见观规觅视觇览觉觊觋觌觎觏觐觑",
    "觞觯誊讠计订讣认讥讦讧讨让讪讫训议讯记讲讳讴讵讶讷许讹论讼讽设访诀证诂诃评诅识诈诉诊诋诌词诎诏译诒诓诔试诖诗诘诙诚诛诜话",
    "诞诟诠诡询诣诤该详诧诨诩诫诬语诮误诰诱诲诳说诵诶请诸诹诺读诼诽课诿谀谁谂调谄谅谆谇谈谊谋谌谍谎谏谐谑谒谓谔谕谖谗谘谙谚谛",
    "谜谝谟谠谡谢谣谤谥谦谧谨谩谪谫谬谭谮谯谰谱谲谳谴谵谶贝贞负贡财责贤败账货质贩贪贫贬购贮贯贰贱贲贳贴贵贶贷贸费贺贻贼贽贾贿",
    "赀赁赂赃资赅赆赇赈赉赊赋赌赍赎赏赐赓赔赕赖赘赙赚赛赜赝赞赠赡赢赣赵趋趔趱趴趸趿跃跄跞跷跸跹跺跻踩踬踮踯踺蹑蹒蹦蹿躏躜躲軎",
    "车轧轨轩轫转轭轮软轰轱轲轳轴轵轶轷轸轹轺轻轼载轾轿辁辂较辄辅辆辇辈辉辊辋辍辎辏辐辑输辔辕辖辗辘辙辚辩辫边辽过迈还这进远违",
    "连迟迳选逊递逦逻遗邓邝邬邮邹邺邻郏郐郑郓郦郧郸酐酝酞酮酯酰酱酶酽酾酿醌醚醛醣释鉴銮錾鐾钅钆钇针钉钊钋钌钍钎钏钐钒钓钔钕钗",
    "钙钚钛钜钝钞钟钠钡钢钣钤钥钦钧钨钩钪钫钬钭钮钯钰钱钲钳钴钵钶钷钸钹钺钻钼钽钾钿铀铁铂铃铄铅铆铈铉铊铋铌铍铎铐铑铒铕铖铗铘",
    "铙铛铜铝铞铟铠铡铢铣铤铥铧铨铩铪铫铬铭铮铯铰铱铲铳铴铵银铷铸铹铺铼铽链铿销锁锂锃锄锅锆锇锈锉锊锋锌锍锎锏锐锑锒锓锔锕锖锗",
    "锘错锚锛锝锞锟锡锢锣锤锥锦锨锩锪锫锬锭键锯锰锱锲锴锵锶锷锸锹锺锻锼锾锿镀镁镂镄镅镆镇镉镊镌镍镎镏镐镑镒镓镔镖镗镘镙镛镜镝",
    "镞镟镡镢镣镤镥镦镧镨镩镪镫镬镭镯镰镱镲镳镶长门闩闪闫闭问闯闰闱闲闳间闵闶闷闸闹闺闻闼闽闾阀阁阂阃阄阅阆阈阉阊阋阌阍阎阏阐",
    "阑阒阔阕阖阗阙阚队阵阶际陆陇陈陉陕陧陨险隐难雏雠雳雾霁霭靓靥鞑鞒鞔鞯韦韧韩韪韫韬页顶顷顸项顺须顼顽顾顿颀颁颂颃预颅领颇颈",
    "颉颊颌颍颏颐频颓颔颖颗题颚颛颜额颞颟颠颡颢颤颥颦颧风飑飒飓飕飘飙飚飞飨餍饣饥饧饨饩饪饫饬饭饮饯饰饱饲饴饵饶饷饺饼饽饿馀馁",
    "馄馅馆馇馈馊馋馍馏馐馑馒馓馔馕马驭驮驯驰驱驳驴驵驶驷驸驹驺驻驼驽驾驿骀骁骂骄骅骆骇骈骊骋验骏骐骑骒骓骖骗骘骚骛骜骝骞骟骠",
    "骡骢骣骤骥骧骱骺髂髅髋髌髡鬏鬓魇魉鱼鱿鲁鲂鲅鲆鲇鲈鲋鲍鲎鲐鲑鲒鲔鲕鲚鲛鲜鲞鲟鲠鲡鲢鲣鲤鲥鲦鲧鲨鲩鲫鲭鲮鲰鲱鲲鲳鲴鲵鲶鲷鲸",
    "鲺鲻鲼鲽鳃鳄鳅鳆鳇鳊鳋鳌鳍鳎鳏鳐鳓鳔鳕鳖鳗鳘鳙鳜鳝鳞鳟鳢鸟鸠鸡鸢鸣鸥鸦鸨鸩鸪鸫鸬鸭鸯鸱鸲鸳鸵鸶鸷鸸鸹鸺鸽鸾鸿鹁鹂鹃鹄鹅鹆",
    "鹇鹈鹉鹊鹋鹌鹎鹏鹑鹕鹗鹘鹚鹛鹜鹞鹣鹤鹦鹧鹨鹩鹪鹫鹬鹭鹰鹱鹳鹾黉黢黩黪黾鼋鼍齐齑齿龀龃龄龅龆龇龈龉龊龋龌龙龚龛龟",
];

const CJK_FIRST: u32 = 0x4E00;
const CJK_WORDS: usize = (0xA000 - 0x4E00) / 64;
static SIMPLIFIED_ONLY_BITS: [u64; CJK_WORDS] = simplified_only_bits();

const fn simplified_only_bits() -> [u64; CJK_WORDS] {
    let mut bits = [0u64; CJK_WORDS];
    let mut line = 0;
    while line < SIMPLIFIED_ONLY.len() {
        let bytes = SIMPLIFIED_ONLY[line].as_bytes();
        let mut at = 0;
        // Three-byte UTF-8 sequences only (U+4E00–U+9FFF); anything else fails to compile.
        while at < bytes.len() {
            let c = ((bytes[at] as u32 & 0x0F) << 12) | ((bytes[at + 1] as u32 & 0x3F) << 6) | (bytes[at + 2] as u32 & 0x3F);
            let k = (c - CJK_FIRST) as usize;
            bits[k / 64] |= 1 << (k % 64);
            at += 3;
        }
        line += 1;
    }
    bits
}

pub(crate) fn simplified_only(c: char) -> bool {
    let k = (c as u32).wrapping_sub(CJK_FIRST) as usize;
    SIMPLIFIED_ONLY_BITS.get(k / 64).is_some_and(|word| word >> (k % 64) & 1 == 1)
}

/// LQ-ZH: runs of hanzi that only simplified Chinese uses (售后服务's 务, 面料's 纶, 补水's 补).
fn simplified_hanzi(doc: &Doc, _scope: &Scope) -> Vec<Hit> {
    // Found while folding: no second pass over the text.
    runs(
        doc.folded
            .simplified_hanzi
            .iter()
            .filter_map(|&at| Some((at as usize, doc.source.get(at as usize..)?.chars().next()?))),
    )
}
