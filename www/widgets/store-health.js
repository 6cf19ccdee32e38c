// <jpseller-store-health>: store health from an order CSV read locally (never uploaded), reply
// deadlines and the seasonal risk calendar. Attributes: lang (zh|ja|en), evaluation-date
// (YYYY-MM-DD), window-days.
import { JpsellerElement, define, filePicker, formatYen, h, labelText, noteText } from './base.js';
import { normalizeNumber } from './numbers.js';
import { decodeCsvBytes, parseCsv } from './csv.js';
import { fitted } from './charts.js';

const NS = 'http://www.w3.org/2000/svg';

const SAMPLE_ORDERS = `注文番号,会員ID,注文日時,出荷期限,出荷日,配達完了,キャンセル理由,返品,クレーム,レビュー評価,合計金額
R-1001,m1,2025-06-02 10:12,2025-06-04,2025-06-03,はい,,,,5,12800
R-1002,m2,2025-06-03 21:40,2025-06-05,2025-06-06,はい,,,はい,2,5980
R-1003,m1,2025-06-05 08:05,2025-06-07,2025-06-06,はい,,1,,4,21000
R-1004,m3,2025-06-08 13:30,2025-06-10,2025-06-09,はい,,,,5,3980
R-1005,m4,2025-06-10 19:02,2025-06-12,,,在庫切れ,,,,8800
R-1006,m5,2025-06-12 11:11,2025-06-14,2025-06-13,いいえ,,,,,4500
R-1007,m1,2025-06-15 09:45,2025-06-17,2025-06-16,はい,,,,4,18000
R-1008,m6,2025-06-18 22:18,2025-06-20,2025-06-19,はい,,,,5,2980
R-1009,m2,2025-06-21 07:55,2025-06-23,2025-06-25,はい,,,,3,7600
R-1010,m1,2025-06-24 16:20,2025-06-26,2025-06-25,はい,,,,5,9900
R-0901,m8,2025-05-12 10:00,2025-05-14,2025-05-13,はい,,,,5,15000
R-0902,m9,2025-05-20 10:00,2025-05-22,2025-05-21,はい,,,,4,6200
`;

const SAMPLE_MESSAGES = `id,channel,receivedAt,answeredAt,postId
Q-1,rakuten_inquiry,2025-06-04T10:00,,
Q-2,rakuten_inquiry,2025-06-04T14:00,2025-06-05T09:00,
C-1,creator_comment,2025-06-05T07:00,,P-1
C-2,creator_comment,2025-06-05T08:00,,P-1
T-1,tiktok,2025-06-05T11:00,,
`;

const METRICS = ['complaintRate', 'cancellationRate', 'lateShipmentRate', 'returnRate', 'nonDelivery', 'reviewScore'];
const LINE_INPUTS = [
  ['complaintRate', 'riskAbove'], ['complaintRate', 'highAbove'],
  ['lateShipmentRate', 'riskAbove'], ['lateShipmentRate', 'highAbove'],
  ['returnRate', 'investigateAbove'], ['nonDelivery', 'investigateAbove'],
];
const MESSAGING_ITEMS = [
  ['prior_consent', 'priorConsent'], ['consent_records', 'consentRecordsKept'], ['honour_opt_outs', 'optOutsHonoured'], ['sender_name', 'senderNameShown'],
  ['unsubscribe', 'unsubscribeShown'], ['sender_address', 'senderAddressShown'], ['contact', 'contactShown'],
];
const CREATOR_CHECKS = ['jctRegistered', 'japaneseReturnAddress', 'japaneseCustomerSupport', 'trademarkRegistered', 'categoryNeedsPseOrJis', 'pseOrJisDocuments'];
/** Answers to a yes/no check; '' is "unknown". */
const ANSWERS = ['', 'yes', 'no'];
const FULFILMENTS = ['', 'jp_warehouse', 'fba_jp', 'overseas'];
const MESSAGE_CHANNELS = ['line', 'email', 'sms'];
/** The messages CSV's columns, named as the file must name them. */
const MESSAGE_COLUMNS = ['id', 'channel', 'receivedAt', 'answeredAt', 'postId'];
/** Quick mode's fields: the figures RMS shows, typed as they appear (rates in %, counts, a mean score). */
const QUICK_RATES = ['complaintRate', 'cancellationRate', 'lateShipmentRate', 'returnRate'];
/** Orders assumed when the seller gives rates without the order count: any rate to 0.01 % is then exact. */
const QUICK_ASSUMED_ORDERS = 10000;
const BAND_COLORS = { ok: '#2f855a', investigate: '#b7791f', risk: '#dd6b20', high: '#c53030', unrated: '#a0aec0' };

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = String(text);
  return el;
}

/**
 * A horizontal gauge: coloured zones between the band lines, each line marked and labelled with its
 * value (e.g. the 1 % and 2 % complaint lines), and a marker at the value. Drawn at its container's
 * width (`fitted`) so the labels keep their size on a phone.
 */
function gauge(metric, title, format) {
  return fitted((width) => {
    const height = 40;
    const value = Number(metric.value ?? 0);
    const lines = ['investigateAbove', 'riskAbove', 'highAbove'].map((k) => [k, Number(metric.lines[k])]).filter(([, v]) => Number.isFinite(v));
    const top = Math.max(value * 1.15, ...lines.map(([, v]) => v * 1.6), metric.unit === 'score' ? 5 : 1);
    const x = (v) => Math.min(width - 1, Math.max(0, (v / top) * width));
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'data-gauge': metric.id, 'font-size': 11, 'font-family': 'system-ui, sans-serif' });
    root.append(svg('title', {}, title));
    const zones = [['ok', 0]].concat(lines.map(([k, v]) => [k.replace('Above', ''), v]));
    zones.forEach(([band, from], i) => {
      const to = i + 1 < zones.length ? zones[i + 1][1] : top;
      root.append(svg('rect', { x: x(from), y: 8, width: Math.max(0, x(to) - x(from)), height: 10, fill: BAND_COLORS[band], opacity: 0.35 }));
    });
    if (metric.value !== null) {
      root.append(svg('rect', { x: 0, y: 10, width: x(value), height: 6, fill: BAND_COLORS[metric.band] }));
      root.append(svg('rect', { x: Math.max(0, x(value) - 1.5), y: 3, width: 3, height: 20, fill: '#1f2328' }));
    }
    for (const [key, v] of lines) {
      const band = key.replace('Above', '');
      root.append(svg('rect', { x: x(v) - 1, y: 4, width: 2, height: 18, fill: BAND_COLORS[band], 'data-line': key }));
      root.append(svg('text', { x: x(v), y: 35, 'text-anchor': 'middle', fill: BAND_COLORS[band], 'data-line-label': key }, format(String(v))));
    }
    return root;
  }, { maxWidth: 520, minWidth: 120 });
}

class StoreHealth extends JpsellerElement {
  static get observedAttributes() {
    return ['lang', 'evaluation-date', 'window-days'];
  }

  /** Orders and customer messages (CSV), and the salt that pseudonymises customer ids. */
  static privateState = ['csv', 'messages', 'salt'];
  static choices = {
    healthMode: ['csv', 'quick'],
    'creator.fulfilment': FULFILMENTS, 'messaging.channel': MESSAGE_CHANNELS,
    ...Object.fromEntries(CREATOR_CHECKS.map((key) => [`creator.${key}`, ANSWERS])),
    ...Object.fromEntries(MESSAGING_ITEMS.map(([, key]) => [`messaging.${key}`, ANSWERS])),
  };

  static messages = {
    zh: {
      modeCsv: '订单 CSV', modeQuick: '快速输入（照抄 RMS 显示的数值）', mode: '输入方式',
      quickHelp: '直接填写 RMS 店铺健康页显示的比率和数量，空着的项不计算。填写窗口内订单数可算出还能承受几单；不填时按 {n} 单折算比率。',
      quickOrders: '窗口内订单数（可选）', quickRate: '{metric} %', quickCount: '{metric}（单数）', quickScore: '{metric}（平均分 1–5）', quickReviews: '评价条数',
      quickAssumed: '未填写订单数：按 {n} 单折算，只比较比率，不显示单数。', quickRounded: '按 {orders} 单折算：{metric} {rate}% ≈ {n} 单。',
      title: '店铺健康', file: '读取订单 CSV（仅在本机读取，不上传）', encoding: '编码', auto: '自动（UTF-8 / Shift_JIS）',
      csv: '订单 CSV', evaluationDate: '评估日', windowDays: '统计天数', lines: '红线（可编辑，预设来自卖家指南，未经官方核实）', compute: '计算',
      complaintRate: '投诉率（クレーム率）', cancellationRate: '取消率（キャンセル率）', lateShipmentRate: '延迟发货率（遅延率）', returnRate: '退货率（返品率）', nonDelivery: '未送达（未着）', reviewScore: '评价分',
      riskAbove: '风险 >', highAbove: '高风险 >', investigateAbove: '需排查 >',
      ok: '正常', investigate: '需排查', risk: '风险', high: '高风险', unrated: '未设红线',
      worse: '变差', better: '改善', same: '持平', no_data: '无对比数据', previous: '上期',
      counts_percent: '{n} / {d} 单', counts_orders: '{n} 单未送达 / 已发货 {d} 单', counts_score: '{d} 条评价的平均分，其中 ≤ 2 分 {n} 条',
      headroom: '距“{band}”还可承受 {n} 单', recovery: '再有 {n} 单正常订单可回到“{band}”', drivers: '相关订单',
      actions: '建议动作', overall: '总体', ordersInWindow: '窗口内订单 {n} 单（{from} – {to}）', source: '依据',
      a_improvement_plan_within_24h: '收到警告后 24 小时内提交改善计划', a_review_complaints_30_days: '复盘近 30 天投诉并消除原因', a_reply_within_24h: '所有咨询 24 小时内回复（大促期间 12 小时）',
      a_apologise_without_blame: '礼貌致歉，绝不指责顾客，并说明处理方式', a_update_tracking_within_24h: '24 小时内更新物流单号（物流不更新投诉约增三倍）', a_ship_within_48h: '下单后 48 小时内发货',
      a_fix_listing_descriptions: '核对商品页：尺寸、材质、洗涤说明、实拍颜色，不写绝对化表述', a_inspect_returns_within_48h: '退货 48 小时内验收', a_investigate_logistics: '排查未送达订单的承运商和线路',
      a_review_cancellation_reasons: '检查取消原因（缺货、价格错误、发货慢）',
      reply: '回复时限', listSeparator: '、', messages: '消息 CSV（列：{columns}）', now: '当前时间（日本时间）', saleRunning: '大促进行中（12 小时）', businessHours: '按营业时间计算（跳过周末和日本法定节假日）',
      opens: '开始', closes: '结束', deadline: '截止', status: '状态', timeLeft: '剩余', answered_on_time: '按时回复', answered_late: '超时回复', open: '待回复', overdue: '已超时',
      pause: '达人帖：72 小时内 ≥{n} 条日语提问未回复将暂停活动（卖家指南说法，未经核实）', paused: '已触发暂停', notPaused: '未触发（还差 {n} 条）',
      calendar: '风险日历', year: '年份', holidays: '日本法定节假日', closedDays: '休息日 {n} 天', window: '时段',
      r_carrier_delays: '物流延误', r_warehouse_closures: '仓库/快递休息', r_slow_replies: '回复变慢', r_order_spike: '订单激增', r_stock_outs: '断货风险', r_reply_deadline_12h: '回复时限 12 小时', r_seller_defined: '自定义',
      rfm: '顾客分群（RFM）', rfmNote: '读取上方订单 CSV 的 会员ID 与 合计金额 列；顾客 ID 以加盐 FNV-1a 哈希显示（防止截图、共享时泄露 ID；无法防止掌握 ID 清单的人反推，属于假名化而非匿名化）。', salt: '盐（可选）', segment: '分群', customers: '顾客数', revenue: '销售额', share: '销售额占比', download: '下载分群 CSV', customer: '顾客（哈希）', recency: '最近购买（天）', frequency: '次数', monetary: '金额', high_value: '高价值', dormant: '沉睡', other: '其他', comp: '延迟补偿与优惠券成本', orderAmount: '订单金额（日元）', delayDays: '延迟天数', returnCoupons: '退货感谢券（张）', ugcRewards: '开箱视频奖励（个）', margin: '订单毛利（日元）', delayCoupon: '延迟补偿券', faceValue: '合计面额', marginShare: '占毛利', compNote: '预设：每延迟 1 天 +3%（卖家指南）、上限 30%（jpseller 默认值，指南未给出）、退货券 ¥300、UGC 奖励 ¥500，均可在 API 中修改。',
      creator: '达人计划资格自查（卖家指南描述的“Rakuten Creator”计划，未经核实）', unknown: '未知', yes: '是', no: '否', fulfilment: '发货方式', jp_warehouse: '日本仓', fba_jp: 'FBA-JP', overseas: '海外直发', monthlyDsr: '近几个月店铺评分（逗号分隔，旧→新）', liveItems: '带日语详情页的在售商品数',
      c_jct_registration: 'JCT（适格请求书发行事业者）登记', c_japan_fulfilment: '日本仓或 FBA-JP 发货', c_japanese_return_address: '日本退货地址', c_japanese_support: '日语客服', c_trademark: '商标注册证', c_pse_jis_documents: '品类所需 PSE/JIS 文件', c_dsr_3_months: '近 3 个月平均 DSR ≥ 4.7', c_live_items: '≥ 5 个带实景图和日语详情页的在售商品',
      categoryNeedsPseOrJis: '品类需要 PSE/JIS', pseOrJisDocuments: '已备 PSE/JIS 文件', jctRegistered: '已登记 JCT', japaneseReturnAddress: '有日本退货地址', japaneseCustomerSupport: '有日语客服', trademarkRegistered: '已注册商标',
      pass: '通过', fail: '未通过', not_applicable: '不适用', meets_checklist: '清单全部满足', fails: '有未满足项', incomplete: '信息不全',
      messaging: '推送频率与《特定电子邮件法》自查', channel: '渠道', line: 'LINE', email: '电子邮件', sms: '短信', sends: '计划推送时间（每行一个，日本时间）', busiest: '任意 7 天内最多 {n} 次（上限 {max} 次/周，卖家指南）',
      m_prior_consent: '事先取得同意（opt-in）', m_consent_records: '保存同意记录', m_honour_opt_outs: '退订后不再发送', m_sender_name: '显示发送者名称', m_unsubscribe: '显示退订方式并说明可拒收', m_sender_address: '显示发送者地址', m_contact: '显示投诉/咨询窗口',
      lawLine: 'LINE 消息一般不属于该法所称“电子邮件”（SMTP 邮件和短信），此清单作为良好实践展示。', lawMail: '商业广告邮件和短信适用《特定电子邮件法》。',
      priorConsent: '事先同意', consentRecordsKept: '保存同意记录', optOutsHonoured: '退订即停发', senderNameShown: '显示发送者名称', unsubscribeShown: '显示退订方式', senderAddressShown: '显示发送者地址', contactShown: '显示咨询窗口',
      national: '法定节日', substitute: '振替休日', citizens: '国民の休日',
      messageId: '消息编号', messageChannel: '渠道', ch_rakuten_inquiry: '乐天咨询', ch_creator_comment: '达人帖评论', ch_tiktok: 'TikTok 消息',
    },
    ja: {
      modeCsv: '注文 CSV', modeQuick: 'かんたん入力（RMS の表示どおりに入力）', mode: '入力方法',
      quickHelp: 'RMS のショップ健全性画面に出ている率と件数をそのまま入力します。空欄の項目は計算しません。期間内の注文数を入れるとあと何件まで大丈夫かも出します。空欄なら {n} 件として率だけを比べます。',
      quickOrders: '期間内の注文数（任意）', quickRate: '{metric} %', quickCount: '{metric}（件数）', quickScore: '{metric}（平均 1–5）', quickReviews: 'レビュー件数',
      quickAssumed: '注文数が未入力のため {n} 件として率だけを比べます（件数は表示しません）。', quickRounded: '{orders} 件で換算：{metric} {rate}% ≈ {n} 件。',
      title: 'ショップ健全性', file: '注文 CSV を読み込む（端末内で処理・送信なし）', encoding: '文字コード', auto: '自動（UTF-8 / Shift_JIS）',
      csv: '注文 CSV', evaluationDate: '評価日', windowDays: '集計日数', lines: '基準線（編集可・プリセットは販売ガイドの記述で未検証）', compute: '計算',
      complaintRate: 'クレーム率', cancellationRate: 'キャンセル率', lateShipmentRate: '出荷遅延率', returnRate: '返品率', nonDelivery: '未着', reviewScore: 'レビュー評価',
      riskAbove: '注意 >', highAbove: '危険 >', investigateAbove: '要調査 >',
      ok: '正常', investigate: '要調査', risk: '注意', high: '危険', unrated: '基準なし',
      worse: '悪化', better: '改善', same: '横ばい', no_data: '比較なし', previous: '前期間',
      counts_percent: '{n} / {d} 件', counts_orders: '未着 {n} 件 / 出荷済み {d} 件', counts_score: 'レビュー {d} 件の平均、うち 2 点以下 {n} 件',
      headroom: '「{band}」まであと {n} 件', recovery: '正常な注文があと {n} 件で「{band}」に戻ります', drivers: '該当注文',
      actions: '対応', overall: '総合', ordersInWindow: '期間内の注文 {n} 件（{from} – {to}）', source: '根拠',
      a_improvement_plan_within_24h: '警告から 24 時間以内に改善計画を提出', a_review_complaints_30_days: '直近 30 日のクレームを見直し原因をなくす', a_reply_within_24h: '問い合わせは 24 時間以内（大型セール中は 12 時間）に返信',
      a_apologise_without_blame: 'お客様を責めず丁寧にお詫びし対応を伝える', a_update_tracking_within_24h: '追跡番号は 24 時間以内に更新', a_ship_within_48h: '注文から 48 時間以内に出荷',
      a_fix_listing_descriptions: '商品ページを確認：サイズ・素材・洗濯表示・実物の色、断定表現なし', a_inspect_returns_within_48h: '返品は 48 時間以内に検品', a_investigate_logistics: '未着注文の配送業者とルートを調査',
      a_review_cancellation_reasons: 'キャンセル理由（欠品・価格誤り・出荷遅れ）を確認',
      reply: '返信期限', listSeparator: '、', messages: 'メッセージ CSV（列：{columns}）', now: '現在時刻（日本時間）', saleRunning: '大型セール中（12 時間）', businessHours: '営業時間で計算（土日祝を除く）',
      opens: '開始', closes: '終了', deadline: '期限', status: '状態', timeLeft: '残り', answered_on_time: '期限内に返信', answered_late: '期限後に返信', open: '未返信', overdue: '期限切れ',
      pause: 'クリエイター投稿：72 時間以内に日本語の質問 {n} 件以上が未回答だと停止（販売ガイドの記述・未検証）', paused: '停止条件に該当', notPaused: '該当なし（あと {n} 件）',
      calendar: 'リスクカレンダー', year: '年', holidays: '国民の祝日・休日', closedDays: '休業日 {n} 日', window: '期間',
      r_carrier_delays: '配送遅延', r_warehouse_closures: '倉庫・配送休業', r_slow_replies: '返信遅れ', r_order_spike: '注文急増', r_stock_outs: '欠品リスク', r_reply_deadline_12h: '返信期限 12 時間', r_seller_defined: '任意',
      rfm: '顧客セグメント（RFM）', rfmNote: '上の注文 CSV の 会員ID と 合計金額 列を使います。顧客 ID はソルト付き FNV-1a ハッシュで表示（画面・共有での ID 露出を防ぎますが、ID 一覧を持つ人には逆算できる仮名化です）。', salt: 'ソルト（任意）', segment: 'セグメント', customers: '顧客数', revenue: '売上', share: '売上構成比', download: 'セグメント CSV をダウンロード', customer: '顧客（ハッシュ）', recency: '最終購入（日前）', frequency: '回数', monetary: '金額', high_value: '優良顧客', dormant: '休眠顧客', other: 'その他', comp: '遅延補償とクーポン費用', orderAmount: '注文金額（円）', delayDays: '遅延日数', returnCoupons: '返品お礼クーポン（枚）', ugcRewards: '開封動画特典（件）', margin: '注文の粗利（円）', delayCoupon: '遅延補償クーポン', faceValue: '額面合計', marginShare: '粗利に占める割合', compNote: 'プリセット：遅延 1 日ごとに +3%（販売ガイド）、上限 30%（jpseller の既定値・ガイドに記載なし）、返品クーポン ¥300、UGC 特典 ¥500。API で変更できます。',
      creator: 'クリエイター施策の参加条件チェック（販売ガイドが記す「Rakuten Creator」・未検証）', unknown: '不明', yes: 'はい', no: 'いいえ', fulfilment: '出荷拠点', jp_warehouse: '国内倉庫', fba_jp: 'FBA-JP', overseas: '海外直送', monthlyDsr: '月別ショップ評価（カンマ区切り・古い順）', liveItems: '日本語詳細ページのある販売中商品数',
      c_jct_registration: 'インボイス（適格請求書発行事業者）登録', c_japan_fulfilment: '国内倉庫または FBA-JP から出荷', c_japanese_return_address: '国内の返品先住所', c_japanese_support: '日本語カスタマーサポート', c_trademark: '商標登録証', c_pse_jis_documents: 'カテゴリに必要な PSE/JIS 書類', c_dsr_3_months: '直近 3 か月の平均評価 ≥ 4.7', c_live_items: 'シーン写真と日本語詳細ページのある商品 ≥ 5 点',
      categoryNeedsPseOrJis: 'PSE/JIS が必要なカテゴリ', pseOrJisDocuments: 'PSE/JIS 書類あり', jctRegistered: 'インボイス登録済み', japaneseReturnAddress: '国内返品先あり', japaneseCustomerSupport: '日本語サポートあり', trademarkRegistered: '商標登録済み',
      pass: '適合', fail: '不適合', not_applicable: '対象外', meets_checklist: 'すべて適合', fails: '不適合あり', incomplete: '情報不足',
      messaging: '配信頻度と特定電子メール法のチェック', channel: 'チャネル', line: 'LINE', email: 'メール', sms: 'SMS', sends: '配信予定日時（1 行に 1 件・日本時間）', busiest: '任意の 7 日間で最大 {n} 回（上限 週 {max} 回・販売ガイド）',
      m_prior_consent: '事前の同意（オプトイン）', m_consent_records: '同意の記録を保存', m_honour_opt_outs: '配信停止後は送らない', m_sender_name: '送信者の氏名・名称を表示', m_unsubscribe: '受信拒否の連絡先と拒否できる旨を表示', m_sender_address: '送信者の住所を表示', m_contact: '苦情・問合せ先を表示',
      lawLine: 'LINE のメッセージは一般に同法の「電子メール」（SMTP メール・SMS）に当たらないため、参考の良い実践として表示しています。', lawMail: '広告宣伝のメール・SMS には特定電子メール法が適用されます。',
      priorConsent: '事前同意', consentRecordsKept: '同意記録の保存', optOutsHonoured: '配信停止の反映', senderNameShown: '送信者名の表示', unsubscribeShown: '受信拒否方法の表示', senderAddressShown: '送信者住所の表示', contactShown: '問合せ先の表示',
      national: '祝日', substitute: '振替休日', citizens: '国民の休日',
      messageId: 'メッセージ番号', messageChannel: 'チャネル', ch_rakuten_inquiry: '楽天の問い合わせ', ch_creator_comment: 'クリエイター投稿へのコメント', ch_tiktok: 'TikTok のメッセージ',
    },
    en: {
      modeCsv: 'Order CSV', modeQuick: 'Quick entry (type the figures RMS shows)', mode: 'Input',
      quickHelp: 'Type the rates and counts your RMS shop-health page shows; blank ones are left out. With the orders in the window it also tells how many more you can afford; without it the rates are taken over {n} orders.',
      quickOrders: 'Orders in the window (optional)', quickRate: '{metric} %', quickCount: '{metric} (orders)', quickScore: '{metric} (mean, 1–5)', quickReviews: 'Number of reviews',
      quickAssumed: 'Orders not given: the rates are taken over {n} orders and compared as rates only (no counts shown).', quickRounded: 'Over {orders} orders: {metric} {rate}% ≈ {n} orders.',
      title: 'Store health', file: 'Read an order CSV (read on this device, never uploaded)', encoding: 'Encoding', auto: 'Auto (UTF-8 / Shift_JIS)',
      csv: 'Order CSV', evaluationDate: 'Evaluation date', windowDays: 'Window (days)', lines: 'Red lines (editable; presets come from a seller guide, unverified)', compute: 'Compute',
      complaintRate: 'Complaint rate', cancellationRate: 'Cancellation rate', lateShipmentRate: 'Late shipment rate', returnRate: 'Return rate', nonDelivery: 'Not delivered', reviewScore: 'Review score',
      riskAbove: 'Risk >', highAbove: 'High >', investigateAbove: 'Investigate >',
      ok: 'OK', investigate: 'Investigate', risk: 'Risk', high: 'High risk', unrated: 'No line',
      worse: 'Worse', better: 'Better', same: 'Same', no_data: 'No comparison', previous: 'Previous',
      counts_percent: '{n} of {d} orders', counts_orders: '{n} not delivered of {d} shipped', counts_score: 'mean of {d} reviews; {n} of them 2 points or less',
      headroom: '{n} more before “{band}”', recovery: '{n} more clean orders to get back to “{band}”', drivers: 'Orders',
      actions: 'Actions', overall: 'Overall', ordersInWindow: '{n} orders in the window ({from} – {to})', source: 'Source',
      a_improvement_plan_within_24h: 'Submit an improvement plan within 24 h of the warning', a_review_complaints_30_days: 'Review 30 days of complaints and fix the causes', a_reply_within_24h: 'Reply to every inquiry within 24 h (12 h during big sales)',
      a_apologise_without_blame: 'Apologise politely, never blame the customer, say what you will do', a_update_tracking_within_24h: 'Update tracking within 24 h', a_ship_within_48h: 'Ship within 48 h of the order',
      a_fix_listing_descriptions: 'Check listings: sizes, materials, washing, true colours; no absolute claims', a_inspect_returns_within_48h: 'Inspect returns within 48 h', a_investigate_logistics: 'Investigate the carrier and route of undelivered orders',
      a_review_cancellation_reasons: 'Review cancellation reasons (stock-outs, wrong prices, slow shipping)',
      reply: 'Reply deadlines', listSeparator: ', ', messages: 'Messages CSV ({columns})', now: 'Now (Japan time)', saleRunning: 'Big sale running (12 h)', businessHours: 'Count business hours only (skip weekends and Japanese holidays)',
      opens: 'Opens', closes: 'Closes', deadline: 'Deadline', status: 'Status', timeLeft: 'Left', answered_on_time: 'Answered on time', answered_late: 'Answered late', open: 'Open', overdue: 'Overdue',
      pause: 'Creator post: ≥{n} unanswered Japanese questions within 72 h pause the campaign (seller-guide claim, unverified)', paused: 'Pause triggered', notPaused: 'Not triggered ({n} to go)',
      calendar: 'Risk calendar', year: 'Year', holidays: 'Japanese public holidays', closedDays: '{n} closed days', window: 'Window',
      r_carrier_delays: 'Carrier delays', r_warehouse_closures: 'Warehouse closures', r_slow_replies: 'Slow replies', r_order_spike: 'Order spike', r_stock_outs: 'Stock-outs', r_reply_deadline_12h: '12 h reply deadline', r_seller_defined: 'Your own',
      rfm: 'Customer segments (RFM)', rfmNote: 'Uses the customer id and order amount columns of the order CSV above. Ids are shown as salted FNV-1a hashes (stops ids leaking via screens and shared lists; anyone holding the id list can recompute them — pseudonymisation, not anonymisation).', salt: 'Salt (optional)', segment: 'Segment', customers: 'Customers', revenue: 'Revenue', share: 'Revenue share', download: 'Download segment CSV', customer: 'Customer (hash)', recency: 'Last order (days)', frequency: 'Orders', monetary: 'Spend', high_value: 'High value', dormant: 'Dormant', other: 'Other', comp: 'Delay compensation and coupon cost', orderAmount: 'Order amount (yen)', delayDays: 'Days late', returnCoupons: 'Return thank-you coupons', ugcRewards: 'Unboxing-video rewards', margin: 'Order margin (yen)', delayCoupon: 'Delay coupon', faceValue: 'Face value', marginShare: 'Share of margin', compNote: 'Presets: +3 % per day late (seller guide), capped at 30 % (jpseller default; the guide names no cap), return coupon ¥300, UGC reward ¥500 — all editable through the API.',
      creator: 'Creator-program checklist (a "Rakuten Creator" program as a seller guide describes it — unverified)', unknown: 'Unknown', yes: 'Yes', no: 'No', fulfilment: 'Fulfilment', jp_warehouse: 'Japanese warehouse', fba_jp: 'FBA-JP', overseas: 'Ships from abroad', monthlyDsr: 'Monthly shop rating (comma-separated, oldest first)', liveItems: 'Live items with Japanese detail pages',
      c_jct_registration: 'JCT (qualified invoice issuer) registration', c_japan_fulfilment: 'Ships from a Japanese warehouse or FBA-JP', c_japanese_return_address: 'Japanese return address', c_japanese_support: 'Japanese customer support', c_trademark: 'Trademark certificate', c_pse_jis_documents: 'PSE/JIS documents for the category', c_dsr_3_months: 'Average DSR ≥ 4.7 over 3 months', c_live_items: '≥ 5 live items with scene photos and Japanese pages',
      categoryNeedsPseOrJis: 'Category needs PSE/JIS', pseOrJisDocuments: 'PSE/JIS documents ready', jctRegistered: 'JCT registered', japaneseReturnAddress: 'Japanese return address', japaneseCustomerSupport: 'Japanese support', trademarkRegistered: 'Trademark registered',
      pass: 'Pass', fail: 'Fail', not_applicable: 'N/A', meets_checklist: 'Meets the checklist', fails: 'Fails', incomplete: 'Incomplete',
      messaging: 'Push frequency and anti-spam e-mail law ({law}) checklist', channel: 'Channel', line: 'LINE', email: 'E-mail', sms: 'SMS', sends: 'Planned sends (one per line, Japan time)', busiest: 'At most {n} in any 7 days (limit {max} a week, seller guide)',
      m_prior_consent: 'Prior consent (opt-in)', m_consent_records: 'Consent records kept', m_honour_opt_outs: 'Nothing sent after an opt-out', m_sender_name: 'Sender name shown', m_unsubscribe: 'Unsubscribe route shown, with a note that refusal is possible', m_sender_address: 'Sender address shown', m_contact: 'Complaint/contact point shown',
      lawLine: 'LINE messages are generally outside the act’s “電子メール” (SMTP e-mail and SMS); the checklist is shown as good practice.', lawMail: 'The act applies to advertising e-mail and SMS.',
      priorConsent: 'Prior consent', consentRecordsKept: 'Consent records', optOutsHonoured: 'Opt-outs honoured', senderNameShown: 'Sender name shown', unsubscribeShown: 'Unsubscribe shown', senderAddressShown: 'Sender address shown', contactShown: 'Contact shown',
      national: 'Holiday', substitute: 'Substitute holiday', citizens: "Citizens' holiday",
      messageId: 'Message id', messageChannel: 'Channel', ch_rakuten_inquiry: 'Rakuten inquiry', ch_creator_comment: 'Creator post comment', ch_tiktok: 'TikTok message',
    },
  };

  static styles = `
    label.wide { display: flex; width: 100%; margin-right: 0; }
    textarea { width: 100%; min-height: 7em; font-family: ui-monospace, monospace; font-size: .85em; }
    .lines input { width: 5em; }
    .chip { display: inline-block; padding: 0 .5em; border-radius: 1em; font-size: .85em; color: #fff; }
    .chip.ok { background: #2f855a; } .chip.investigate { background: #b7791f; } .chip.risk { background: #dd6b20; }
    .chip.high, .chip.overdue { background: #c53030; } .chip.unrated, .chip.open { background: #718096; }
    .chip.answered_on_time { background: #2f855a; } .chip.answered_late { background: #b7791f; }
    .metric { display: grid; grid-template-columns: minmax(6em, 12em) minmax(0, 1fr); gap: .2em 1em; align-items: center; padding: .4em 0; border-bottom: 1px solid var(--jpseller-border, #e1e4e8); }
    .metric .detail { grid-column: 2; }
    @media (max-width: 640px) { .metric .detail { grid-column: 1 / -1; } }
    .modes { display: flex; flex-wrap: wrap; gap: 0 1em; }
    ul { margin: .3em 0; padding-left: 1.2em; }
    .mono { font-family: ui-monospace, monospace; font-size: .85em; }
  `;

  constructor() {
    super();
    this.state = {
      csv: SAMPLE_ORDERS,
      healthMode: 'csv',
      quick: { orders: '', complaintRate: '', cancellationRate: '', lateShipmentRate: '', returnRate: '', nonDelivery: '', reviewScore: '', reviews: '' },
      evaluationDate: this.getAttribute('evaluation-date') ?? '2025-06-30',
      windowDays: this.getAttribute('window-days') ?? '30',
      lines: Object.fromEntries(LINE_INPUTS.map(([metric, key]) => [`${metric}.${key}`, ''])),
      messages: SAMPLE_MESSAGES,
      now: '2025-06-05T12:00',
      saleRunning: false,
      useBusinessHours: false,
      opens: '09:00',
      closes: '18:00',
      year: String(new Date().getFullYear()),
      salt: '',
      comp: { orderAmount: '12000', delayDays: '4', returnCoupons: '1', ugcRewards: '1', margin: '4000' },
      creator: { ...Object.fromEntries(CREATOR_CHECKS.map((key) => [key, ''])), fulfilment: '', monthlyDsr: '4.8, 4.7, 4.6', liveItems: '6' },
      messaging: { ...Object.fromEntries(MESSAGING_ITEMS.map(([, key]) => [key, ''])), channel: 'line', sends: '2025-06-02T12:00\n2025-06-05T12:00\n2025-06-07T20:00' },
    };
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'evaluation-date' && newValue) this.state.evaluationDate = newValue;
    if (name === 'window-days' && newValue) this.state.windowDays = newValue;
    super.attributeChangedCallback(name, oldValue, newValue);
  }

  render() {
    const s = this.state;
    const field = (label, props) => h('label', {}, label, h('input', props));
    this.out = {
      health: h('div', { 'data-out': 'health', 'aria-live': 'polite' }),
      healthError: h('p', { class: 'error', role: 'alert', 'data-out': 'health-error' }),
      reply: h('div', { 'data-out': 'reply' }),
      replyError: h('p', { class: 'error', role: 'alert', 'data-out': 'reply-error' }),
      calendar: h('div', { 'data-out': 'calendar' }),
      calendarError: h('p', { class: 'error', role: 'alert', 'data-out': 'calendar-error' }),
      rfm: h('div', { 'data-out': 'rfm' }),
      rfmError: h('p', { class: 'error', role: 'alert', 'data-out': 'rfm-error' }),
      comp: h('div', { 'data-out': 'comp', 'aria-live': 'polite' }),
      compError: h('p', { class: 'error', role: 'alert', 'data-out': 'comp-error' }),
    };
    this.csvBox = h('textarea', { name: 'csv', 'aria-label': this.t('csv'), spellcheck: 'false', oninput: (e) => { s.csv = e.target.value; this.updateHealth(); } });
    this.csvBox.value = s.csv;
    this.encoding = h('select', { name: 'encoding', 'aria-label': this.t('encoding') },
      h('option', { value: 'auto', text: this.t('auto') }), h('option', { value: 'utf-8', text: 'UTF-8' }), h('option', { value: 'shift_jis', text: 'Shift_JIS' }));
    const lineInputs = LINE_INPUTS.map(([metric, key]) => field(`${this.t(metric)} ${this.t(key)}`, {
      name: `${metric}.${key}`, inputmode: 'decimal', placeholder: '', value: s.lines[`${metric}.${key}`] ?? '',
      oninput: (e) => { s.lines[`${metric}.${key}`] = normalizeNumber(e.target.value); this.updateHealth(); },
    }));
    this.linesBox = h('div', { class: 'lines' }, ...lineInputs);
    const quick = s.quick;
    const quickField = (label, key, mode = 'decimal') => field(label, { name: `quick.${key}`, 'data-field': `quick.${key}`, inputmode: mode, autocomplete: 'off', value: quick[key],
      oninput: (e) => { quick[key] = normalizeNumber(e.target.value); this.updateHealth(); } });
    this.quickBox = h('div', { 'data-out': 'quick', hidden: s.healthMode !== 'quick' },
      h('p', { class: 'muted', text: this.t('quickHelp', { n: QUICK_ASSUMED_ORDERS.toLocaleString('ja-JP') }) }),
      h('div', { class: 'lines' },
        quickField(this.t('quickOrders'), 'orders', 'numeric'),
        ...QUICK_RATES.map((id) => quickField(this.t('quickRate', { metric: this.t(id) }), id)),
        quickField(this.t('quickCount', { metric: this.t('nonDelivery') }), 'nonDelivery', 'numeric'),
        quickField(this.t('quickScore', { metric: this.t('reviewScore') }), 'reviewScore'),
        quickField(this.t('quickReviews'), 'reviews', 'numeric')),
      h('p', { class: 'muted', 'data-out': 'quick-note' }));
    this.csvBoxes = h('div', { hidden: s.healthMode === 'quick' },
      h('div', { class: 'file-row' }, h('span', { class: 'muted', text: this.t('file') }), ' ', filePicker(h('input', { type: 'file', name: 'file', 'aria-label': this.t('file'), accept: '.csv,.tsv,.txt,text/csv', onchange: (e) => this.readFile(e.target.files?.[0]) }), { choose: this.t('chooseFile'), none: this.t('noFile') })),
      h('label', {}, this.t('encoding'), this.encoding),
      h('label', { class: 'wide' }, this.t('csv'), this.csvBox));
    const modeChoice = (mode) => h('label', { class: 'inline' }, h('input', { type: 'radio', name: 'healthMode', value: mode, checked: s.healthMode === mode,
      onchange: () => { s.healthMode = mode; this.quickBox.hidden = mode !== 'quick'; this.csvBoxes.hidden = mode === 'quick'; this.updateHealth(); } }), this.t(mode === 'quick' ? 'modeQuick' : 'modeCsv'));
    const health = h('section', { class: 'card' },
      h('h2', { text: this.t('title') }),
      h('div', { role: 'radiogroup', 'aria-label': this.t('mode'), class: 'modes' }, modeChoice('csv'), modeChoice('quick')),
      this.csvBoxes,
      this.quickBox,
      field(this.t('evaluationDate'), { type: 'date', name: 'evaluationDate', value: s.evaluationDate, oninput: (e) => { s.evaluationDate = e.target.value; this.updateHealth(); } }),
      field(this.t('windowDays'), { name: 'windowDays', inputmode: 'numeric', value: s.windowDays, oninput: (e) => { s.windowDays = normalizeNumber(e.target.value); this.updateHealth(); } }),
      h('h3', { text: this.t('lines') }),
      this.linesBox,
      this.out.healthError,
      this.out.health);

    this.messagesBox = h('textarea', { name: 'messages', 'aria-label': this.t('messages', { columns: MESSAGE_COLUMNS.join(this.t('listSeparator')) }), spellcheck: 'false', oninput: (e) => { s.messages = e.target.value; this.updateReply(); } });
    this.messagesBox.value = s.messages;
    const reply = h('section', { class: 'card' },
      h('h2', { text: this.t('reply') }),
      h('label', { class: 'wide' }, h('span', {}, ...this.tNodes('messages', { columns: h('span', {}, ...MESSAGE_COLUMNS.flatMap((c, i) => [i ? this.t('listSeparator') : '', h('code', { translate: 'no', text: c })])) })), this.messagesBox),
      field(this.t('now'), { type: 'datetime-local', name: 'now', value: s.now, oninput: (e) => { s.now = e.target.value; this.updateReply(); } }),
      h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'saleRunning', checked: s.saleRunning, onchange: (e) => { s.saleRunning = e.target.checked; this.updateReply(); } }), this.t('saleRunning')),
      h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'businessHours', checked: s.useBusinessHours, onchange: (e) => { s.useBusinessHours = e.target.checked; this.updateReply(); } }), this.t('businessHours')),
      field(this.t('opens'), { type: 'time', name: 'opens', value: s.opens, oninput: (e) => { s.opens = e.target.value; this.updateReply(); } }),
      field(this.t('closes'), { type: 'time', name: 'closes', value: s.closes, oninput: (e) => { s.closes = e.target.value; this.updateReply(); } }),
      this.out.replyError,
      this.out.reply);

    const calendar = h('section', { class: 'card' },
      h('h2', { text: this.t('calendar') }),
      field(this.t('year'), { name: 'year', inputmode: 'numeric', value: s.year, oninput: (e) => { s.year = normalizeNumber(e.target.value); this.updateCalendar(); } }),
      this.out.calendarError,
      this.out.calendar);

    const rfm = h('section', { class: 'card' },
      h('h2', { text: this.t('rfm') }),
      h('p', { class: 'muted', text: this.t('rfmNote') }),
      field(this.t('salt'), { name: 'salt', autocomplete: 'off', value: s.salt, oninput: (e) => { s.salt = e.target.value; this.updateRfm(); } }),
      h('button', { type: 'button', name: 'download', onclick: () => this.downloadRfm(), text: this.t('download') }),
      this.out.rfmError,
      this.out.rfm);

    const compField = (key) => field(this.t(key), { name: key, inputmode: 'numeric', value: s.comp[key], oninput: (e) => { s.comp[key] = normalizeNumber(e.target.value); this.updateComp(); } });
    const comp = h('section', { class: 'card' },
      h('h2', { text: this.t('comp') }),
      ...['orderAmount', 'delayDays', 'returnCoupons', 'ugcRewards', 'margin'].map(compField),
      this.out.compError,
      this.out.comp,
      h('p', { class: 'muted', text: this.t('compNote') }));

    this.out.creator = h('div', { 'data-out': 'creator' });
    this.out.creatorError = h('p', { class: 'error', role: 'alert' });
    const tri = (group, key) => h('label', {}, this.t(key), h('select', { name: key, onchange: (e) => { s[group][key] = e.target.value; group === 'creator' ? this.updateCreator() : this.updateMessaging(); } },
      ...ANSWERS.map((value) => h('option', { value, selected: s[group][key] === value, text: this.t(value || 'unknown') }))));
    const creator = h('section', { class: 'card' },
      h('h2', { text: this.t('creator') }),
      ...CREATOR_CHECKS.map((k) => tri('creator', k)),
      h('label', {}, this.t('fulfilment'), h('select', { name: 'fulfilment', onchange: (e) => { s.creator.fulfilment = e.target.value; this.updateCreator(); } },
        ...FULFILMENTS.map((v) => h('option', { value: v, selected: s.creator.fulfilment === v, text: this.t(v || 'unknown') })))),
      field(this.t('monthlyDsr'), { name: 'monthlyDsr', value: s.creator.monthlyDsr, oninput: (e) => { s.creator.monthlyDsr = e.target.value; this.updateCreator(); } }),
      field(this.t('liveItems'), { name: 'liveItems', inputmode: 'numeric', value: s.creator.liveItems, oninput: (e) => { s.creator.liveItems = normalizeNumber(e.target.value); this.updateCreator(); } }),
      this.out.creatorError,
      this.out.creator);

    this.out.messaging = h('div', { 'data-out': 'messaging' });
    this.out.messagingError = h('p', { class: 'error', role: 'alert' });
    const sends = h('textarea', { name: 'sends', 'aria-label': this.t('sends'), oninput: (e) => { s.messaging.sends = e.target.value; this.updateMessaging(); } });
    sends.value = s.messaging.sends;
    const messaging = h('section', { class: 'card' },
      h('h2', {}, ...this.tNodes('messaging', { law: h('span', { lang: 'ja', text: '特定電子メール法' }) })),
      h('label', {}, this.t('channel'), h('select', { name: 'channel', onchange: (e) => { s.messaging.channel = e.target.value; this.updateMessaging(); } },
        ...MESSAGE_CHANNELS.map((v) => h('option', { value: v, selected: s.messaging.channel === v, text: this.t(v) })))),
      h('label', { class: 'wide' }, this.t('sends'), sends),
      ...MESSAGING_ITEMS.map(([, key]) => tri('messaging', key)),
      this.out.messagingError,
      this.out.messaging);

    this.shadowRoot.replaceChildren(health, reply, calendar, rfm, comp, creator, messaging);
    this.updateCreator();
    this.updateMessaging();
    this.updateHealth();
    this.updateReply();
    this.updateCalendar();
    this.updateComp();
  }

  updateRfm() {
    try {
      const result = this.api.rfmSegments({ csv: { text: this.state.csv }, asOf: this.state.evaluationDate, salt: this.state.salt });
      this.rfmResult = result;
      this.out.rfmError.textContent = '';
      const segments = result.segments.map((g) => h('tr', { 'data-segment': g.id },
        h('td', { text: this.t(g.id) === g.id ? (g.label ?? g.id) : this.t(g.id) }), h('td', { class: 'num', text: g.customers }),
        h('td', { class: 'num', text: formatYen(g.revenue) }), h('td', { class: 'num', text: g.revenueShare === null ? '—' : `${g.revenueShare}%` })));
      const members = (result.members ?? []).slice(0, 20).map((m) => h('tr', {},
        h('td', { class: 'mono', text: m.customer }), h('td', { text: this.t(m.segment) === m.segment ? m.segment : this.t(m.segment) }),
        h('td', { class: 'num', text: m.recencyDays }), h('td', { class: 'num', text: m.frequency }), h('td', { class: 'num', text: formatYen(m.monetary) })));
      this.out.rfm.replaceChildren(
        h('table', {}, h('thead', {}, h('tr', {}, h('th', { text: this.t('segment') }), h('th', { class: 'num', text: this.t('customers') }), h('th', { class: 'num', text: this.t('revenue') }), h('th', { class: 'num', text: this.t('share') }))),
          h('tbody', {}, ...segments)),
        h('table', {}, h('thead', {}, h('tr', {}, h('th', { text: this.t('customer') }), h('th', { text: this.t('segment') }), h('th', { class: 'num', text: this.t('recency') }), h('th', { class: 'num', text: this.t('frequency') }), h('th', { class: 'num', text: this.t('monetary') }))),
          h('tbody', {}, ...members)));
      this.emit('rfmSegments', { result });
    } catch (error) {
      this.rfmResult = null;
      this.out.rfm.replaceChildren();
      this.out.rfmError.textContent = this.describeError(error);
    }
  }

  downloadRfm() {
    if (!this.rfmResult) return;
    // A blob: URL built from the result, so the export never leaves the browser.
    const url = URL.createObjectURL(new Blob([this.rfmResult.csv], { type: 'text/csv' }));
    const link = h('a', { href: url, download: `rfm-segments-${this.rfmResult.asOf}.csv` });
    this.shadowRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  updateCreator() {
    const c = this.state.creator;
    const answer = (v) => (v === 'yes' ? true : v === 'no' ? false : undefined);
    try {
      const input = {};
      for (const key of CREATOR_CHECKS) {
        if (answer(c[key]) !== undefined) input[key] = answer(c[key]);
      }
      if (c.fulfilment) input.fulfilment = c.fulfilment;
      const dsr = (c.monthlyDsr ?? '').split(/[,，、\s]+/).filter(Boolean);
      if (dsr.length) input.monthlyDsr = dsr;
      if (c.liveItems !== '') input.liveItemsWithJapanesePages = Number(c.liveItems);
      const result = this.api.creatorEligibility(input);
      this.out.creatorError.textContent = '';
      this.out.creator.replaceChildren(
        h('p', {}, h('span', { class: `chip ${result.overall === 'meets_checklist' ? 'ok' : result.overall === 'fails' ? 'high' : 'unrated'}`, 'data-out': 'creator-overall', text: this.t(result.overall) })),
        h('table', {}, h('tbody', {}, ...result.items.map((i) => h('tr', { 'data-check': i.id },
          h('td', { text: this.t(`c_${i.id}`) }),
          h('td', {}, h('span', { class: `chip ${i.status === 'pass' ? 'ok' : i.status === 'fail' ? 'high' : 'unrated'}`, text: this.t(i.status) })),
          h('td', { class: 'muted', text: i.value ?? '' }))))),
        labelText('p', result.programNote, result.program, this.lang, { class: 'muted' }));
      this.emit('creatorEligibility', { result });
    } catch (error) {
      this.out.creator.replaceChildren();
      this.out.creatorError.textContent = this.describeError(error);
    }
  }

  updateMessaging() {
    const m = this.state.messaging;
    try {
      const input = { channel: m.channel, sends: m.sends.split('\n').map((x) => x.trim()).filter(Boolean) };
      for (const [, key] of MESSAGING_ITEMS) if (m[key] === 'yes' || m[key] === 'no') input[key] = m[key] === 'yes';
      const result = this.api.messagingCheck(input);
      this.out.messagingError.textContent = '';
      const chip = (status) => h('span', { class: `chip ${status === 'pass' ? 'ok' : status === 'fail' ? 'high' : 'unrated'}`, text: this.t(status === 'unknown' ? 'unknown' : status) });
      this.out.messaging.replaceChildren(
        h('p', { 'data-out': 'frequency' }, chip(result.frequency.status), ' ', this.t('busiest', { n: result.frequency.busiestSevenDays, max: result.frequency.maxPerWeek })),
        h('table', {}, h('tbody', {}, ...result.checklist.map((r) => h('tr', { 'data-check': r.id },
          h('td', { text: this.t(`m_${r.id}`) }), h('td', {}, chip(r.status)), h('td', { class: 'muted', text: r.basis }))))),
        h('p', { class: 'muted', text: result.lawApplies ? this.t('lawMail') : this.t('lawLine') }));
      this.emit('messagingCheck', { result });
    } catch (error) {
      this.out.messaging.replaceChildren();
      this.out.messagingError.textContent = this.describeError(error);
    }
  }

  updateComp() {
    const c = this.state.comp;
    try {
      const count = (v) => (v === '' ? 0 : Number(v));
      const input = { orderAmount: c.orderAmount, delayDays: count(c.delayDays), returnCoupons: count(c.returnCoupons), ugcRewards: count(c.ugcRewards) };
      if (c.margin !== '') input.margin = c.margin;
      const result = this.api.compensation(input);
      this.out.compError.textContent = '';
      this.out.comp.replaceChildren(h('table', {}, h('tbody', {},
        h('tr', {}, h('td', { text: `${this.t('delayCoupon')} (${result.delayCoupon.percent}%)` }), h('td', { class: 'num', 'data-out': 'delay-coupon', text: formatYen(result.delayCoupon.amount) })),
        h('tr', {}, h('td', { text: this.t('faceValue') }), h('td', { class: 'num', 'data-out': 'face-value', text: formatYen(result.faceValue) })),
        h('tr', {}, h('td', { text: this.t('marginShare') }), h('td', { class: 'num', 'data-out': 'margin-share', text: result.marginShare === undefined ? '—' : `${result.marginShare}%` })))));
      this.emit('compensation', { result });
    } catch (error) {
      this.out.comp.replaceChildren();
      this.out.compError.textContent = this.describeError(error);
    }
  }

  async readFile(file) {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.state.csv = decodeCsvBytes(bytes, this.encoding.value).text;
    this.csvBox.value = this.state.csv;
    this.updateHealth();
  }

  thresholds() {
    const out = {};
    for (const [key, value] of Object.entries(this.state.lines)) {
      if (value === '') continue;
      const [metric, line] = key.split('.');
      out[metric] ??= {};
      out[metric][line] = value;
    }
    // A metric the user touched replaces its whole preset, so keep the untouched line of the pair.
    const presets = { complaintRate: { riskAbove: '1', highAbove: '2' }, lateShipmentRate: { riskAbove: '2', highAbove: '5' } };
    for (const [metric, lines] of Object.entries(out)) if (presets[metric]) out[metric] = { ...presets[metric], ...lines };
    return out;
  }

  updateHealth() {
    const s = this.state;
    const quick = s.healthMode === 'quick';
    this.clearFieldErrors(this.quickBox);
    try {
      const windowDays = Number(s.windowDays);
      const input = { evaluationDate: s.evaluationDate, windowDays: Number.isInteger(windowDays) ? windowDays : s.windowDays, thresholds: this.thresholds() };
      const orders = quick ? this.quickOrders(Number.isInteger(windowDays) ? windowDays : 30) : null;
      const result = this.api.storeHealth(quick ? { ...input, orders: orders.rows } : { ...input, csv: { text: s.csv } });
      this.out.healthError.textContent = '';
      this.showHealth(result, orders);
      this.emit('storeHealth', { result });
      if (!quick) this.updateRfm();
    } catch (error) {
      this.out.health.replaceChildren();
      this.out.healthError.textContent = this.describeError(error);
      if (error.field?.startsWith('quick.')) this.showFieldError(error, this.quickBox);
      this.out.rfm?.replaceChildren();
    }
  }

  /**
   * Quick mode: orders that reproduce the figures the seller typed, so the engine bands them with
   * the same lines, headroom and actions as a real order file. Each figure has its own orders: a
   * metric's bad orders are counted within its own denominator (late and returns among the
   * non-cancelled orders, not-delivered among the shipped ones). Without an order count the rates
   * are taken over QUICK_ASSUMED_ORDERS, where any 2-decimal rate is exact.
   */
  quickOrders(windowDays) {
    const q = this.state.quick;
    const fail = (field, code) => { throw Object.assign(new Error(code), { code, field }); };
    const count = (key, allowZero = true) => {
      if (q[key] === '') return null;
      const n = Number(q[key]);
      return Number.isInteger(n) && n >= (allowZero ? 0 : 1) && n <= 1000000 ? n : fail(`quick.${key}`, 'invalid_quantity');
    };
    const given = count('orders', false);
    const total = given ?? QUICK_ASSUMED_ORDERS;
    const rate = (key) => {
      if (q[key] === '') return null;
      const r = Number(q[key]);
      return /^\d+(\.\d+)?$/.test(q[key]) && r <= 100 ? r : fail(`quick.${key}`, 'invalid_rate');
    };
    const notes = [];
    // Half-up to whole orders; a rate the order count cannot show exactly is said so.
    const bad = (key, over) => {
      const r = rate(key);
      if (r === null) return 0;
      const n = Math.round((over * r) / 100);
      if (given && Math.abs(n - (over * r) / 100) > 1e-9) notes.push(this.t('quickRounded', { orders: over, metric: this.t(key), rate: r, n }));
      return n;
    };
    const cancelled = bad('cancellationRate', total);
    const kept = total - cancelled;
    const complaints = bad('complaintRate', total);
    const late = bad('lateShipmentRate', kept);
    const returned = bad('returnRate', kept);
    const notDelivered = Math.min(count('nonDelivery') ?? 0, kept);
    const score = q.reviewScore === '' ? null : Number(q.reviewScore);
    if (score !== null && !(/^\d+(\.\d+)?$/.test(q.reviewScore) && score >= 1 && score <= 5)) fail('quick.reviewScore', 'out_of_range');
    const reviews = score === null ? 0 : Math.min(count('reviews') ?? total, total);
    // Every order on the window's first day: shipped on time the same day (late ones two days
    // later, past the next day's deadline), so the not-delivered grace days have passed by the
    // evaluation date in any window of 8 days or more.
    const evaluated = Date.parse(`${this.state.evaluationDate}T00:00:00Z`);
    if (Number.isNaN(evaluated)) fail('evaluationDate', 'invalid_date');
    const day = (offset) => new Date(evaluated + offset * 86400000).toISOString().slice(0, 10);
    const first = day(1 - Math.max(1, windowDays));
    const shipBy = day(2 - Math.max(1, windowDays));
    const rows = [];
    for (let i = 0; i < total; i += 1) {
      const row = { orderDate: `${first}T10:00:00`, shipBy };
      if (i < cancelled) row.cancelled = true;
      else {
        const at = i - cancelled;
        row.shippedAt = at < late ? `${day(3 - Math.max(1, windowDays))}T12:00:00` : `${first}T12:00:00`;
        row.delivered = at >= notDelivered;
        if (at < returned) row.returned = true;
      }
      if (i < complaints) row.complaint = true;
      if (i < reviews) row.reviewScore = q.reviewScore;
      rows.push(row);
    }
    return { rows, given, notes, used: new Set(Object.entries(q).filter(([k, v]) => k !== 'orders' && k !== 'reviews' && v !== '').map(([k]) => k)) };
  }

  /** `quick`: quick mode's orders — only the metrics the seller typed are shown, with counts only when the order count was given. */
  showHealth(result, quick = null) {
    const chip = (band) => h('span', { class: `chip ${band}`, 'data-band': band, text: this.t(band) });
    for (const input of this.linesBox.querySelectorAll('input')) {
      const [metric, key] = input.name.split('.');
      input.placeholder = result.metrics.find((m) => m.id === metric)?.lines[key] ?? '';
    }
    const shown = quick ? METRICS.filter((id) => quick.used.has(id)) : METRICS;
    const counts = !quick || quick.given;
    this.quickBox.querySelector('[data-out="quick-note"]').textContent = quick
      ? [quick.given ? '' : this.t('quickAssumed', { n: QUICK_ASSUMED_ORDERS.toLocaleString('ja-JP') }), ...quick.notes].filter(Boolean).join(' ') : '';
    const metrics = shown.map((id) => result.metrics.find((m) => m.id === id)).filter(Boolean).map((m) => {
      const value = m.value === null ? '—' : m.unit === 'percent' ? `${m.value}%` : m.value;
      const prev = m.previous.value === null ? '—' : m.unit === 'percent' ? `${m.previous.value}%` : m.previous.value;
      const notes = [];
      if (m.headroom && counts) notes.push(this.t('headroom', { n: m.headroom.additionalBadOrders, band: this.t(m.headroom.nextBand) }));
      if (m.recovery && counts) notes.push(this.t('recovery', { n: m.recovery.cleanOrdersNeeded, band: this.t(m.recovery.toBand) }));
      return h('div', { class: 'metric', 'data-metric': m.id },
        h('strong', { text: this.t(m.id) }),
        h('div', {}, h('span', { class: 'big', 'data-out': `${m.id}-value`, text: value }), ' ',
          counts && !(quick && m.unit === 'score') ? h('span', { class: 'muted', 'data-out': `${m.id}-counts`, text: `(${this.t(`counts_${m.unit}`, { n: m.numerator, d: m.denominator })}) ` }) : null, chip(m.band), ' ',
          quick ? null : h('span', { class: 'muted', text: `${this.t(m.trend)} · ${this.t('previous')} ${prev}` })),
        h('div', { class: 'detail' }, gauge(m, `${this.t(m.id)} ${value}`, (v) => (m.unit === 'percent' ? `${v}%` : v))),
        notes.length ? h('div', { class: 'detail muted', 'data-out': `${m.id}-headroom`, text: notes.join(' · ') }) : null,
        m.drivers.length && !quick ? h('div', { class: 'detail muted', text: `${this.t('drivers')}: ${m.drivers.slice(0, 12).join(', ')}${m.drivers.length > 12 || m.driversTruncated ? ' …' : ''}` }) : null);
    });
    const actions = result.actions.map((a) => h('li', { 'data-action': a.code, text: this.t(`a_${a.code}`) + (a.deadline ? ` (${a.deadline})` : '') }));
    this.out.health.replaceChildren(
      h('p', {}, `${this.t('overall')}: `, chip(result.overallBand), ' ',
        counts ? h('span', { class: 'muted', text: this.t('ordersInWindow', { n: result.ordersInWindow, from: result.window.from, to: result.window.to }) }) : null),
      ...metrics,
      actions.length ? h('h3', { text: this.t('actions') }) : null,
      actions.length ? h('ul', {}, ...actions) : null,
      h('p', { class: 'muted' }, `${this.t('source')}: `, noteText('span', result.provenance, this.lang), ` (${this.t(`status_${result.provenance.status}`)})`));
  }

  updateReply() {
    const s = this.state;
    try {
      // Rows of blank cells are no messages.
      const [header, ...rows] = parseCsv(s.messages).filter((row) => row.some((cell) => cell.trim() !== ''));
      const col = (name) => header.findIndex((x) => x.trim() === name);
      const cell = (row, name) => (col(name) >= 0 ? (row[col(name)] ?? '').trim() : '');
      const messages = rows.map((row) => {
        const m = { id: cell(row, 'id') || undefined, channel: cell(row, 'channel'), receivedAt: cell(row, 'receivedAt') };
        if (cell(row, 'answeredAt')) m.answeredAt = cell(row, 'answeredAt');
        if (cell(row, 'postId')) m.postId = cell(row, 'postId');
        return m;
      });
      const postIds = [...new Set(messages.map((m) => m.postId).filter(Boolean))];
      // Without post times, the earliest comment on a post stands in for the post itself.
      const posts = postIds.map((id) => ({ id, postedAt: messages.filter((m) => m.postId === id).map((m) => m.receivedAt).sort()[0] }));
      const input = { now: s.now, messages, posts, saleRunning: s.saleRunning };
      if (s.useBusinessHours) input.businessHours = { opens: s.opens, closes: s.closes };
      const result = this.api.replyRisk(input);
      this.out.replyError.textContent = '';
      const left = (seconds) => {
        if (seconds === undefined) return '';
        const sign = seconds < 0 ? '-' : '';
        const abs = Math.abs(seconds);
        return `${sign}${Math.floor(abs / 3600)}h${String(Math.floor((abs % 3600) / 60)).padStart(2, '0')}m`;
      };
      const rowsOut = result.items.map((i) => h('tr', { 'data-item': i.id },
        h('td', { text: i.id }), h('td', { text: this.t(`ch_${i.channel}`) }), h('td', { text: i.deadline.replace('+09:00', '') }),
        h('td', {}, h('span', { class: `chip ${i.status}`, text: this.t(i.status) })), h('td', { class: 'num', text: left(i.secondsLeft) })));
      const pause = result.pause.map((p) => h('li', { 'data-post': p.postId },
        `${p.postId}: `, h('span', { class: `chip ${p.triggered ? 'high' : 'ok'}`, text: p.triggered ? this.t('paused') : this.t('notPaused', { n: p.remainingBeforePause }) })));
      this.out.reply.replaceChildren(
        h('table', {}, h('thead', {}, h('tr', {}, h('th', { text: this.t('messageId') }), h('th', { text: this.t('messageChannel') }), h('th', { text: this.t('deadline') }), h('th', { text: this.t('status') }), h('th', { class: 'num', text: this.t('timeLeft') }))),
          h('tbody', {}, ...rowsOut)),
        result.pause.length ? h('p', { class: 'muted', text: this.t('pause', { n: result.pause[0]?.threshold ?? 3 }) }) : null,
        result.pause.length ? h('ul', {}, ...pause) : null);
      this.emit('replyRisk', { result });
    } catch (error) {
      this.out.reply.replaceChildren();
      this.out.replyError.textContent = this.describeError(error);
    }
  }

  updateCalendar() {
    try {
      const year = Number(this.state.year);
      const result = this.api.riskCalendar({ year: Number.isInteger(year) ? year : this.state.year });
      this.out.calendarError.textContent = '';
      const day = (t) => t.slice(0, 16).replace('T', ' ');
      const windows = result.windows.map((w) => h('tr', { 'data-window': w.kind },
        h('td', { text: w.label }), h('td', { text: `${day(w.start)} – ${day(w.end)}` }),
        h('td', { text: w.reasons.map((r) => this.t(`r_${r}`)).join('、') }), h('td', { text: this.t('closedDays', { n: w.closedDays }) })));
      const holidays = result.holidays.map((d) => h('tr', { 'data-holiday': d.date },
        h('td', { text: d.date }), h('td', { text: this.lang === 'en' ? d.nameEn : d.name }), h('td', { class: 'muted', text: this.t(d.kind) })));
      this.out.calendar.replaceChildren(
        h('table', {}, h('thead', {}, h('tr', {}, h('th', { text: this.t('window') }), h('th'), h('th'), h('th'))), h('tbody', {}, ...windows)),
        h('h3', { text: this.t('holidays') }),
        h('table', {}, h('tbody', { 'data-out': 'holidays' }, ...holidays)),
        h('p', { class: 'muted' }, `${this.t('source')}: `, noteText('span', result.holidaysProvenance, this.lang)));
      this.emit('riskCalendar', { result });
    } catch (error) {
      this.out.calendar.replaceChildren();
      this.out.calendarError.textContent = this.describeError(error);
    }
  }
}

define('jpseller-store-health', StoreHealth);
