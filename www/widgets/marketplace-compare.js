// <jpseller-marketplace-compare>: one price, every marketplace side by side — Rakuten, TikTok Shop,
// Amazon (FBA and shipped by you), Yahoo! and Qoo10 — each with its fees, tax, profit and margin and
// the rules behind them (compareMarketplaces), recomputed on every input and shareable as a link.
// Attributes: lang (zh|ja|en), as-of (YYYY-MM-DD).
import { JpsellerElement, define, formatYen, h, noteText } from './base.js';
import { errorText } from './errors.js';
import { normalizeNumber } from './numbers.js';

const PLATFORMS = ['rakuten', 'tiktok', 'amazon', 'yahoo', 'qoo10'];
/** The order fields, in form order: state key and message key. */
const ORDER_FIELDS = [['price', 'price'], ['quantity', 'quantity'], ['shippingCharged', 'shipping'], ['cogsPerUnit', 'cogs'], ['shipping', 'shipCost'],
  ['adSpend', 'adSpend'], ['ordersPerMonth', 'ordersPerMonth']];

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

class MarketplaceCompare extends JpsellerElement {
  static get observedAttributes() {
    return ['lang', 'as-of'];
  }

  static choices = { 'rakuten.device': ['mobile', 'pc'] };

  static messages = {
    zh: {
      title: '多平台一屏比较', intro: '输入一次售价，同时看乐天、TikTok Shop、亚马逊（FBA 和自发货）、雅虎、Qoo10 的费用、消费税、利润和利润率，每一项都附依据。链接会保存这些设置，可直接分享。',
      price: '售价（含税，日元）', quantity: '数量', shipping: '向买家收取的运费', cogs: '单件成本', shipCost: '实际运费（自发货）', adSpend: '广告费（不含税）',
      ordersPerMonth: '月订单数（分摊月费）', registered: '已登记合格发票发行事业者（可抵扣进项税）', asOf: '费率日期',
      settings: '各平台的设置', plan: '{platform} 方案', amazonCategory: '亚马逊类目', qoo10Category: 'Qoo10 类目', yahooPayment: '雅虎支付方式',
      rakutenDevice: '乐天下单终端', mobile: '移动端', pc: 'PC', fba: '同时比较亚马逊 FBA', sizeTier: 'FBA 尺寸',
      result: '比较结果（按利润排序）', rank: '第 {rank} 名', fbaVariant: 'FBA', merchantVariant: '自发货', category: '类目：{category}', planUsed: '方案：{plan}',
      revenue: '买家支付', fees: '平台费用（含税）', feeTax: '其中费用的消费税', payout: '回款', costs: '成本', taxDue: '应缴消费税（销项 − 进项）', profit: '利润', margin: '利润率',
      reasons: '原因', lines: '费用与成本明细及依据', taxRule: '消费税依据', profitRule: '利润 = 回款 − 成本 − 应缴消费税；利润率 = 利润 ÷ 买家支付。',
      effective: '生效日', openSource: '打开来源', unverifiedNote: '⚠ 含未核实的预设值：请在「费用与利润」页按账单修改。',
      skipped: '无法比较：{reason}', rounding: '舍入：{rounding}，范围：{scope}', best: '最赚钱', none: '—', monthlyLeft: '未填写月订单数：利润不含每月固定费用。',
    },
    ja: {
      title: 'モールを1画面で比較', intro: '販売価格を1回入れるだけで、楽天・TikTok Shop・Amazon（FBA と自社発送）・Yahoo!・Qoo10 の手数料・消費税・利益・利益率を根拠つきで並べて表示します。設定はリンクに保存され、そのまま共有できます。',
      price: '販売価格（税込・円）', quantity: '数量', shipping: '購入者から受け取る送料', cogs: '1個あたり原価', shipCost: '実際の送料（自社発送）', adSpend: '広告費（税抜）',
      ordersPerMonth: '月間注文数（月額費の按分）', registered: '適格請求書発行事業者（仕入税額控除あり）', asOf: '料率の基準日',
      settings: 'モールごとの設定', plan: '{platform} のプラン', amazonCategory: 'Amazon のカテゴリー', qoo10Category: 'Qoo10 のカテゴリー', yahooPayment: 'Yahoo! の決済方法',
      rakutenDevice: '楽天の注文端末', mobile: 'モバイル', pc: 'PC', fba: 'Amazon FBA も比較する', sizeTier: 'FBAサイズ',
      result: '比較結果（利益順）', rank: '{rank} 位', fbaVariant: 'FBA', merchantVariant: '自社発送', category: 'カテゴリー：{category}', planUsed: 'プラン：{plan}',
      revenue: '購入者の支払額', fees: 'モール手数料（税込）', feeTax: 'うち手数料の消費税', payout: '入金額', costs: '費用', taxDue: '納付消費税（売上税額−仕入税額）', profit: '利益', margin: '利益率',
      reasons: '理由', lines: '手数料・費用の内訳と根拠', taxRule: '消費税の根拠', profitRule: '利益 = 入金額 − 費用 − 納付消費税、利益率 = 利益 ÷ 購入者の支払額。',
      effective: '適用開始', openSource: '出典を開く', unverifiedNote: '⚠ 未検証のプリセットを含みます。「手数料・利益」タブで請求書に合わせて修正できます。',
      skipped: '比較できません：{reason}', rounding: '端数処理：{rounding}、単位：{scope}', best: '最も利益が出る', none: '—', monthlyLeft: '月間注文数が未入力のため、利益に毎月の固定費は含まれていません。',
    },
    en: {
      title: 'All marketplaces on one screen', intro: 'Enter the price once and see Rakuten, TikTok Shop, Amazon (FBA and shipped by you), Yahoo! and Qoo10 side by side: fees, consumption tax, profit and margin, each with the rule behind it. The link keeps these settings, so you can share it.',
      price: 'Price (tax-inclusive, yen)', quantity: 'Quantity', shipping: 'Shipping charged', cogs: 'Cost per unit', shipCost: 'Shipping you pay (self-shipped)', adSpend: 'Ad spend (excl. tax)',
      ordersPerMonth: 'Orders per month (share monthly fees)', registered: 'JCT-registered (input tax credited)', asOf: 'Rates as of',
      settings: 'Per-marketplace settings', plan: '{platform} plan', amazonCategory: 'Amazon category', qoo10Category: 'Qoo10 category', yahooPayment: 'Yahoo! payment method',
      rakutenDevice: 'Rakuten order device', mobile: 'Mobile', pc: 'PC', fba: 'Also compare Amazon FBA', sizeTier: 'FBA size',
      result: 'Comparison (by profit)', rank: 'No. {rank}', fbaVariant: 'FBA', merchantVariant: 'shipped by you', category: 'Category: {category}', planUsed: 'Plan: {plan}',
      revenue: 'Customer pays', fees: 'Platform charges (incl. tax)', feeTax: 'of which tax on fees', payout: 'Payout', costs: 'Costs', taxDue: 'Consumption tax due (output − input)', profit: 'Profit', margin: 'Margin',
      reasons: 'Why', lines: 'Fees and costs, with their rules', taxRule: 'Consumption tax rule', profitRule: 'Profit = payout − costs − tax due; margin = profit ÷ what the customer pays.',
      effective: 'From', openSource: 'Open source', unverifiedNote: '⚠ Uses unverified presets: edit them to match your statement on the Fees & profit tab.',
      skipped: 'Not compared: {reason}', rounding: 'Rounding: {rounding}, scope: {scope}', best: 'Most profitable', none: '—', monthlyLeft: 'Orders per month is empty: profit leaves out the monthly fixed fees.',
    },
  };

  static styles = `
    .grid { display: flex; flex-wrap: wrap; align-items: flex-end; }
    .grid input { width: 9em; }
    .grid input[type="checkbox"] { width: auto; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(15em, 1fr)); gap: .6em; }
    .market { background: #fff; border: 1px solid var(--jpseller-border, #e1e4e8); border-radius: 8px; padding: .6em .8em; min-width: 0; overflow-wrap: anywhere; }
    .market.first { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent); }
    .market h3 { margin: 0 0 .2em; display: flex; flex-wrap: wrap; gap: .2em .6em; align-items: baseline; }
    .market dl { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: .1em .6em; margin: .4em 0; }
    .market dt { color: var(--jpseller-muted, #57606a); font-size: .85em; }
    .market dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
    .market dd.profit { font-size: 1.3em; font-weight: 600; }
    .market ul { margin: .2em 0; padding-left: 1.2em; font-size: .9em; }
    .market details { font-size: .85em; margin: .3em 0; }
    .market details summary { cursor: pointer; }
    .rule { border-top: 1px dashed var(--jpseller-border, #e1e4e8); padding: .3em 0; }
    .rule p { margin: .1em 0; }
    .status { display: inline-block; padding: 0 .4em; border-radius: 4px; font-size: .85em; border: 1px solid var(--jpseller-border, #c9ced6); }
    .status.UNV, .status.SEC1 { border-color: #d4a72c; background: #fff8c5; }
    .badge { color: #fff; background: var(--accent); border-radius: 4px; padding: 0 .4em; font-size: .8em; }
    .warn { color: #9a6700; }
    .ranking { margin: .2em 0 .8em; padding-left: 1.6em; max-width: 32em; }
    .ranking li { display: flex; justify-content: space-between; gap: 1em; border-bottom: 1px dotted var(--jpseller-border, #e1e4e8); }
    .ranking .num { font-variant-numeric: tabular-nums; white-space: nowrap; }
    fieldset { border: 1px solid var(--jpseller-border, #e1e4e8); border-radius: 6px; margin: .4em 0; min-width: 0; }
  `;

  constructor() {
    super();
    this.state = {
      price: '3980', quantity: '1', shippingCharged: '0', cogsPerUnit: '1200', shipping: '700', adSpend: '0', ordersPerMonth: '',
      jctRegistered: true, asOf: this.getAttribute('as-of') ?? today(),
      plans: { rakuten: '', tiktok: '', amazon: '', yahoo: '', qoo10: '' },
      rakuten: { device: 'mobile' },
      amazon: { category: 'home_kitchen', fba: true, sizeTier: '' },
      yahoo: { payment: '' },
      qoo10: { category: 'beauty' },
    };
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'as-of' && newValue) this.state.asOf = newValue;
    super.attributeChangedCallback(name, oldValue, newValue);
  }

  restore(saved) {
    super.restore(saved);
    this.checkRestored = true;
  }

  /** Each platform's schedule on the chosen date (the latest one when the date has none). */
  schedules() {
    try {
      return this.api.feeSchedules({ asOf: this.state.asOf }).platforms;
    } catch {
      return this.api.feeSchedules({ history: true }).platforms;
    }
  }

  /**
   * Choices the schedule defines (plans, categories, payment methods, FBA tiers) are checked here,
   * against the data for the chosen date: a restored link's unknown value falls back to the
   * default and is named in the restore notice.
   */
  validateChoices(byPlatform) {
    const s = this.state;
    const keep = (path, value, allowed, fallback) => {
      if (value === '' || allowed.includes(value)) return value || fallback;
      if (this.checkRestored) this.restoreDropped.push(`${path}: ${JSON.stringify(value).slice(0, 40)}`);
      return fallback;
    };
    for (const platform of PLATFORMS) {
      const plans = byPlatform[platform]?.plans ?? [];
      const standard = plans.find((p) => p.id === 'standard')?.id ?? plans[0]?.id ?? '';
      s.plans[platform] = keep(`plans.${platform}`, s.plans[platform], plans.map((p) => p.id), standard);
    }
    const ids = (platform) => (byPlatform[platform]?.categories ?? []).map((c) => c.id);
    s.amazon.category = keep('amazon.category', s.amazon.category, ids('amazon'), ids('amazon')[0] ?? '');
    s.qoo10.category = keep('qoo10.category', s.qoo10.category, ids('qoo10'), ids('qoo10')[0] ?? '');
    s.yahoo.payment = keep('yahoo.payment', s.yahoo.payment, ids('yahoo'), ids('yahoo')[0] ?? '');
    const tiers = this.fbaTiers(byPlatform).map(([key]) => key);
    s.amazon.sizeTier = keep('amazon.sizeTier', s.amazon.sizeTier, tiers, tiers[0] ?? '');
    this.checkRestored = false;
  }

  fbaTiers(byPlatform) {
    const rule = byPlatform.amazon?.rules.find((r) => r.id === 'amazon.fba_fee');
    return (rule?.calc.rows ?? []).map((row) => [row.key, row.label[this.lang]]);
  }

  field(label, key, obj = this.state) {
    return h('label', {}, label, h('input', { name: key, autocomplete: 'off', inputmode: 'decimal', value: obj[key] ?? '',
      oninput: (e) => { obj[key] = normalizeNumber(e.target.value); this.update(); } }));
  }

  /** `field` is the engine's path for the value, so an error about it lands beside this control. */
  select(label, field, obj, key, options) {
    return h('label', {}, label, h('select', { name: field.replace('.', '-'), 'data-field': field, onchange: (e) => { obj[key] = e.target.value; this.update(); } },
      ...options.map(([value, text]) => h('option', { value, selected: obj[key] === value, text }))));
  }

  render() {
    const s = this.state;
    const lang = this.lang;
    const platforms = this.schedules();
    const byPlatform = Object.fromEntries(platforms.map((p) => [p.platform, p]));
    this.byPlatform = byPlatform;
    this.validateChoices(byPlatform);
    const options = (platform, list) => (byPlatform[platform]?.[list] ?? []).map((c) => [c.id, c.label[lang]]);

    this.out = {
      cards: h('div', { class: 'cards', 'data-out': 'markets', 'aria-live': 'polite' }),
      ranking: h('ol', { class: 'ranking', 'data-out': 'ranking' }),
      error: h('p', { class: 'error', role: 'alert', 'data-out': 'error' }),
      monthlyLeft: h('p', { class: 'muted', 'data-out': 'monthly-left' }),
    };
    this.stale = this.staleable([this.out.ranking, this.out.cards]);
    const form = h('section', { class: 'card', 'data-form': 'compare-all' },
      h('h2', { text: this.t('title') }),
      h('p', { class: 'muted', text: this.t('intro') }),
      h('div', { class: 'grid' },
        ...ORDER_FIELDS.map(([key, label]) => this.field(this.t(label), key)),
        h('label', {}, this.t('asOf'), h('input', { type: 'date', name: 'asOf', value: s.asOf, onchange: (e) => { if (e.target.value) { s.asOf = e.target.value; this.render(); this.stateChanged(); } } })),
        h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'jctRegistered', checked: s.jctRegistered,
          onchange: (e) => { s.jctRegistered = e.target.checked; this.update(); } }), this.t('registered'))),
      h('fieldset', { 'data-out': 'settings' }, h('legend', { text: this.t('settings') }),
        h('div', { class: 'grid' },
          ...PLATFORMS.map((p) => this.select(this.t('plan', { platform: byPlatform[p]?.name[lang] ?? p }), `plans.${p}`, s.plans, p, options(p, 'plans'))),
          this.select(this.t('rakutenDevice'), 'rakuten.device', s.rakuten, 'device', [['mobile', this.t('mobile')], ['pc', this.t('pc')]]),
          this.select(this.t('amazonCategory'), 'amazon.category', s.amazon, 'category', options('amazon', 'categories')),
          h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'amazon-fba', checked: s.amazon.fba,
            onchange: (e) => { s.amazon.fba = e.target.checked; this.update(); } }), this.t('fba')),
          this.select(this.t('sizeTier'), 'amazon.sizeTier', s.amazon, 'sizeTier', this.fbaTiers(byPlatform)),
          this.select(this.t('yahooPayment'), 'yahoo.payment', s.yahoo, 'payment', options('yahoo', 'categories')),
          this.select(this.t('qoo10Category'), 'qoo10.category', s.qoo10, 'category', options('qoo10', 'categories')))));
    const results = h('section', { class: 'card' }, h('h2', { text: this.t('result') }), this.out.error, this.stale.marker, this.out.monthlyLeft, this.out.ranking, this.out.cards);
    this.shadowRoot.replaceChildren(form, results);
    this.update();
  }

  /** The compareMarketplaces input built from the form (blank optional fields left out). */
  input() {
    const s = this.state;
    const blankless = (obj) => Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== '' && v !== undefined));
    const input = blankless({
      price: s.price, quantity: s.quantity, shippingCharged: s.shippingCharged, adSpend: s.adSpend, ordersPerMonth: s.ordersPerMonth,
      asOf: s.asOf, jctRegistered: s.jctRegistered,
    });
    input.costs = blankless({ cogsPerUnit: s.cogsPerUnit, shipping: s.shipping });
    input.plans = blankless(s.plans);
    input.rakuten = { device: s.rakuten.device };
    input.amazon = s.amazon.fba ? { category: s.amazon.category, fulfilment: 'fba', sizeTier: s.amazon.sizeTier } : { category: s.amazon.category };
    if (s.yahoo.payment) input.yahoo = { payment: s.yahoo.payment };
    input.qoo10 = { category: s.qoo10.category };
    return input;
  }

  update() {
    this.stateChanged();
    const form = this.shadowRoot.querySelector('[data-form="compare-all"]');
    let result;
    try {
      result = this.api.compareMarketplaces(this.input());
    } catch (error) {
      this.out.error.textContent = this.describeError(error);
      this.showFieldError(error, form);
      // The cards answer the previous inputs, not these.
      this.stale.mark(true);
      return;
    }
    this.out.error.textContent = '';
    this.clearFieldErrors(form);
    this.stale.mark(false);
    this.out.monthlyLeft.textContent = this.state.ordersPerMonth ? '' : this.t('monthlyLeft');
    // At a glance (one line each, so a phone sees every marketplace before the detailed cards).
    this.out.ranking.replaceChildren(...result.ranking.map((entry) => h('li', {},
      h('span', { text: this.title(entry.platform, entry.fulfilment) }), h('span', { class: 'num', text: `${formatYen(entry.profit)} · ${entry.margin === '' ? this.t('none') : `${entry.margin}%`}` }))));
    this.out.cards.replaceChildren(...result.ranking.map((entry) => this.card(entry)), ...result.skipped.map((entry) => this.skippedCard(entry)));
    this.emit('compareMarketplaces', { result });
  }

  /** A marketplace's name, with FBA / shipped-by-you for Amazon's two entries. */
  title(platform, fulfilment) {
    const name = this.byPlatform[platform]?.name[this.lang] ?? platform;
    return fulfilment ? `${name} · ${this.t(fulfilment === 'fba' ? 'fbaVariant' : 'merchantVariant')}` : name;
  }

  /** What the entry was computed with: its plan and, for Amazon and Qoo10, its category. */
  usedSettings(platform, plan) {
    const lang = this.lang;
    const schedule = this.byPlatform[platform];
    const planLabel = schedule?.plans.find((p) => p.id === plan)?.label[lang] ?? plan;
    const category = platform === 'amazon' || platform === 'qoo10'
      ? schedule?.categories?.find((c) => c.id === this.state[platform].category)?.label[lang] : null;
    return h('p', { class: 'muted', 'data-out': 'used' }, this.t('planUsed', { plan: planLabel }), category ? ` · ${this.t('category', { category })}` : '');
  }

  /** One rule as applied: label, amount, status, source, effective dates and link. */
  rule(label, amount, provenance, extra = null) {
    const p = provenance ?? {};
    return h('div', { class: 'rule', 'data-rule': label },
      h('p', {}, h('strong', { text: label }), amount ? ` ${amount} ` : ' ', p.status ? h('span', { class: `status ${p.status}`, text: this.t(`status_${p.status}`) }) : null),
      extra,
      p.source ? noteText('p', p, this.lang, { class: 'muted' }) : null,
      p.effectiveFrom ? h('p', { class: 'muted', text: `${this.t('effective')}: ${p.effectiveFrom}${p.effectiveTo ? ` – ${p.effectiveTo}` : ''}` }) : null,
      p.url ? h('a', { href: p.url, target: '_blank', rel: 'noopener noreferrer', text: this.t('openSource') }) : null);
  }

  card(entry) {
    const lang = this.lang;
    const e = entry.estimate;
    const id = entry.fulfilment ? `${entry.platform}-${entry.fulfilment}` : entry.platform;
    const row = (key, value, cls) => [h('dt', { text: this.t(key) }), h('dd', { class: cls, 'data-out': key, text: value })];
    const lineRule = (l) => this.rule(l.label[lang], formatYen(l.gross), l.provenance,
      h('p', { class: 'muted', text: `${l.base ? `${formatYen(l.base)} × ` : ''}${l.rate ? `${l.rate}%` : ''}${l.base || l.rate ? ' · ' : ''}`
        + this.t('rounding', { rounding: this.t(`round_${l.rounding}`), scope: this.t(`scope_${l.scope}`) }) }));
    return h('article', { class: `market${entry.rank === 1 ? ' first' : ''}`, 'data-market': id, 'data-rank': entry.rank },
      h('h3', {}, h('span', { text: this.t('rank', { rank: entry.rank }) }), h('span', { 'data-out': 'name', text: this.title(entry.platform, entry.fulfilment) }),
        entry.rank === 1 ? h('span', { class: 'badge', text: this.t('best') }) : null),
      this.usedSettings(entry.platform, entry.plan),
      h('dl', {},
        ...row('revenue', formatYen(e.revenue.total)), ...row('fees', formatYen(e.fees.gross)), ...row('feeTax', formatYen(e.fees.tax)),
        ...row('payout', formatYen(e.payout)), ...row('costs', formatYen(e.costTotal.gross)), ...row('taxDue', formatYen(e.sellerTax.due)),
        ...row('profit', formatYen(e.profit), 'profit'), ...row('margin', e.margin === '' ? this.t('none') : `${e.margin}%`)),
      entry.unverified ? h('p', { class: 'warn', 'data-out': 'unverified', text: this.t('unverifiedNote') }) : null,
      h('p', { class: 'muted', text: this.t('reasons') }),
      h('ul', { 'data-out': 'reasons' }, ...entry.reasons.map((reason) => h('li', { text: reason[lang] }))),
      h('details', { 'data-out': 'rules' }, h('summary', { text: this.t('lines') }),
        ...e.lines.map(lineRule), ...e.costs.map(lineRule),
        this.rule(this.t('taxRule'), formatYen(e.sellerTax.due), e.sellerTax.provenance),
        h('p', { class: 'muted', text: this.t('profitRule') })));
  }

  skippedCard(entry) {
    return h('article', { class: 'market', 'data-market': entry.fulfilment ? `${entry.platform}-${entry.fulfilment}` : entry.platform, 'data-skipped': '' },
      h('h3', { text: this.title(entry.platform, entry.fulfilment) }),
      h('p', { class: 'error', text: this.t('skipped', { reason: `${this.fieldLabel(entry.field) ? `${this.fieldLabel(entry.field)}：` : ''}${errorText(entry.code, this.lang)} [${entry.code}]` }) }));
  }
}

define('jpseller-marketplace-compare', MarketplaceCompare);
