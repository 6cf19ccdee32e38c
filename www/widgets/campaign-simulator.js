// <jpseller-campaign-simulator>: creator / affiliate / ads campaign profit after every fee, with
// risk (seeded Monte Carlo), the ad response curve and its break-even line, a tornado of what moves
// profit most, the budget allocator, and scenarios saved as JSON (and in the page's URL hash).
// Attributes: lang (zh|ja|en).
import { EngineCall, JpsellerElement, define, formatYen, h, labelText, noteText, noticeText } from './base.js';
import { normalizeNumber } from './numbers.js';
import { fitted, histogram, lineChart, tornado } from './charts.js';

/** Each platform's collaboration kinds (the API's enums), first one the default. */
const COLLABS = new Map([['tiktok_shop_jp', ['open', 'targeted']], ['rakuten', ['affiliate', 'creator_campaign']]]);
const PLATFORMS = [...COLLABS.keys()];
const OBJECTIVES = ['max_profit', 'max_gmv', 'max_gmv_profitable', 'min_spend_for_gmv', 'risk_aware'];
/** Message key of each input a sensitivity bar names (its id's last segment). */
const BAR_MESSAGES = new Map(Object.entries({ aov: 'aov', cogsRate: 'cogsRate', returnRate: 'returnRate', perOrderCost: 'perOrderCost', viewsPerPost: 'views', ctr: 'ctr', cvr: 'cvr',
  commissionRate: 'commission', flatFee: 'flatFee', spend: 'adSpend', beta: 'adBeta', halfSaturation: 'adHalf' }));

class CampaignSimulator extends JpsellerElement {
  static choices = { 'creators[].platform': PLATFORMS, 'creators[].collaboration': [...COLLABS.values()].flat(), objective: OBJECTIVES };

  static messages = {
    zh: {
      title: '达人 / 联盟 / 广告投放模拟', product: '商品', aov: '客单价（日元，含税）', cogsRate: '成本率 %', returnRate: '退货率 %',
      perOrderCost: '每单履约成本（日元）', jct: '已登记消费税（适格发票发行者）', creators: '达人', id: '名称', platform: '平台', collaboration: '合作方式',
      posts: '发布数', views: '每条平均播放', ctr: '点击率 %', cvr: '转化率 %', commission: '佣金 %', flatFee: '固定费用（日元）', remove: '删除', add: '添加达人',
      presets: '预设', presetNone: '— 选择预设添加达人 —', tiktok_open: 'TikTok 开放合作达人', tiktok_targeted: 'TikTok 定向合作达人（固定费 + 佣金）',
      rakuten_affiliate: '乐天联盟 / ROOM', rakuten_creator_campaign: '乐天“达人活动”— 卖家指南说法（未核实）',
      tiktok_shop_jp: 'TikTok Shop 日本', rakuten: '乐天市场', open: '开放合作', targeted: '定向合作', affiliate: '联盟 / ROOM', creator_campaign: '达人活动（未核实）',
      tailDraws: '轴外 {n} 次', adsRow: '广告',
      ads: '广告（GMV 反应曲线）', adSpend: '广告预算（日元）', adBeta: '饱和 GMV（日元）', adHalf: '半饱和花费（日元）', adAlpha: '形状 α',
      run: '模拟', seed: '随机种子', draws: '模拟次数', results: '结果', expectedProfit: '期望利润', probLoss: '亏损概率', p5: 'P5', p50: 'P50（中位数）', p95: 'P95',
      cvar: '最差 5% 平均（CVaR）', roas: 'ROAS（毛）', breakEven: '盈亏平衡 ROAS', tiktokRoi: 'TikTok“ROI”（其实是 GMV÷花费）', spend: '总花费',
      formulaRoas: '按标价计的 GMV ÷ 花费（固定费 + 每条发布费 + 样品 + 广告）', formulaBreakEven: '1 ÷ m（按花费计的 ROAS，佣金已计入贡献率 m）',
      formulaTiktokRoi: 'GMV ÷ 成本，TikTok 的叫法：是收入比成本，不是利润比成本',
      histogram: '利润分布', curve: '广告反应曲线', gmv: 'GMV', profit: '利润', breakEvenLine: '盈亏平衡线（GMV = 花费 ÷ m）', profitMax: '利润最大化', current: '当前',
      tornado: '敏感度（±20%，对期望利润的影响）', tornadoLow: '该项 −20% 时', tornadoHigh: '该项 +20% 时', allocate: '预算分配', budget: '预算（日元）', objective: '目标', allocateRun: '计算最优分配',
      max_profit: '期望利润最大', max_gmv: 'GMV 最大（预算内）', max_gmv_profitable: 'GMV 最大且利润 ≥ 0', min_spend_for_gmv: '达到目标 GMV 的最低花费', risk_aware: '兼顾风险（CVaR）',
      targetGmv: '目标 GMV（日元）', hired: '录用', notHired: '不录用', total: '合计', applyPlan: '采用此方案', infeasible: '无法满足约束', nobodyRoas: '一个达人都没有录用：当前方案的 ROAS {roas} 低于盈亏平衡 ROAS {breakEven}，没有达人能回本。', nobody: '一个达人都没有录用：在这个预算和目标下，每位达人带来的利润都抵不过其佣金和固定费用。',
      scenario: '方案（JSON）', save: '导出 JSON', load: '从 JSON 载入', download: '下载', loadError: 'JSON 无法解析', engine: '引擎', sources: '数据来源',
      unverified: '未核实', warnings: '提示', platformTake: '平台费 + 消费税',
    },
    ja: {
      title: 'クリエイター / アフィリエイト / 広告 施策シミュレーター', product: '商品', aov: '平均注文額（円・税込）', cogsRate: '原価率 %', returnRate: '返品率 %',
      perOrderCost: '1注文あたり出荷コスト（円）', jct: '適格請求書発行事業者（課税事業者）', creators: 'クリエイター', id: '名前', platform: 'モール', collaboration: '提携形態',
      posts: '投稿数', views: '1投稿あたり平均再生', ctr: 'クリック率 %', cvr: '購入率 %', commission: '報酬率 %', flatFee: '固定報酬（円）', remove: '削除', add: 'クリエイターを追加',
      presets: 'プリセット', presetNone: '— プリセットから追加 —', tiktok_open: 'TikTok オープンコラボ', tiktok_targeted: 'TikTok ターゲットコラボ（固定＋報酬）',
      rakuten_affiliate: '楽天アフィリエイト / ROOM', rakuten_creator_campaign: '楽天「クリエイターキャンペーン」— 出品ガイドの主張（未確認）',
      tiktok_shop_jp: 'TikTok Shop Japan', rakuten: '楽天市場', open: 'オープン', targeted: 'ターゲット', affiliate: 'アフィリエイト / ROOM', creator_campaign: 'キャンペーン（未確認）',
      tailDraws: '範囲外 {n} 回', adsRow: '広告',
      ads: '広告（GMV 反応曲線）', adSpend: '広告費（円）', adBeta: '飽和 GMV（円）', adHalf: '半飽和の広告費（円）', adAlpha: '形状 α',
      run: 'シミュレーション', seed: '乱数シード', draws: '試行回数', results: '結果', expectedProfit: '期待利益', probLoss: '赤字確率', p5: 'P5', p50: 'P50（中央値）', p95: 'P95',
      cvar: '下位 5% 平均（CVaR）', roas: 'ROAS（グロス）', breakEven: '損益分岐 ROAS', tiktokRoi: 'TikTok「ROI」（実は GMV÷費用）', spend: '総費用',
      formulaRoas: '定価ベースの GMV ÷ 費用（固定報酬 + 投稿ごとの報酬 + サンプル + 広告）', formulaBreakEven: '1 ÷ m（費用に対する ROAS。成果報酬は貢献利益率 m に含む）',
      formulaTiktokRoi: 'GMV ÷ 費用。TikTok の呼び方で、利益ではなく売上を費用で割ったもの',
      histogram: '利益の分布', curve: '広告の反応曲線', gmv: 'GMV', profit: '利益', breakEvenLine: '損益分岐線（GMV = 費用 ÷ m）', profitMax: '利益最大', current: '現在',
      tornado: '感度（±20%、期待利益への影響）', tornadoLow: 'その値が −20% のとき', tornadoHigh: 'その値が +20% のとき', allocate: '予算配分', budget: '予算（円）', objective: '目的', allocateRun: '最適配分を計算',
      max_profit: '期待利益を最大化', max_gmv: 'GMV 最大（予算内）', max_gmv_profitable: '利益 ≥ 0 で GMV 最大', min_spend_for_gmv: '目標 GMV を最小費用で', risk_aware: 'リスク考慮（CVaR）',
      targetGmv: '目標 GMV（円）', hired: '起用', notHired: '見送り', total: '合計', applyPlan: 'この配分を採用', infeasible: '制約を満たせません', nobodyRoas: 'クリエイターを 1 人も起用しません：今の計画の ROAS {roas} が損益分岐 ROAS {breakEven} を下回り、どのクリエイターも回収できません。', nobody: 'クリエイターを 1 人も起用しません：この予算と目的では、どのクリエイターも報酬と固定費を上回る利益を生みません。',
      scenario: 'シナリオ（JSON）', save: 'JSON を書き出す', load: 'JSON から読み込む', download: 'ダウンロード', loadError: 'JSON を読めません', engine: 'エンジン', sources: '出典',
      unverified: '未確認', warnings: '注意', platformTake: 'モール手数料＋消費税',
    },
    en: {
      title: 'Creator / affiliate / ads campaign simulator', product: 'Product', aov: 'Average order value (¥, tax-incl.)', cogsRate: 'COGS %', returnRate: 'Return rate %',
      perOrderCost: 'Fulfilment per order (¥)', jct: 'JCT-registered seller', creators: 'Creators', id: 'Name', platform: 'Platform', collaboration: 'Collaboration',
      posts: 'Posts', views: 'Mean views per post', ctr: 'CTR %', cvr: 'CVR %', commission: 'Commission %', flatFee: 'Flat fee (¥)', remove: 'Remove', add: 'Add creator',
      presets: 'Presets', presetNone: '— add a creator from a preset —', tiktok_open: 'TikTok open collaboration', tiktok_targeted: 'TikTok targeted (flat fee + commission)',
      rakuten_affiliate: 'Rakuten Affiliate / ROOM', rakuten_creator_campaign: 'Rakuten "creator campaign" — seller-guide claim (unverified)',
      tiktok_shop_jp: 'TikTok Shop JP', rakuten: 'Rakuten Ichiba', open: 'Open', targeted: 'Targeted', affiliate: 'Affiliate / ROOM', creator_campaign: 'Creator campaign (unverified)',
      tailDraws: '{n} draws off the axis', adsRow: 'Ads',
      ads: 'Ads (GMV response curve)', adSpend: 'Ad spend (¥)', adBeta: 'Saturation GMV (¥)', adHalf: 'Half-saturation spend (¥)', adAlpha: 'Shape α',
      run: 'Simulate', seed: 'Seed', draws: 'Draws', results: 'Results', expectedProfit: 'Expected profit', probLoss: 'P(loss)', p5: 'P5', p50: 'P50 (median)', p95: 'P95',
      cvar: 'Worst 5 % mean (CVaR)', roas: 'ROAS (gross)', breakEven: 'Break-even ROAS', tiktokRoi: 'TikTok "ROI" (really GMV ÷ cost)', spend: 'Total spend',
      formulaRoas: 'list-price GMV ÷ spend (flat + per-post fees + samples + ads)', formulaBreakEven: '1 ÷ m (ROAS on spend, commission inside m)',
      formulaTiktokRoi: 'GMV ÷ cost, as TikTok labels it: revenue over cost, not profit over cost',
      histogram: 'Profit distribution', curve: 'Ad response curve', gmv: 'GMV', profit: 'Profit', breakEvenLine: 'Break-even (GMV = spend ÷ m)', profitMax: 'Profit max', current: 'Now',
      tornado: 'Sensitivity (±20 %, effect on expected profit)', tornadoLow: 'input 20 % lower', tornadoHigh: 'input 20 % higher', allocate: 'Budget allocation', budget: 'Budget (¥)', objective: 'Objective', allocateRun: 'Find the best allocation',
      max_profit: 'Max expected profit', max_gmv: 'Max GMV within budget', max_gmv_profitable: 'Max GMV with profit ≥ 0', min_spend_for_gmv: 'Least spend for a GMV target', risk_aware: 'Risk-aware (CVaR)',
      targetGmv: 'Target GMV (¥)', hired: 'Hire', notHired: 'Skip', total: 'Total', applyPlan: 'Use this plan', infeasible: 'Constraints cannot all hold', nobodyRoas: 'Nobody is hired: the plan\'s ROAS {roas} is below the break-even ROAS {breakEven}, so no creator pays back.', nobody: 'Nobody is hired: with this budget and objective no creator brings more profit than their commission and fixed fee.',
      scenario: 'Scenario (JSON)', save: 'Export JSON', load: 'Load from JSON', download: 'Download', loadError: 'Could not read the JSON', engine: 'Engine', sources: 'Sources',
      unverified: 'unverified', warnings: 'Notes', platformTake: 'Platform fees + tax',
    },
  };

  static styles = `
    .kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); gap: .5em; }
    .kpis div { background: #fff; border: 1px solid var(--jpseller-border, #e1e4e8); border-radius: 6px; padding: .45em .6em; }
    .kpis span { display: block; }
    /* Sized so the whole creator table (select labels unclipped, remove button included) fits a 1366 px screen. */
    td input { width: 4.4em; }
    td input.name { width: 7em; }
    td select { max-width: 13.5em; }
    .scroll th, .scroll td { padding: .3em .25em; }
    .scroll { overflow-x: auto; }
    textarea { width: 100%; min-height: 8em; font-family: ui-monospace, monospace; font-size: .85em; }
    .warn { color: #9a6700; }
    .row { display: flex; flex-wrap: wrap; align-items: flex-end; }
  `;

  constructor() {
    super();
    this.state = {
      product: { aov: '3500', cogsRate: '40', returnRate: '5', perOrderCost: '500' },
      jctRegistered: true,
      creators: [
        { id: 'TikTok-A', platform: 'tiktok_shop_jp', collaboration: 'targeted', posts: '2', viewsPerPost: '60000', ctr: '1.5', cvr: '3', commissionRate: '15', flatFee: '30000' },
        { id: 'TikTok-B', platform: 'tiktok_shop_jp', collaboration: 'open', posts: '1', viewsPerPost: '15000', ctr: '1', cvr: '2', commissionRate: '12', flatFee: '0' },
        { id: 'ROOM-C', platform: 'rakuten', collaboration: 'affiliate', posts: '3', viewsPerPost: '8000', ctr: '2', cvr: '3', commissionRate: '4', flatFee: '0' },
      ],
      ad: { spend: '50000', beta: '2000000', halfSaturation: '300000', alpha: '1.6' },
      seed: '20261120',
      draws: '10000',
      budget: '600000',
      objective: 'max_profit',
      targetGmv: '1000000',
    };
    this.timer = null;
    this.lastResult = null;
    // Simulation (with its sensitivity) and allocation run in workers of their own.
    this.simulation = new EngineCall(this);
    this.allocation = new EngineCall(this);
  }

  /** The simulateCampaign input this form describes. */
  toInput() {
    const s = this.state;
    const num = (v) => (String(v).trim() === '' ? 0 : Number(v));
    return {
      seed: s.seed,
      draws: num(s.draws),
      product: { ...s.product },
      fees: { jctRegistered: s.jctRegistered },
      creators: s.creators.map((c) => ({
        id: c.id, platform: c.platform, collaboration: c.collaboration, posts: num(c.posts), viewsPerPost: num(c.viewsPerPost),
        ctr: c.ctr, cvr: c.cvr, commissionRate: c.commissionRate, flatFee: c.flatFee,
      })),
      ads: [{ id: 'ads', platform: 'tiktok_shop_jp', spend: s.ad.spend, curve: { kind: 'hill', beta: num(s.ad.beta), halfSaturation: num(s.ad.halfSaturation), alpha: num(s.ad.alpha) } }],
    };
  }

  /** Back from a saved scenario (untrusted JSON: only known fields, as strings). */
  fromScenario(scenario) {
    const str = (v, fallback) => (v === undefined || v === null ? fallback : String(v));
    const p = scenario.product ?? {};
    const ad = scenario.ads?.[0];
    this.setState({
      product: { aov: str(p.aov, ''), cogsRate: str(p.cogsRate, ''), returnRate: str(p.returnRate, ''), perOrderCost: str(p.perOrderCost, '0') },
      jctRegistered: scenario.fees?.jctRegistered !== false,
      creators: (scenario.creators ?? []).map((c) => ({
        id: str(c.id, ''), platform: str(c.platform, 'tiktok_shop_jp'), collaboration: str(c.collaboration, 'open'), posts: str(c.posts, '1'),
        viewsPerPost: str(c.viewsPerPost, '0'), ctr: str(c.ctr, '0'), cvr: str(c.cvr, '0'), commissionRate: str(c.commissionRate, '0'), flatFee: str(c.flatFee, '0'),
      })),
      ad: ad ? { spend: str(ad.spend, '0'), beta: str(ad.curve?.beta, '1'), halfSaturation: str(ad.curve?.halfSaturation, '1'), alpha: str(ad.curve?.alpha, '1') } : this.state.ad,
      seed: str(scenario.seed, this.state.seed),
      draws: str(scenario.draws, this.state.draws),
    });
  }

  preset(kind) {
    const base = { id: this.newId(kind === 'rakuten_affiliate' ? 'ROOM' : kind.startsWith('rakuten') ? 'Rakuten' : 'TikTok'), posts: '1', viewsPerPost: '20000', ctr: '1', cvr: '2', flatFee: '0' };
    const guide = this.presets?.rakutenCreatorCampaign;
    const make = {
      tiktok_open: { platform: 'tiktok_shop_jp', collaboration: 'open', commissionRate: '15' },
      tiktok_targeted: { platform: 'tiktok_shop_jp', collaboration: 'targeted', commissionRate: '20', flatFee: '50000' },
      rakuten_affiliate: { platform: 'rakuten', collaboration: 'affiliate', commissionRate: '4' },
      rakuten_creator_campaign: guide && {
        platform: 'rakuten', collaboration: 'creator_campaign',
        commissionRate: String(((guide.commissionRateRange[0] + guide.commissionRateRange[1]) / 2) * 100),
        flatFee: String(guide.monthlyBaseFeeTiers[0]), cvr: String(guide.creatorCvr * 100),
      },
    }[kind];
    if (!make) return;
    this.state.creators.push({ ...base, ...make });
    this.presetNote.replaceChildren(...this.presetSource(kind));
    this.renderCreators();
    this.schedule();
  }

  /**
   * A name for a new creator: its platform's name and the first free number (names are shown as
   * they are in every language, so they are names rather than English words).
   */
  newId(platformName) {
    const taken = new Set(this.state.creators.map((c) => c.id));
    let n = this.state.creators.length + 1;
    while (taken.has(`${platformName}-${n}`)) n += 1;
    return `${platformName}-${n}`;
  }

  presetSource(kind) {
    const p = this.presets;
    if (!p) return [];
    const show = (provs) => [`${this.t('sources')}: `, ...this.sourceList(provs)];
    const guide = p.rakutenCreatorCampaign;
    if (kind === 'rakuten_creator_campaign') return [labelText('span', guide.warningNote, guide.warning, this.lang), ' ', ...show([guide.provenance])];
    if (kind === 'rakuten_affiliate') return show(p.feeRules.filter((r) => r.id.startsWith('rakuten.affiliate')).map((r) => r.provenance));
    return show([p.tiktokCommissionProvenance]);
  }

  /** Sources in the page language, each with its evidence grade, separated by dots. */
  sourceList(provs) {
    return provs.flatMap((prov, i) => [i ? ' · ' : '', noteText('span', prov, this.lang), ` (${this.sourceStatus(prov)})`]);
  }

  /** A source's evidence grade in words, flagged ⚠ when it is a preset to check against your own figures. */
  sourceStatus(prov) {
    return `${prov.status === 'UNV' || prov.status === 'SEC1' ? '⚠ ' : ''}${this.t(`status_${prov.status}`)}`;
  }

  field(label, value, oninput, attrs = {}) {
    return h('label', {}, label, h('input', { value, inputmode: 'decimal', autocomplete: 'off', oninput: (e) => { oninput(normalizeNumber(e.target.value)); this.schedule(); }, ...attrs }));
  }

  render() {
    const s = this.state;
    if (!this.presets) {
      try {
        this.presets = this.api.campaignPresets();
      } catch {
        this.presets = null;
      }
    }
    this.out = {
      kpis: h('div', { class: 'kpis', 'aria-live': 'polite' }),
      error: h('p', { class: 'error', role: 'alert', 'data-out': 'error' }),
      histogram: h('div', { 'data-out': 'histogram' }),
      curve: h('div', { 'data-out': 'curve' }),
      tornado: h('div', { 'data-out': 'tornado' }),
      allocation: h('div', { 'data-out': 'allocation' }),
      notes: h('div', { class: 'muted', 'data-out': 'notes' }),
      json: h('textarea', { 'aria-label': this.t('scenario'), spellcheck: 'false' }),
      download: h('a', { download: 'campaign-scenario.json', hidden: true, text: this.t('download') }),
    };
    this.creatorRows = h('tbody');
    this.presetNote = h('p', { class: 'muted', 'data-out': 'preset-source' });
    const product = h('section', { class: 'card' },
      h('h2', { text: this.t('title') }),
      h('h3', { text: this.t('product') }),
      h('div', { class: 'row' },
        this.field(this.t('aov'), s.product.aov, (v) => { s.product.aov = v; }, { name: 'aov', 'data-field': 'product.aov' }),
        this.field(this.t('cogsRate'), s.product.cogsRate, (v) => { s.product.cogsRate = v; }, { name: 'cogsRate', 'data-field': 'product.cogsRate' }),
        this.field(this.t('returnRate'), s.product.returnRate, (v) => { s.product.returnRate = v; }, { name: 'returnRate', 'data-field': 'product.returnRate' }),
        this.field(this.t('perOrderCost'), s.product.perOrderCost, (v) => { s.product.perOrderCost = v; }, { name: 'perOrderCost', 'data-field': 'product.perOrderCost' }),
        h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'jctRegistered', checked: s.jctRegistered, onchange: (e) => { s.jctRegistered = e.target.checked; this.schedule(); } }), this.t('jct'))));
    const creators = h('section', { class: 'card' },
      h('h3', { text: this.t('creators') }),
      h('div', { class: 'scroll' }, h('table', {},
        h('thead', {}, h('tr', {}, ...['id', 'platform', 'collaboration', 'posts', 'views', 'ctr', 'cvr', 'commission', 'flatFee'].map((k) => h('th', { text: this.t(k) })), h('th'))),
        this.creatorRows)),
      h('div', { class: 'row' },
        h('button', { type: 'button', name: 'addCreator', onclick: () => { s.creators.push({ id: this.newId('TikTok'), platform: 'tiktok_shop_jp', collaboration: 'open', posts: '1', viewsPerPost: '20000', ctr: '1', cvr: '2', commissionRate: '15', flatFee: '0' }); this.renderCreators(); this.schedule(); }, text: this.t('add') }),
        h('label', {}, this.t('presets'),
          h('select', { name: 'preset', onchange: (e) => { this.preset(e.target.value); e.target.value = ''; } },
            h('option', { value: '', text: this.t('presetNone') }),
            ...['tiktok_open', 'tiktok_targeted', 'rakuten_affiliate', 'rakuten_creator_campaign'].map((k) => h('option', { value: k, text: this.t(k) }))))),
      this.presetNote,
      h('h3', { text: this.t('ads') }),
      h('div', { class: 'row' },
        this.field(this.t('adSpend'), s.ad.spend, (v) => { s.ad.spend = v; }, { name: 'adSpend', 'data-field': 'ads[0].spend' }),
        this.field(this.t('adBeta'), s.ad.beta, (v) => { s.ad.beta = v; }, { name: 'adBeta', 'data-field': 'ads[0].curve.beta' }),
        this.field(this.t('adHalf'), s.ad.halfSaturation, (v) => { s.ad.halfSaturation = v; }, { name: 'adHalf', 'data-field': 'ads[0].curve.halfSaturation' }),
        this.field(this.t('adAlpha'), s.ad.alpha, (v) => { s.ad.alpha = v; }, { name: 'adAlpha', 'data-field': 'ads[0].curve.alpha' })),
      h('div', { class: 'row' },
        this.field(this.t('seed'), s.seed, (v) => { s.seed = v; }, { name: 'seed' }),
        this.field(this.t('draws'), s.draws, (v) => { s.draws = v; }, { name: 'draws' })));
    const results = h('section', { class: 'card' },
      h('h3', { text: this.t('results') }), this.simulation.view(), this.out.kpis, this.out.error,
      h('h3', { text: this.t('histogram') }), this.out.histogram,
      h('h3', { text: this.t('curve') }), this.out.curve,
      h('h3', { text: this.t('tornado') }), this.out.tornado,
      this.out.notes);
    const allocate = h('section', { class: 'card' },
      h('h3', { text: this.t('allocate') }),
      h('div', { class: 'row' },
        this.field(this.t('budget'), s.budget, (v) => { s.budget = v; }, { name: 'budget' }),
        h('label', {}, this.t('objective'), h('select', { name: 'objective', onchange: (e) => { s.objective = e.target.value; this.stateChanged(); } },
          ...OBJECTIVES.map((o) => h('option', { value: o, selected: s.objective === o, text: this.t(o) })))),
        this.field(this.t('targetGmv'), s.targetGmv, (v) => { s.targetGmv = v; }, { name: 'targetGmv' }),
        h('button', { type: 'button', class: 'primary', name: 'allocate', onclick: () => this.allocate(), text: this.t('allocateRun') })),
      this.allocation.view(),
      this.out.allocation);
    const scenario = h('section', { class: 'card' },
      h('h3', { text: this.t('scenario') }),
      this.out.json,
      h('div', { class: 'row' },
        h('button', { type: 'button', name: 'saveJson', onclick: () => this.saveJson(), text: this.t('save') }),
        h('button', { type: 'button', name: 'loadJson', onclick: () => this.loadJson(), text: this.t('load') }),
        this.out.download));
    this.shadowRoot.replaceChildren(product, creators, results, allocate, scenario);
    this.renderCreators();
    this.update();
  }

  renderCreators() {
    const s = this.state;
    const cell = (c, key, i, cls) => h('td', {}, h('input', { class: cls, value: c[key], 'aria-label': `${this.t(key === 'viewsPerPost' ? 'views' : key === 'commissionRate' ? 'commission' : key)} ${i + 1}`, inputmode: key === 'id' ? 'text' : 'decimal',
      'data-field': `creators[${i}].${key}`, oninput: (e) => { c[key] = key === 'id' ? e.target.value.trim() : normalizeNumber(e.target.value); this.schedule(); } }));
    const select = (c, key, options, i) => h('td', {}, h('select', { 'aria-label': `${this.t(key)} ${i + 1}`, onchange: (e) => {
      c[key] = e.target.value;
      if (key === 'platform') { c.collaboration = COLLABS.get(c.platform)[0]; this.renderCreators(); }
      this.schedule();
    } }, ...options.map((o) => h('option', { value: o, selected: c[key] === o, text: this.t(o) }))));
    this.creatorRows.replaceChildren(...s.creators.map((c, i) => h('tr', {},
      cell(c, 'id', i, 'name'),
      select(c, 'platform', PLATFORMS, i),
      select(c, 'collaboration', COLLABS.get(c.platform), i),
      cell(c, 'posts', i), cell(c, 'viewsPerPost', i), cell(c, 'ctr', i), cell(c, 'cvr', i), cell(c, 'commissionRate', i), cell(c, 'flatFee', i),
      h('td', {}, h('button', { type: 'button', 'aria-label': `${this.t('remove')} ${i + 1}`, text: '×', onclick: () => { s.creators.splice(i, 1); this.renderCreators(); this.schedule(); } })))));
  }

  /** Re-simulate shortly after typing stops (a 10k-draw run takes tens of milliseconds). */
  schedule() {
    this.stateChanged();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 120);
  }

  async update() {
    const out = this.out;
    const input = this.toInput();
    let result;
    try {
      result = await this.simulation.call('simulateCampaign', input);
      if (result === null) return; // a newer input is being simulated
    } catch (error) {
      out.kpis.replaceChildren();
      for (const key of ['histogram', 'curve', 'tornado']) out[key].replaceChildren();
      out.error.textContent = this.describeError(error);
      this.showFieldError(error);
      return;
    }
    out.error.textContent = '';
    this.clearFieldErrors();
    this.lastResult = result;
    const metric = (id) => result.metrics.find((m) => m.id === id);
    const ratio = (v) => (v === null || v === undefined ? '—' : v.toFixed(2));
    const d = result.distribution;
    const kpi = (label, value, key, title) => h('div', { title }, h('span', { class: 'muted', text: label }), h('span', { class: 'big', 'data-out': key, text: value }));
    out.kpis.replaceChildren(
      kpi(this.t('expectedProfit'), formatYen(result.expected.profit), 'profit'),
      kpi(this.t('probLoss'), `${(d.probLoss * 100).toFixed(1)}%`, 'prob-loss'),
      kpi(this.t('p5'), formatYen(d.profit.p5), 'p5'),
      kpi(this.t('p50'), formatYen(d.profit.p50), 'p50'),
      kpi(this.t('p95'), formatYen(d.profit.p95), 'p95'),
      kpi(this.t('cvar'), formatYen(d.cvar5), 'cvar'),
      kpi(this.t('spend'), formatYen(result.expected.spend), 'spend'),
      kpi(this.t('roas'), ratio(metric('roas_gross').value), 'roas', this.t('formulaRoas')),
      kpi(this.t('breakEven'), ratio(metric('break_even_roas').value), 'break-even', this.t('formulaBreakEven')),
      kpi(this.t('tiktokRoi'), ratio(metric('tiktok_roi').value), 'tiktok-roi', this.t('formulaTiktokRoi')));
    const bins = d.histogram.counts.map((count, i) => ({ x0: Number(d.histogram.edges[i]), x1: Number(d.histogram.edges[i + 1]), count }));
    out.histogram.replaceChildren(fitted((width) => histogram(bins, {
      title: this.t('histogram'), format: (v) => formatYen(Math.round(v)), lossBelow: 0, width, beyond: (n) => this.t('tailDraws', { n }),
      markers: [{ x: Number(d.profit.p5), label: 'P5' }, { x: Number(d.profit.p50), label: 'P50' }, { x: Number(d.profit.p95), label: 'P95' }],
    })));
    this.renderCurve(input);
    const unverified = result.provenance.filter((p) => p.status === 'UNV' || p.status === 'SEC1');
    out.notes.replaceChildren(...[
      // The engine version is a name to quote in a report, as it is.
      h('p', { 'data-out': 'fingerprint' }, `${this.t('engine')}: `, h('code', { translate: 'no', text: result.engine.version }),
        ` · ${this.t('seed')} ${result.engine.seed} · ${this.t('draws')} ${result.engine.draws} · #${result.engine.fingerprint}`),
      ...result.warningDetails.map((w) => h('p', { class: 'warn', 'data-out': 'warning' }, `${this.t('warnings')}: `, noticeText('span', w, this.lang))),
      h('p', { 'data-out': 'sources' }, `${this.t('sources')}: `, ...this.sourceList(result.provenance)),
      unverified.length ? h('p', { class: 'warn', text: `${this.t('unverified')}: ${unverified.length}` }) : null].filter(Boolean));
    this.emit('simulateCampaign', { result });
    await this.renderTornado(input);
  }

  renderCurve(input) {
    const ad = input.ads[0];
    try {
      const curve = this.api.responseCurve({ curve: ad.curve, economics: { product: input.product, platform: ad.platform, fees: input.fees }, points: 61 });
      const pts = curve.points.map((p) => [Number(p.spend), Number(p.gmv)]);
      const max = pts[pts.length - 1][0];
      const series = [
        { label: this.t('gmv'), points: pts },
        { label: this.t('profit'), points: curve.points.map((p) => [Number(p.spend), Number(p.profit)]) },
      ];
      if (curve.margin) series.push({ label: this.t('breakEvenLine'), points: [[0, 0], [max, max / curve.margin]], color: '#c53030' });
      const vlines = [{ x: Number(ad.spend), label: this.t('current') }];
      if (curve.markers.profitMax) vlines.push({ x: Number(curve.markers.profitMax), label: this.t('profitMax'), color: '#2f855a' });
      this.out.curve.replaceChildren(fitted((width) => lineChart(series, { title: this.t('curve'), formatX: (v) => formatYen(Math.round(v)), formatY: (v) => formatYen(Math.round(v)), vlines, width })));
    } catch (error) {
      this.out.curve.replaceChildren(h('p', { class: 'error', text: this.describeError(error) }));
    }
  }

  async renderTornado(input) {
    try {
      const t = await this.simulation.call('sensitivity', { scenario: { ...input, draws: 1 } });
      if (t === null) return;
      const rows = t.bars.slice(0, 8).map((b) => ({ label: this.barLabel(b, input), low: Number(b.profitAtLow), high: Number(b.profitAtHigh) }));
      this.out.tornado.replaceChildren(fitted((width) => tornado(rows, { title: this.t('tornado'), base: Number(t.baseProfit), format: (v) => formatYen(Math.round(v)), width, lowLabel: this.t('tornadoLow'), highLabel: this.t('tornadoHigh') })));
    } catch (error) {
      this.out.tornado.replaceChildren(h('p', { class: 'error', text: this.describeError(error) }));
    }
  }

  /** A tornado row's name in the page language, from the input path the engine reports. */
  barLabel(bar, input) {
    const field = bar.id.split('.').pop();
    const name = BAR_MESSAGES.get(field);
    const creator = /^creators\[(\d+)\]/.exec(bar.id);
    if (creator) return `${input.creators[Number(creator[1])]?.id ?? ''} ${this.t(name ?? field)}`;
    if (bar.id.startsWith('fees.')) return `${this.t('platformTake')} (${this.t(bar.id.includes('rakuten') ? 'rakuten' : 'tiktok_shop_jp')})`;
    if (bar.id.startsWith('ads[')) return this.t(name ?? field);
    return name ? this.t(name) : bar.label;
  }

  async allocate() {
    const s = this.state;
    const input = { scenario: { ...this.toInput(), draws: 2000 }, budget: s.budget, objective: s.objective };
    if (s.objective === 'min_spend_for_gmv') input.targetGmv = s.targetGmv;
    let out;
    try {
      out = await this.allocation.call('allocateBudget', input);
      if (out === null) return;
    } catch (error) {
      this.out.allocation.replaceChildren(h('p', { class: 'error', role: 'alert', text: this.describeError(error) }));
      return;
    }
    const row = (name, posts, spend, gmv, profit) => h('tr', {}, h('td', { text: name }), h('td', { text: posts }), h('td', { class: 'num', text: formatYen(spend) }), h('td', { class: 'num', text: formatYen(gmv) }), h('td', { class: 'num', text: formatYen(profit) }));
    this.out.allocation.replaceChildren(...[
      out.feasible ? null : h('p', { class: 'error', text: this.t('infeasible') }),
      this.whyNobody(out),
      ...out.diagnostics.map((dg) => noticeText('p', dg, this.lang, { class: 'warn', 'data-out': 'diagnostic' })),
      h('table', {},
        h('thead', {}, h('tr', {}, ...[this.t('id'), this.t('posts'), this.t('spend'), this.t('gmv'), this.t('profit')].map((x, i) => h('th', { class: i > 1 ? 'num' : undefined, text: x })))),
        h('tbody', { 'data-out': 'allocation-rows' },
          ...out.creators.map((c) => row(c.id, c.hired ? `${this.t('hired')} ×${c.posts}` : this.t('notHired'), c.spend, c.gmv, c.profit)),
          ...out.ads.map((a) => row(a.id === 'ads' ? this.t('adsRow') : a.id, `mROAS ${a.marginalRoas.toFixed(2)}`, a.spend, a.gmv, a.profit)),
          h('tr', { 'data-out': 'allocation-total' }, h('td', { text: this.t('total') }), h('td'), h('td', { class: 'num', text: formatYen(out.totals.spend) }), h('td', { class: 'num', text: formatYen(out.totals.gmv) }), h('td', { class: 'num', text: formatYen(out.totals.profit) })))),
      h('button', { type: 'button', name: 'applyPlan', onclick: () => this.fromScenario(out.plan), text: this.t('applyPlan') })].filter(Boolean));
    this.emit('allocateBudget', { result: out });
  }

  /** When the allocator hires no creator, the reason in words (from the last simulation's ROAS). */
  whyNobody(out) {
    if (!out.creators.length || out.creators.some((c) => c.hired)) return null;
    const metric = (id) => this.lastResult?.metrics.find((m) => m.id === id)?.value;
    const [roas, breakEven] = [metric('roas_gross'), metric('break_even_roas')];
    const text = Number.isFinite(roas) && Number.isFinite(breakEven) && roas < breakEven
      ? this.t('nobodyRoas', { roas: roas.toFixed(2), breakEven: breakEven.toFixed(2) }) : this.t('nobody');
    return h('p', { class: 'notice', role: 'status', 'data-out': 'allocation-why', text });
  }

  saveJson() {
    if (!this.lastResult) return;
    const text = JSON.stringify(this.lastResult.scenario, null, 2);
    this.out.json.value = text;
    if (this.out.download.href) URL.revokeObjectURL(this.out.download.href);
    this.out.download.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    this.out.download.hidden = false;
  }

  loadJson() {
    try {
      const scenario = JSON.parse(this.out.json.value);
      if (!scenario || typeof scenario !== 'object') throw new Error('not an object');
      const text = this.out.json.value;
      this.fromScenario(scenario);
      this.out.json.value = text;
      this.stateChanged();
    } catch {
      this.out.error.textContent = this.t('loadError');
    }
  }
}

define('jpseller-campaign-simulator', CampaignSimulator);
