// <jpseller-fee-calculator>: one order's fees, taxes, payout and profit on a Japanese marketplace,
// line by line with provenance, a waterfall chart, a price solver and a marketplace comparison.
// Attributes: lang (zh|ja|en), platform (rakuten|tiktok|amazon|yahoo|qoo10), as-of (YYYY-MM-DD).
import { EngineCall, JpsellerElement, define, formatYen, h, noteText } from './base.js';
import { feeDataError } from './wasm.js';
import { errorText } from './errors.js';
import { normalizeNumber } from './numbers.js';
import { fitted, waterfall } from './charts.js';

const PLATFORMS = ['rakuten', 'tiktok', 'amazon', 'yahoo', 'qoo10'];
const DEVICES = ['mobile', 'pc'];
const FULFILMENTS = ['merchant', 'fba'];
/** Solver targets and their message keys. */
const TARGETS = [['break_even', 'breakEven'], ['margin', 'marginTarget'], ['profit', 'profitTarget']];
/** The month CSV's columns, as the file must name them (and the values device and affiliate take). */
const MONTH_COLUMNS = ['price', 'quantity', 'taxRate', 'shippingCharged', 'discount', 'device = pc | mobile', 'affiliate = 1 | 0', 'cogsPerUnit'];
/** The 全托管 fee rule, which has no preset, and the engine field that asks for its rate. */
const FULL_MANAGED_RULE = 'tiktok.referral_fee';
const FULL_MANAGED_FEE = `overrides.${FULL_MANAGED_RULE}`;
/** The volume at which the per-order share of monthly fees is shown when the seller gave none. */
const EXAMPLE_ORDERS_PER_MONTH = '100';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

class FeeCalculator extends JpsellerElement {
  static get observedAttributes() {
    return ['lang', 'platform', 'as-of'];
  }

  static privateState = ['ordersCsv'];
  /** The seller's values for ⚠ presets, by rule id: a rate, an amount, or one rate per band. */
  static records = { overrides: { rate: '', amount: '', bands: [''] } };
  static choices = { platform: PLATFORMS, 'rakuten.device': DEVICES, 'amazon.fulfilment': FULFILMENTS, target: TARGETS.map(([target]) => target) };

  static messages = {
    zh: {
      title: '费用与利润计算', platform: '平台', plan: '方案', asOf: '费率日期', price: '售价（含税，日元）', quantity: '数量',
      shipping: '向买家收取的运费', discount: '店铺优惠券', cogs: '单件成本', shipCost: '实际运费', adSpend: '广告费（不含税）', ordersPerMonth: '月订单数（分摊月费）',
      registered: '已登记合格发票发行事业者（可抵扣进项税）', device: '下单终端', mobile: '移动端', pc: 'PC', monthlySales: '预计月销售额', affiliateRate: '联盟佣金率 %',
      pointsRate: '积分倍率 %', creatorRate: '达人佣金率 %', newSeller: '新商家注册日', listed3: '45 天内上架 ≥ 3 件', baseShipping: '佣金基数含运费',
      category: '类目', fulfilment: '配送方式', merchant: '自发货', fba: 'FBA', sizeTier: 'FBA 尺寸', payment: '支付方式', megaWari: 'Mega 割期间',
      breakdown: '费用明细', item: '项目', base: '基数', rate: '费率', net: '税前', tax: '消费税', gross: '合计', source: '依据', effective: '生效日',
      revenue: '买家支付', fees: '平台费用（含税）', payout: '回款', costs: '成本', taxDue: '应缴消费税（销项 − 进项）', profit: '利润', margin: '利润率',
      unverified: '含未核实的预设值（标记 ⚠）：展开该行的依据即可按账单修改，修改会保存在链接里。', waterfall: '瀑布图', solver: '定价求解', target: '目标', breakEven: '保本', marginTarget: '利润率 %',
      profitTarget: '每单利润（日元）', value: '数值', solve: '求最低售价', maxAd: '求最高广告费', solvedPrice: '最低售价 {price}（低 1 日元时利润 {below}）',
      solvedAd: '每单最多可投广告 {spend}（再多 1 日元利润 {beyond}）', compare: '多平台比较', compareRun: '比较所有平台', rank: '排名', reasons: '原因', skipped: '未比较：{platform}（{reason}）',
      rounding: '舍入：{rounding}，范围：{scope}', openSource: '打开来源', none: '—',
      chartFeesNet: '平台费用（税前）', chartFeeTax: '费用的消费税', chartTaxDue: '应缴消费税',
      editPreset: '按你的账单修改：', band: '≤ {upTo}', bandAbove: '以上部分', resetPreset: '恢复默认值', yourValue: '你的数值',
      monthlyFixed: '每月固定费用（税前）：{items}', monthlyItem: '{label} {amount}/月', perOrderAt: '（按每月 {orders} 单分摊，每单 {share}）',
      monthlyMissing: '未填写月订单数：上面的单笔费用和利润不含每月固定费用 {total}。请填写月订单数以分摊到每单；按每月 {orders} 单计算，每单还要 {share}。',
      profitNoMonthly: '利润（未含月费）', compareAssumed: '比较时使用的类目', amazonCategory: '亚马逊类目', qoo10Category: 'Qoo10 类目',
      ratesAsOf: '费率数据截至 {date}', feeDataBad: '费率数据文件无法使用（{reason}），仍按内置费率计算。',
      contractRate: '合同佣金率 %',
      fullManagedHelp: 'TikTok Shop 没有公开全托管模式的费用条款（佣金率、供货价、结算），jpseller 不会替你假设数字：请填写你合同中的佣金率，本页即按此费率计算。',
      monthTitle: '月度损益（CSV 订单）', monthColumns: 'CSV 列（{price} 为必填的含税单价）：', monthHelp: '。月费、阶梯费率按整月计算一次。', csv: 'CSV 订单', monthRun: '计算本月', orders: '订单数', feeRate: '费用率',
    },
    ja: {
      title: '手数料・利益計算', platform: 'モール', plan: 'プラン', asOf: '料率の基準日', price: '販売価格（税込・円）', quantity: '数量',
      shipping: '購入者から受け取る送料', discount: 'ショップクーポン', cogs: '1個あたり原価', shipCost: '実際の送料', adSpend: '広告費（税抜）', ordersPerMonth: '月間注文数（月額費の按分）',
      registered: '適格請求書発行事業者（仕入税額控除あり）', device: '注文端末', mobile: 'モバイル', pc: 'PC', monthlySales: '想定月商', affiliateRate: 'アフィリエイト料率 %',
      pointsRate: 'ポイント倍率 %', creatorRate: 'クリエイター報酬率 %', newSeller: '新規出店日', listed3: '45日以内に3商品以上出品', baseShipping: '手数料の基準に送料を含む',
      category: 'カテゴリー', fulfilment: '配送方法', merchant: '自社発送', fba: 'FBA', sizeTier: 'FBAサイズ', payment: '決済方法', megaWari: 'メガ割期間',
      breakdown: '手数料の内訳', item: '項目', base: '基準額', rate: '料率', net: '税抜', tax: '消費税', gross: '合計', source: '根拠', effective: '適用開始',
      revenue: '購入者の支払額', fees: 'モール手数料（税込）', payout: '入金額', costs: '費用', taxDue: '納付消費税（売上税額−仕入税額）', profit: '利益', margin: '利益率',
      unverified: '未検証のプリセットを含みます（⚠）。行の根拠を開くと請求書に合わせて修正でき、修正はリンクに保存されます。', waterfall: 'ウォーターフォール', solver: '価格の逆算', target: '目標', breakEven: '損益分岐',
      marginTarget: '利益率 %', profitTarget: '1件あたり利益（円）', value: '値', solve: '最低価格を計算', maxAd: '広告費の上限を計算', solvedPrice: '最低価格 {price}（1円下げると利益 {below}）',
      solvedAd: '1件あたり広告費の上限 {spend}（1円超えると利益 {beyond}）', compare: 'モール比較', compareRun: '全モールを比較', rank: '順位', reasons: '理由', skipped: '比較対象外：{platform}（{reason}）',
      rounding: '端数処理：{rounding}、単位：{scope}', openSource: '出典を開く', none: '—',
      chartFeesNet: '手数料（税抜）', chartFeeTax: '手数料の消費税', chartTaxDue: '納付消費税',
      editPreset: '請求書に合わせて修正：', band: '≤ {upTo}', bandAbove: 'それ以上', resetPreset: '既定値に戻す', yourValue: 'あなたの値',
      monthlyFixed: '毎月の固定費（税抜）：{items}', monthlyItem: '{label} {amount}／月', perOrderAt: '（月 {orders} 件で按分すると 1 件 {share}）',
      monthlyMissing: '月間注文数が未入力です：上の 1 件あたりの手数料と利益に毎月の固定費 {total} は含まれていません。月間注文数を入力すると按分します。月 {orders} 件なら 1 件あたりさらに {share} かかります。',
      profitNoMonthly: '利益（月額費用を除く）', compareAssumed: '比較に使うカテゴリー', amazonCategory: 'Amazon のカテゴリー', qoo10Category: 'Qoo10 のカテゴリー',
      ratesAsOf: '料率データ：{date} 時点', feeDataBad: '料率データファイルを使えませんでした（{reason}）。内蔵の料率で計算しています。',
      contractRate: '契約の手数料率 %',
      fullManagedHelp: 'TikTok Shop は全托管モードの手数料条件（手数料率・仕入価格・精算）を公表していないため、jpseller は数値を仮定しません。契約書の手数料率を入力すると、その料率で計算します。',
      monthTitle: '月次損益（CSVの注文）', monthColumns: 'CSVの列（{price} は必須・税込単価）：', monthHelp: '。月額費用と段階料率は月全体で1回計算します。', csv: 'CSVの注文', monthRun: '今月を計算', orders: '注文数', feeRate: '手数料率',
    },
    en: {
      title: 'Fees and profit', platform: 'Marketplace', plan: 'Plan', asOf: 'Rates as of', price: 'Price (tax-inclusive, yen)', quantity: 'Quantity',
      shipping: 'Shipping charged', discount: 'Store coupon', cogs: 'Cost per unit', shipCost: 'Shipping you pay', adSpend: 'Ad spend (excl. tax)', ordersPerMonth: 'Orders per month (share monthly fees)',
      registered: 'JCT-registered (input tax credited)', device: 'Device', mobile: 'Mobile', pc: 'PC', monthlySales: 'Expected monthly sales', affiliateRate: 'Affiliate rate %',
      pointsRate: 'Point rate %', creatorRate: 'Creator commission %', newSeller: 'Shop registered on', listed3: '≥ 3 products listed within 45 days', baseShipping: 'Fee base includes shipping',
      category: 'Category', fulfilment: 'Fulfilment', merchant: 'Merchant', fba: 'FBA', sizeTier: 'FBA size', payment: 'Payment method', megaWari: 'During Mega Sale',
      breakdown: 'Breakdown', item: 'Item', base: 'Base', rate: 'Rate', net: 'Net', tax: 'Tax', gross: 'Total', source: 'Source', effective: 'From',
      revenue: 'Customer pays', fees: 'Platform charges (incl. tax)', payout: 'Payout', costs: 'Costs', taxDue: 'Consumption tax due (output − input)', profit: 'Profit', margin: 'Margin',
      unverified: 'Uses unverified presets (⚠): open a line\'s source to edit it to match your statement; your values are kept in the link.', waterfall: 'Waterfall', solver: 'Price solver', target: 'Target', breakEven: 'Break even',
      marginTarget: 'Margin %', profitTarget: 'Profit per order (yen)', value: 'Value', solve: 'Lowest price', maxAd: 'Most ad spend', solvedPrice: 'Lowest price {price} (¥1 less gives profit {below})',
      solvedAd: 'At most {spend} of ads per order (¥1 more gives profit {beyond})', compare: 'Compare marketplaces', compareRun: 'Compare all', rank: 'Rank', reasons: 'Why', skipped: 'Not compared: {platform} ({reason})',
      rounding: 'Rounding: {rounding}, scope: {scope}', openSource: 'Open source', none: '—',
      chartFeesNet: 'Fees (net)', chartFeeTax: 'Tax on fees', chartTaxDue: 'Tax due',
      editPreset: 'Match your statement: ', band: '≤ {upTo}', bandAbove: 'above', resetPreset: 'Reset to default', yourValue: 'your value',
      monthlyFixed: 'Monthly fixed fees (excl. tax): {items}', monthlyItem: '{label} {amount}/month', perOrderAt: ' (shared over {orders} orders a month: {share} per order)',
      monthlyMissing: 'Orders per month is empty: the fees and profit above leave out the monthly fixed fees of {total}. Enter your orders per month to share them per order; at {orders} orders a month they add {share} per order.',
      profitNoMonthly: 'Profit (before monthly fees)', compareAssumed: 'Categories used in the comparison', amazonCategory: 'Amazon category', qoo10Category: 'Qoo10 category',
      ratesAsOf: 'Fee data: rates as of {date}', feeDataBad: 'The fee-data file could not be used ({reason}); the built-in rates apply.',
      contractRate: 'Contract commission %',
      fullManagedHelp: 'TikTok Shop has not published the full-managed (全托管) fee terms (commission, supply price, settlement), so jpseller assumes no figure: enter the commission rate from your contract and the estimate uses it.',
      monthTitle: 'Monthly P&L (orders as CSV)', monthColumns: 'CSV columns ({price}, the tax-inclusive unit price, is required): ', monthHelp: '. Monthly fees and tiered rates are computed once for the whole month.', csv: 'Orders (CSV)', monthRun: 'Estimate the month', orders: 'Orders', feeRate: 'Fee rate',
    },
  };

  static styles = `
    .grid { display: flex; flex-wrap: wrap; align-items: flex-end; }
    .grid input { width: 9em; }
    .grid input[type="checkbox"] { width: auto; }
    .status { display: inline-block; padding: 0 .4em; border-radius: 4px; font-size: .8em; border: 1px solid var(--jpseller-border, #c9ced6); }
    .status.UNV, .status.SEC1 { border-color: #d4a72c; background: #fff8c5; }
    details summary { cursor: pointer; }
    .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(10em, 1fr)); gap: .6em; }
    .summary div { background: #fff; border: 1px solid var(--jpseller-border, #e1e4e8); border-radius: 6px; padding: .5em .7em; }
    .summary span { display: block; }
    .warn { color: #9a6700; }
    .preset { display: flex; flex-wrap: wrap; gap: .2em .6em; align-items: center; margin: .3em 0; }
    .preset input { width: 5.5em; }
  `;

  constructor() {
    super();
    this.state = {
      platform: this.getAttribute('platform') ?? 'rakuten', plan: '', asOf: this.getAttribute('as-of') ?? today(),
      price: '3980', quantity: '1', shippingCharged: '0', discount: '0', cogsPerUnit: '1200', shipping: '700', adSpend: '0', ordersPerMonth: '',
      jctRegistered: true,
      rakuten: { device: 'mobile', monthlySales: '', affiliateRate: '', pointsRate: '' },
      tiktok: { creatorCommissionRate: '', registeredOn: '', listed: false, feeBaseIncludesShipping: true, contractRate: '' },
      amazon: { category: 'electronics', fulfilment: 'merchant', sizeTier: 'small' },
      yahoo: { payment: 'card' },
      qoo10: { category: 'beauty', megaWari: false },
      target: 'break_even', targetValue: '20',
      overrides: {},
      ordersCsv: 'price,quantity,device,affiliate\n3980,1,mobile,0\n1100,2,pc,0\n5500,1,mobile,1',
    };
    /** Breakdown rows whose details the seller opened (kept open across recomputes). */
    this.openLines = new Set();
    /** The month P&L runs in a worker: a month of orders can take a while. */
    this.monthRun = new EngineCall(this);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'platform' && PLATFORMS.includes(newValue)) this.state.platform = newValue;
    if (name === 'as-of' && newValue) this.state.asOf = newValue;
    super.attributeChangedCallback(name, oldValue, newValue);
  }

  /** The schedule for the chosen platform and date (plans, categories, FBA tiers). */
  schedule() {
    try {
      return this.api.feeSchedules({ asOf: this.state.asOf, platform: this.state.platform }).platforms[0];
    } catch {
      return this.api.feeSchedules({ history: true, platform: this.state.platform }).platforms[0];
    }
  }

  field(label, key, obj = this.state, attrs = {}) {
    return h('label', {}, label, h('input', { name: key, autocomplete: 'off', inputmode: attrs.type ? undefined : 'decimal', value: obj[key] ?? '', ...attrs,
      oninput: (e) => { obj[key] = attrs.type ? e.target.value.trim() : normalizeNumber(e.target.value); this.update(); } }));
  }

  select(label, key, options, obj = this.state, rerender = false) {
    return h('label', {}, label, h('select', { name: key, onchange: (e) => { obj[key] = e.target.value; if (rerender) this.render(); else this.update(); } },
      ...options.map(([value, text]) => h('option', { value, selected: obj[key] === value, text }))));
  }

  /** A comparison category: the same choice as the platform form's, so both always agree. */
  compareSelect(label, platform, options) {
    const s = this.state[platform];
    return h('label', {}, label, h('select', { name: `compare-${platform}-category`, onchange: (e) => { s.category = e.target.value; this.render(); } },
      ...options.map(([value, text]) => h('option', { value, selected: s.category === value, text }))));
  }

  check(label, key, obj = this.state) {
    return h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: key, checked: obj[key],
      onchange: (e) => { obj[key] = e.target.checked; this.update(); } }), label);
  }

  platformFields(schedule) {
    const s = this.state;
    const lang = this.lang;
    switch (s.platform) {
      case 'rakuten':
        return [this.select(this.t('device'), 'device', DEVICES.map((d) => [d, this.t(d)]), s.rakuten),
          this.field(this.t('monthlySales'), 'monthlySales', s.rakuten), this.field(this.t('pointsRate'), 'pointsRate', s.rakuten),
          this.field(this.t('affiliateRate'), 'affiliateRate', s.rakuten)];
      case 'tiktok':
        return [this.field(this.t('creatorRate'), 'creatorCommissionRate', s.tiktok), this.field(this.t('newSeller'), 'registeredOn', s.tiktok, { type: 'date' }),
          this.check(this.t('listed3'), 'listed', s.tiktok), this.check(this.t('baseShipping'), 'feeBaseIncludesShipping', s.tiktok)];
      case 'amazon': {
        const fba = schedule.rules.find((r) => r.id === 'amazon.fba_fee');
        return [this.select(this.t('category'), 'category', (schedule.categories ?? []).map((c) => [c.id, c.label[lang]]), s.amazon, true),
          this.select(this.t('fulfilment'), 'fulfilment', FULFILMENTS.map((f) => [f, this.t(f)]), s.amazon),
          fba ? this.select(this.t('sizeTier'), 'sizeTier', fba.calc.rows.map((r) => [r.key, r.label[lang]]), s.amazon) : null];
      }
      case 'yahoo':
        return [this.select(this.t('payment'), 'payment', (schedule.categories ?? []).map((c) => [c.id, c.label[lang]]), s.yahoo)];
      case 'qoo10':
        return [this.select(this.t('category'), 'category', (schedule.categories ?? []).map((c) => [c.id, c.label[lang]]), s.qoo10, true),
          this.check(this.t('megaWari'), 'megaWari', s.qoo10)];
      default:
        return [];
    }
  }

  render() {
    const s = this.state;
    const lang = this.lang;
    const schedules = this.api.feeSchedules({ history: true });
    const schedule = this.schedule();
    this.currentSchedule = schedule;
    if (!schedule.plans.some((p) => p.id === s.plan)) s.plan = schedule.plans.find((p) => p.id === 'standard')?.id ?? schedule.plans[0].id;
    const names = Object.fromEntries(schedules.platforms.map((p) => [p.platform, p.name[lang]]));

    this.out = {
      lines: h('tbody', { 'data-out': 'lines' }),
      summary: h('div', { class: 'summary', 'aria-live': 'polite' }),
      warn: h('p', { class: 'warn', 'data-out': 'unverified' }),
      monthly: h('p', { 'data-out': 'monthly-fixed' }),
      monthlyMissing: h('p', { class: 'notice', 'data-out': 'monthly-missing', role: 'status', hidden: true }),
      error: h('p', { class: 'error', role: 'alert', 'data-out': 'error' }),
      chart: h('div', { 'data-out': 'waterfall' }),
      solve: h('p', { 'data-out': 'solve-result' }),
      compareTable: null,
      compare: h('tbody', { 'data-out': 'compare' }),
      skipped: h('p', { class: 'muted', 'data-out': 'skipped' }),
      monthLines: h('tbody', { 'data-out': 'month-lines' }),
      monthSummary: h('div', { class: 'summary', 'data-out': 'month-summary' }),
      monthError: h('p', { class: 'error', role: 'alert', 'data-out': 'month-error' }),
    };
    const inputs = h('section', { class: 'card', 'data-form': 'order' },
      h('h2', { text: this.t('title') }),
      h('div', { class: 'grid' },
        this.select(this.t('platform'), 'platform', PLATFORMS.map((p) => [p, names[p] ?? p]), s, true),
        this.select(this.t('plan'), 'plan', schedule.plans.map((p) => [p.id, p.label[lang]]), s, true),
        h('label', {}, this.t('asOf'), h('input', { type: 'date', name: 'asOf', value: s.asOf, onchange: (e) => { s.asOf = e.target.value; this.render(); } })),
        this.field(this.t('price'), 'price'), this.field(this.t('quantity'), 'quantity'), this.field(this.t('shipping'), 'shippingCharged'),
        this.field(this.t('discount'), 'discount'), this.field(this.t('cogs'), 'cogsPerUnit'), this.field(this.t('shipCost'), 'shipping'),
        this.field(this.t('adSpend'), 'adSpend'), this.field(this.t('ordersPerMonth'), 'ordersPerMonth'), this.check(this.t('registered'), 'jctRegistered')),
      h('div', { class: 'grid' }, ...this.platformFields(schedule)),
      this.fullManaged() ? h('div', { 'data-out': 'full-managed' }, h('p', { class: 'notice', text: this.t('fullManagedHelp') }),
        this.field(this.t('contractRate'), 'contractRate', s.tiktok, { 'data-field': FULL_MANAGED_FEE })) : null,
      h('p', { class: 'muted', 'data-out': 'rates-as-of', title: schedules.dataVersion, text: this.t('ratesAsOf', { date: schedules.ratesAsOf }) }),
      feeDataError ? h('p', { class: 'warn', 'data-out': 'fee-data-error', text: this.t('feeDataBad', { reason: this.describeError(feeDataError) }) }) : null);

    const breakdown = h('section', { class: 'card' },
      h('h2', { text: this.t('breakdown') }),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { text: this.t('item') }), h('th', { class: 'num', text: this.t('base') }), h('th', { class: 'num', text: this.t('rate') }),
          h('th', { class: 'num', text: this.t('net') }), h('th', { class: 'num', text: this.t('tax') }), h('th', { class: 'num', text: this.t('gross') }), h('th', { text: this.t('source') }))),
        this.out.lines),
      this.out.summary, this.out.monthlyMissing, this.out.monthly, this.out.warn, this.out.error,
      h('h3', { text: this.t('waterfall') }), this.out.chart);

    const solver = h('section', { class: 'card' },
      h('h2', { text: this.t('solver') }),
      h('div', { class: 'grid' },
        this.select(this.t('target'), 'target', TARGETS.map(([target, label]) => [target, this.t(label)]), s),
        this.field(this.t('value'), 'targetValue'),
        h('button', { type: 'button', class: 'primary', name: 'solve-price', text: this.t('solve'), onclick: () => this.solve('price') }),
        h('button', { type: 'button', name: 'solve-ad', text: this.t('maxAd'), onclick: () => this.solve('max_ad_spend') })),
      this.out.solve);
    this.solveStale = this.staleable(this.out.solve);
    solver.insertBefore(this.solveStale.marker, this.out.solve);

    const categories = (platform) => (schedules.platforms.find((p) => p.platform === platform)?.categories ?? []).map((c) => [c.id, c.label[lang]]);
    this.out.compareTable = h('table', {},
        h('thead', {}, h('tr', {}, h('th', { text: this.t('rank') }), h('th', { text: this.t('platform') }), h('th', { class: 'num', text: this.t('profit') }),
          h('th', { class: 'num', text: this.t('margin') }), h('th', { class: 'num', text: this.t('fees') }), h('th', { text: this.t('reasons') }))),
        this.out.compare);
    this.compareStale = this.staleable([this.out.compareTable, this.out.skipped]);
    const compare = h('section', { class: 'card', 'data-form': 'compare' },
      h('h2', { text: this.t('compare') }),
      h('p', { class: 'muted', text: this.t('compareAssumed') }),
      h('div', { class: 'grid' },
        this.compareSelect(this.t('amazonCategory'), 'amazon', categories('amazon')),
        this.compareSelect(this.t('qoo10Category'), 'qoo10', categories('qoo10')),
        h('button', { type: 'button', name: 'compare', text: this.t('compareRun'), onclick: () => this.compare() })),
      this.compareStale.marker, this.out.compareTable, this.out.skipped);
    this.names = names;

    const month = h('section', { class: 'card' },
      h('h2', { text: this.t('monthTitle') }),
      h('p', { class: 'muted' }, ...this.tNodes('monthColumns', { price: h('code', { translate: 'no', text: 'price' }) }), ...MONTH_COLUMNS.flatMap((c, i) => [i ? ', ' : '', h('code', { translate: 'no', text: c })]), this.t('monthHelp')),
      h('label', {}, this.t('csv'), h('textarea', { name: 'ordersCsv', rows: 6, cols: 60, spellcheck: 'false',
        oninput: (e) => { s.ordersCsv = e.target.value; this.stateChanged(); } }, s.ordersCsv)),
      h('button', { type: 'button', name: 'month', text: this.t('monthRun'), onclick: () => this.month() }),
      this.monthRun.view(),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { text: this.t('item') }), h('th', { class: 'num', text: this.t('base') }),
          h('th', { class: 'num', text: this.t('net') }), h('th', { class: 'num', text: this.t('tax') }), h('th', { class: 'num', text: this.t('gross') }))),
        this.out.monthLines),
      this.out.monthSummary, this.out.monthError);

    this.shadowRoot.replaceChildren(inputs, breakdown, solver, compare, month);
    this.update();
  }

  /** TikTok's 全托管 plan: its fee terms are unpublished, so the fee is the seller's contract rate. */
  fullManaged() {
    return this.state.platform === 'tiktok' && this.state.plan === 'full_managed';
  }

  /** The estimateOrder input built from the form (blank optional fields are left out). */
  orderInput() {
    const s = this.state;
    const blankless = (obj) => Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== '' && v !== undefined));
    const input = blankless({
      platform: s.platform, plan: s.plan, asOf: s.asOf, price: s.price, quantity: s.quantity, shippingCharged: s.shippingCharged, discount: s.discount,
      adSpend: s.adSpend, ordersPerMonth: s.ordersPerMonth, jctRegistered: s.jctRegistered,
    });
    input.costs = blankless({ cogsPerUnit: s.cogsPerUnit, shipping: s.shipping });
    if (s.platform === 'rakuten') input.rakuten = blankless(s.rakuten);
    if (s.platform === 'tiktok') {
      const t = s.tiktok;
      input.tiktok = blankless({ creatorCommissionRate: t.creatorCommissionRate, feeBaseIncludesShipping: t.feeBaseIncludesShipping });
      if (t.registeredOn) input.tiktok.newSeller = { registeredOn: t.registeredOn, listedThreeWithin45Days: t.listed };
    }
    if (s.platform === 'amazon') {
      input.amazon = { category: s.amazon.category, fulfilment: s.amazon.fulfilment };
      if (s.amazon.fulfilment === 'fba') input.amazon.sizeTier = s.amazon.sizeTier;
    }
    if (s.platform === 'yahoo') input.yahoo = { ...s.yahoo };
    if (s.platform === 'qoo10') input.qoo10 = { ...s.qoo10 };
    const overrides = this.overridesInput();
    if (this.fullManaged() && s.tiktok.contractRate) overrides[FULL_MANAGED_RULE] = { rate: s.tiktok.contractRate };
    if (Object.keys(overrides).length) input.overrides = overrides;
    return input;
  }

  /** The rule `id` as it applies to the chosen plan on the chosen date. */
  ruleFor(id) {
    return this.currentSchedule?.rules.filter((r) => r.id === id).find((r) => !r.plans || r.plans.includes(this.state.plan)) ?? null;
  }

  /** The seller's preset edits as the engine's `overrides` (blank entries keep the preset). */
  overridesInput() {
    const out = {};
    for (const [id, edit] of Object.entries(this.state.overrides)) {
      const calc = this.ruleFor(id)?.calc;
      if (calc?.type === 'rate' && edit.rate) out[id] = { rate: edit.rate };
      else if (calc?.type === 'fixed' && edit.amount) out[id] = { amount: edit.amount };
      else if (calc?.type === 'marginal' && edit.bands.some(Boolean)) {
        out[id] = { bands: calc.bands.map((b, i) => ({ ...(b.upTo ? { upTo: b.upTo } : {}), rate: edit.bands[i] || b.rate })) };
      }
    }
    return out;
  }

  /** Inline editor for a preset line: its rate, amount or band rates, and a reset. */
  presetEditor(line) {
    const calc = this.ruleFor(line.id)?.calc;
    if (!calc || !['rate', 'fixed', 'marginal'].includes(calc.type)) return null;
    const edits = this.state.overrides;
    const edit = () => (edits[line.id] ??= { rate: '', amount: '', bands: (calc.bands ?? []).map(() => '') });
    const input = (label, value, fallback, set, field) => h('label', { class: 'inline' }, label, h('input', {
      name: `preset-${line.id}-${field}`, inputmode: 'decimal', autocomplete: 'off', value: value || fallback, 'data-field': `overrides.${line.id}.${field}`,
      onchange: (e) => { set(normalizeNumber(e.target.value)); this.update(); } }));
    const fields = calc.type === 'rate' ? [input('%', edits[line.id]?.rate, calc.rate, (v) => { edit().rate = v; }, 'rate')]
      : calc.type === 'fixed' ? [input('¥', edits[line.id]?.amount, calc.amount, (v) => { edit().amount = v; }, 'amount')]
        : calc.bands.map((b, i) => input(`${b.upTo ? this.t('band', { upTo: formatYen(b.upTo) }) : this.t('bandAbove')} %`, edits[line.id]?.bands[i], b.rate,
          (v) => { edit().bands[i] = v; }, `bands[${i}].rate`));
    return h('div', { class: 'preset', 'data-preset': line.id }, h('span', { class: 'muted', text: this.t('editPreset') }), ...fields,
      line.overridden ? h('button', { type: 'button', name: 'reset-preset', text: this.t('resetPreset'), onclick: () => { delete edits[line.id]; this.update(); } }) : null);
  }

  update() {
    this.stateChanged();
    const out = this.out;
    const lang = this.lang;
    const form = this.shadowRoot.querySelector('[data-form="order"]');
    let result;
    try {
      result = this.api.estimateOrder(this.orderInput());
    } catch (error) {
      out.lines.replaceChildren();
      out.summary.replaceChildren();
      out.chart.replaceChildren();
      out.monthly.replaceChildren();
      out.monthlyMissing.hidden = true;
      out.warn.textContent = '';
      out.error.textContent = this.describeError(error);
      this.showFieldError(error, form);
      // What was computed from the old inputs is no longer an answer to these.
      if (out.solve.textContent) this.solveStale.mark(true);
      this.compareStale.mark(true);
      return;
    }
    out.error.textContent = '';
    this.clearFieldErrors(form);
    if (out.solve.textContent) this.solveStale.mark(true);
    const row = (l) => {
      const p = l.provenance;
      const details = h('details', { open: this.openLines.has(l.id), ontoggle: (e) => { if (e.target.open) this.openLines.add(l.id); else this.openLines.delete(l.id); } },
        h('summary', {}, h('span', { class: `status ${l.overridden ? 'OWN' : p.status}`, text: l.overridden ? `✎ ${this.t('yourValue')}` : `${l.unverified ? '⚠ ' : ''}${this.t(`status_${p.status}`)}` })),
        l.unverified || l.overridden ? this.presetEditor(l) : null,
        noteText('p', p, lang, { class: 'muted' }),
        p.effectiveFrom ? h('p', { class: 'muted', text: `${this.t('effective')}: ${p.effectiveFrom}${p.effectiveTo ? ` – ${p.effectiveTo}` : ''}` }) : null,
        h('p', { class: 'muted', text: this.t('rounding', { rounding: this.t(`round_${l.rounding}`), scope: this.t(`scope_${l.scope}`) }) }),
        p.url ? h('a', { href: p.url, target: '_blank', rel: 'noopener noreferrer', text: this.t('openSource') }) : null);
      return h('tr', { 'data-line': l.id },
        h('td', { text: l.label[lang] }), h('td', { class: 'num', text: l.base ? formatYen(l.base) : this.t('none') }),
        h('td', { class: 'num', text: l.rate ? `${l.rate}%` : this.t('none') }), h('td', { class: 'num', text: formatYen(l.net) }),
        h('td', { class: 'num', text: formatYen(l.tax) }), h('td', { class: 'num', text: formatYen(l.gross) }), h('td', {}, details));
    };
    out.lines.replaceChildren(...result.lines.map(row), ...result.costs.map(row));
    const monthly = this.monthlyFixed();
    const left = monthly.length > 0 && !this.state.ordersPerMonth;
    const cell = (key, value, label = this.t(key)) => h('div', {}, h('span', { class: 'muted', text: label }), h('span', { class: 'big', 'data-out': key, text: value }));
    out.summary.replaceChildren(cell('revenue', formatYen(result.revenue.total)), cell('fees', formatYen(result.fees.gross)), cell('payout', formatYen(result.payout)),
      cell('costs', formatYen(result.costTotal.gross)), cell('taxDue', formatYen(result.sellerTax.due)), cell('profit', formatYen(result.profit), this.t(left ? 'profitNoMonthly' : 'profit')),
      cell('margin', result.margin === '' ? this.t('none') : `${result.margin}%`));
    this.showMonthly(monthly, left);
    out.warn.textContent = result.unverified ? this.t('unverified') : '';
    out.chart.replaceChildren(this.chart(result));
    this.emit('estimateOrder', { result });
    this.compare();
  }

  /**
   * The platform's monthly fixed fees (plan fee, monthly store fee) as the engine charges them: an
   * estimate with one order a month puts each whole amount on a `per_month_allocated` line.
   */
  monthlyFixed() {
    try {
      const one = this.api.estimateOrder({ ...this.orderInput(), ordersPerMonth: '1' });
      return one.lines.filter((l) => l.scope === 'per_month_allocated').map((l) => ({ id: l.id, label: l.label[this.lang], amount: BigInt(l.net) }));
    } catch {
      return [];
    }
  }

  /** Always names the monthly fixed fees; without orders per month, says they are left out and what they cost per order at a stated volume. */
  showMonthly(monthly, left) {
    const out = this.out;
    const orders = this.state.ordersPerMonth || EXAMPLE_ORDERS_PER_MONTH;
    const total = monthly.reduce((sum, m) => sum + m.amount, 0n);
    const share = (amount) => formatYen(String((amount + BigInt(orders) / 2n) / BigInt(orders)));
    const perOrder = /^\d+$/.test(orders) && BigInt(orders) > 0n;
    out.monthly.textContent = monthly.length
      ? this.t('monthlyFixed', { items: monthly.map((m) => this.t('monthlyItem', { label: m.label, amount: formatYen(String(m.amount)) })).join('、') })
        + (perOrder ? this.t('perOrderAt', { orders, share: share(total) }) : '')
      : '';
    out.monthlyMissing.hidden = !left;
    out.monthlyMissing.textContent = left ? this.t('monthlyMissing', { total: formatYen(String(total)), orders, share: share(total) }) : '';
  }

  /** price → fees (net) → fee tax → payout → costs → tax due → profit, as a waterfall. */
  chart(r) {
    const n = (v) => Number(BigInt(v));
    const steps = [
      { label: this.t('revenue'), value: n(r.revenue.total), kind: 'start' },
      { label: this.t('chartFeesNet'), value: -n(r.fees.net), kind: 'delta' },
      { label: this.t('chartFeeTax'), value: -n(r.fees.tax), kind: 'delta' },
      { label: this.t('payout'), value: n(r.payout), kind: 'total' },
      { label: this.t('costs'), value: -n(r.costTotal.gross), kind: 'delta' },
      { label: this.t('chartTaxDue'), value: -n(r.sellerTax.due), kind: 'delta' },
      { label: this.t('profit'), value: n(r.profit), kind: 'total' },
    ];
    return fitted((width) => waterfall(steps, { title: this.t('waterfall'), format: (v) => formatYen(String(Math.round(v))), width }));
  }

  /** The month's P&L for the CSV orders with the form's platform, plan, costs and options. */
  async month() {
    const s = this.state;
    const lang = this.lang;
    const order = this.orderInput();
    const input = {
      platform: s.platform, plan: s.plan, asOf: s.asOf, ordersCsv: s.ordersCsv, jctRegistered: s.jctRegistered,
      costs: { cogsPerUnit: order.costs.cogsPerUnit ?? '0', shippingPerOrder: order.costs.shipping ?? '0' },
    };
    if (order.adSpend) input.adSpend = order.adSpend;
    if (order.overrides) input.overrides = order.overrides;
    if (s.platform === 'rakuten') {
      const { pointsRate, affiliateRate } = order.rakuten;
      input.rakuten = Object.fromEntries(Object.entries({ pointsRate, affiliateRate }).filter(([, v]) => v !== undefined));
    } else if (Object.hasOwn(order, s.platform)) {
      input[s.platform] = order[s.platform];
    }
    try {
      const r = await this.monthRun.call('estimateMonth', input);
      if (r === null) return;
      this.out.monthLines.replaceChildren(...[...r.lines, ...r.costs].map((l) => h('tr', { 'data-line': l.id },
        h('td', { text: `${l.label[lang]}${l.unverified ? ' ⚠' : ''}` }), h('td', { class: 'num', text: l.base ? formatYen(l.base) : this.t('none') }),
        h('td', { class: 'num', text: formatYen(l.net) }), h('td', { class: 'num', text: formatYen(l.tax) }), h('td', { class: 'num', text: formatYen(l.gross) }))));
      const cell = (key, value) => h('div', {}, h('span', { class: 'muted', text: this.t(key) }), h('span', { class: 'big', 'data-out': `month-${key}`, text: value }));
      this.out.monthSummary.replaceChildren(cell('orders', String(r.orders)), cell('revenue', formatYen(r.revenue.total)), cell('fees', formatYen(r.fees.gross)),
        cell('feeRate', r.feeRate === '' ? this.t('none') : `${r.feeRate}%`), cell('profit', formatYen(r.profit)), cell('margin', r.margin === '' ? this.t('none') : `${r.margin}%`));
      this.out.monthError.textContent = '';
      this.emit('estimateMonth', { result: r });
    } catch (error) {
      this.out.monthLines.replaceChildren();
      this.out.monthSummary.replaceChildren();
      this.out.monthError.textContent = this.describeError(error);
    }
  }

  solve(kind) {
    const s = this.state;
    const target = s.target === 'break_even' ? { kind: 'break_even' }
      : s.target === 'margin' ? { kind: 'margin', percent: s.targetValue } : { kind: 'profit', amount: s.targetValue };
    const form = this.shadowRoot.querySelector('[data-form="order"]');
    try {
      const r = this.api.solvePrice({ order: this.orderInput(), solve: kind, target });
      this.solveStale.mark(false);
      this.out.solve.textContent = kind === 'price'
        ? this.t('solvedPrice', { price: formatYen(r.value), below: formatYen(r.profitOneStepBeyond) })
        : this.t('solvedAd', { spend: formatYen(r.value), beyond: formatYen(r.profitOneStepBeyond) });
      this.out.solve.classList.remove('error');
      this.emit('solvePrice', { result: r });
    } catch (error) {
      this.out.solve.textContent = this.describeError(error);
      this.out.solve.classList.add('error');
      this.solveStale.mark(false);
      // The target's value is the solver's own field; the rest come from the order form.
      if (String(error.field).startsWith('target')) this.showFieldError({ code: error.code, field: 'targetValue' }, this.out.solve.parentElement);
      else this.showFieldError(error, form);
    }
  }

  /** Ranks the marketplaces for the form's order; runs with every valid input, so it never shows an old price. */
  compare() {
    const s = this.state;
    const lang = this.lang;
    const names = this.names;
    const input = this.orderInput();
    try {
      const r = this.api.compareMarketplaces({
        price: input.price, quantity: input.quantity, shippingCharged: input.shippingCharged, costs: input.costs, adSpend: input.adSpend,
        asOf: s.asOf, jctRegistered: s.jctRegistered, ordersPerMonth: input.ordersPerMonth,
        amazon: { category: s.amazon.category }, qoo10: { category: s.qoo10.category },
      });
      this.out.compare.replaceChildren(...r.ranking.map((x) => h('tr', { 'data-platform': x.platform },
        h('td', { text: String(x.rank) }), h('td', { text: `${names[x.platform] ?? x.platform}${x.unverified ? ' ⚠' : ''}` }),
        h('td', { class: 'num', text: formatYen(x.profit) }), h('td', { class: 'num', text: x.margin === '' ? '—' : `${x.margin}%` }),
        h('td', { class: 'num', text: formatYen(x.fees) }), h('td', {}, h('ul', {}, ...x.reasons.map((reason) => h('li', { text: reason[lang] })))))));
      this.out.skipped.textContent = r.skipped.map((x) => this.t('skipped', { platform: names[x.platform] ?? x.platform, reason: errorText(x.code, lang) })).join(' · ');
      this.compareStale.mark(false);
      this.emit('compareMarketplaces', { result: r });
    } catch (error) {
      this.compareStale.mark(true);
    }
  }
}

define('jpseller-fee-calculator', FeeCalculator);
