// <jpseller-copy-checker>: paste Japanese listing copy, a creator post or a customer reply; see every
// risky phrase highlighted in place, why (zh/ja/en, law and article) and what to write instead.
// Attributes: lang (zh|ja|en), channel, product-class. User text only ever reaches the DOM through
// textContent (highlights are built from text nodes split at the finding spans).
import { JpsellerElement, define, h, sourceText } from './base.js';
import { HouseRules, houseMessages } from './house-rules.js';

const CHANNELS = ['rakuten_listing', 'tiktok_listing', 'tiktok_script', 'creator_post', 'rakuten_room', 'amazon_title', 'customer_reply'];
const CLASSES = ['cosmetics', 'quasi_drug', 'health_food', 'functional_food', 'goods', 'beauty_device', 'food', 'apparel', 'electrical'];
const STRICTNESS = ['recommended', 'strict', 'all'];
const SEVERITY_RANK = { info: 1, warning: 2, error: 3 };
const SAMPLE = '【楽天ランキング1位】顧客満足度Ｎｏ．１の美容液！\n塗るだけでシミが消える、奇跡の美白クリーム。\n皮膚科医も推奨。通常価格9,800円→今だけ4,980円\n爆款！包邮';

const labels = {
  zh: {
    rakuten_listing: '乐天商品页', tiktok_listing: 'TikTok Shop商品页', tiktok_script: 'TikTok视频脚本', creator_post: '达人/网红帖子', rakuten_room: '乐天ROOM/联盟帖子', amazon_title: '亚马逊标题', customer_reply: '客服回复',
    cosmetics: '化妆品', quasi_drug: '医药部外品', health_food: '健康食品', functional_food: '功能性标示食品', goods: '杂货', beauty_device: '美容仪', food: '食品', apparel: '服装', electrical: '电器',
    recommended: '推荐', strict: '严格', all: '全部',
  },
  ja: {
    rakuten_listing: '楽天 商品ページ', tiktok_listing: 'TikTok Shop 商品ページ', tiktok_script: 'TikTok 動画台本', creator_post: 'クリエイター投稿', rakuten_room: '楽天ROOM・アフィリエイト', amazon_title: 'Amazon 商品名', customer_reply: 'お客様への返信',
    cosmetics: '化粧品', quasi_drug: '医薬部外品', health_food: '健康食品', functional_food: '機能性表示食品', goods: '雑貨', beauty_device: '美容機器', food: '食品', apparel: '衣料品', electrical: '電気製品',
    recommended: '推奨', strict: '厳しめ', all: 'すべて',
  },
  en: {
    rakuten_listing: 'Rakuten listing', tiktok_listing: 'TikTok Shop listing', tiktok_script: 'TikTok video script', creator_post: 'Creator post', rakuten_room: 'Rakuten ROOM / affiliate', amazon_title: 'Amazon title', customer_reply: 'Customer reply',
    cosmetics: 'Cosmetics', quasi_drug: 'Quasi-drug', health_food: 'Health food', functional_food: 'Food with function claims', goods: 'General goods', beauty_device: 'Beauty device', food: 'Food', apparel: 'Apparel', electrical: 'Electrical',
    recommended: 'Recommended', strict: 'Strict', all: 'All',
  },
};

class CopyChecker extends JpsellerElement {
  static get observedAttributes() {
    return ['lang', 'channel', 'product-class'];
  }

  /** '' is "not specified". */
  static privateState = ['text'];
  static choices = { channel: ['', ...CHANNELS], productClass: ['', ...CLASSES], strictness: STRICTNESS };

  static messages = {
    zh: {
      ...labels.zh, ...houseMessages.zh, title: '文案合规检查', text: '日文文案', channel: '发布渠道', productClass: '商品类别', any: '（未指定）', strictness: '严格程度',
      sponsored: '这是合作/赠品/返佣帖子', madeOverseas: '商品在日本以外生产', error: '错误', warning: '警告', info: '提示', none: '没有发现问题。',
      whole: '（整篇）', apply: '替换为', basis: '依据', ja: '日文说明', sample: '示例文案', clear: '清空', unverified: '未验证', offline: '文本只在本机浏览器中检查，不会上传。',
      truncated: '问题过多，仅显示前 20,000 条。', status_confirmed: '已确认', status_secondary: '二手来源', status_unverified: '未验证', sellerGuide: '启用卖家指南中未经验证的说法',
    },
    ja: {
      ...labels.ja, ...houseMessages.ja, title: '広告表現チェック', text: '日本語の文章', channel: '掲載先', productClass: '商品区分', any: '（指定なし）', strictness: 'チェックの強さ',
      sponsored: 'PR・提供・アフィリエイト報酬あり', madeOverseas: '日本以外で製造した商品', error: 'エラー', warning: '警告', info: '情報', none: '問題は見つかりませんでした。',
      whole: '（全体）', apply: '置き換え', basis: '根拠', ja: '日本語の説明', sample: 'サンプル文', clear: 'クリア', unverified: '未検証', offline: '文章はこのブラウザの中だけで確認し、送信しません。',
      truncated: '指摘が多すぎるため、最初の20,000件のみ表示しています。', status_confirmed: '確認済み', status_secondary: '二次情報', status_unverified: '未検証', sellerGuide: 'セラー向けガイドの未検証の主張も確認する',
    },
    en: {
      ...labels.en, ...houseMessages.en, title: 'Copy compliance check', text: 'Japanese text', channel: 'Channel', productClass: 'Product class', any: '(not set)', strictness: 'Strictness',
      sponsored: 'Sponsored / gifted / affiliate post', madeOverseas: 'Made outside Japan', error: 'Error', warning: 'Warning', info: 'Info', none: 'No problems found.',
      whole: '(whole text)', apply: 'Replace with', basis: 'Basis', ja: 'Japanese explanation', sample: 'Sample text', clear: 'Clear', unverified: 'unverified', offline: 'Your text is checked inside this browser and never uploaded.',
      truncated: 'Too many findings; only the first 20,000 are shown.', status_confirmed: 'confirmed', status_secondary: 'secondary source', status_unverified: 'unverified', sellerGuide: 'Also check unverified seller-guide claims',
    },
  };

  static styles = `
    textarea { width: 100%; min-height: 9em; resize: vertical; line-height: 1.6; }
    .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16em, 2fr); gap: 1em; }
    @media (max-width: 760px) { .layout { grid-template-columns: 1fr; } }
    .preview { white-space: pre-wrap; word-break: break-all; line-height: 1.9; background: #fff; border: 1px solid var(--jpseller-border, #e1e4e8); border-radius: 6px; padding: .6em .8em; min-height: 4em; }
    mark { background: none; color: inherit; border-bottom: 3px solid; padding: 0 1px; cursor: pointer; }
    mark.error { background: #ffe3e3; border-color: #c62828; }
    mark.warning { background: #fff4d6; border-color: #e0a100; }
    mark.info { background: #e6f0ff; border-color: #3b6fd8; }
    mark.focus { outline: 2px solid var(--accent); }
    .counts { display: flex; gap: .6em; margin: .4em 0; }
    .badge { display: inline-block; border-radius: 999px; padding: 0 .6em; font-size: .85em; font-weight: 600; color: #fff; }
    .badge.error { background: #c62828; } .badge.warning { background: #b07b00; } .badge.info { background: #3b6fd8; }
    ol.findings { list-style: none; padding: 0; margin: 0; max-height: 40em; overflow: auto; }
    ol.findings li { border: 1px solid var(--jpseller-border, #e1e4e8); border-radius: 6px; padding: .5em .7em; margin: 0 0 .5em; background: #fff; }
    ol.findings li.focus { border-color: var(--accent); }
    .quote { font-weight: 600; }
    .rule { font-family: ui-monospace, monospace; font-size: .8em; color: var(--jpseller-muted, #57606a); }
    .suggestions button { margin: .2em .3em 0 0; font-size: .85em; }
    .controls { display: flex; flex-wrap: wrap; align-items: flex-end; }
  `;

  constructor() {
    super();
    this.state = {
      text: SAMPLE,
      channel: this.getAttribute('channel') ?? 'rakuten_listing',
      productClass: this.getAttribute('product-class') ?? 'cosmetics',
      strictness: 'recommended',
      sponsored: false,
      madeOverseas: false,
      sellerGuide: false,
    };
    this.timer = null;
    this.house = new HouseRules(this, () => this.check());
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'channel' && newValue) this.state.channel = newValue;
    if (name === 'product-class' && newValue) this.state.productClass = newValue;
    super.attributeChangedCallback(name, oldValue, newValue);
  }

  options() {
    const s = this.state;
    const options = { strictness: s.strictness, sponsored: s.sponsored, madeOverseas: s.madeOverseas };
    if (CHANNELS.includes(s.channel)) options.channel = s.channel;
    if (CLASSES.includes(s.productClass)) options.productClass = s.productClass;
    if (s.sellerGuide) options.presets = ['seller_guide_unverified'];
    return { ...options, ...this.house.options() };
  }

  render() {
    const s = this.state;
    const select = (name, values, value, withAny) =>
      h('select', { name, onchange: (e) => { s[name] = e.target.value; this.check(); } },
        withAny ? h('option', { value: '', selected: !values.includes(value), text: this.t('any') }) : null,
        ...values.map((v) => h('option', { value: v, selected: v === value, text: this.t(v) })));
    const checkbox = (name) =>
      h('label', { class: 'inline' }, h('input', { type: 'checkbox', name, checked: s[name], onchange: (e) => { s[name] = e.target.checked; this.check(); } }), this.t(name));

    this.textarea = h('textarea', { name: 'text', spellcheck: 'false', 'aria-label': this.t('text'), oninput: (e) => { s.text = e.target.value; this.schedule(); } });
    this.textarea.value = s.text;
    this.out = {
      preview: h('div', { class: 'preview', 'data-out': 'preview', 'aria-live': 'polite' }),
      counts: h('div', { class: 'counts', 'data-out': 'counts' }),
      list: h('ol', { class: 'findings', 'data-out': 'findings' }),
      error: h('p', { class: 'error', role: 'alert', 'data-out': 'error' }),
      note: h('p', { class: 'muted', 'data-out': 'note' }),
    };
    this.shadowRoot.replaceChildren(
      h('section', { class: 'card' },
        h('h2', { text: this.t('title') }),
        h('div', { class: 'controls' },
          h('label', {}, this.t('channel'), select('channel', CHANNELS, s.channel, true)),
          h('label', {}, this.t('productClass'), select('productClass', CLASSES, s.productClass, true)),
          h('label', {}, this.t('strictness'), select('strictness', STRICTNESS, s.strictness, false)),
          checkbox('sponsored'), checkbox('madeOverseas'), checkbox('sellerGuide')),
        this.textarea,
        h('p', {},
          h('button', { type: 'button', onclick: () => { this.setText(SAMPLE); }, text: this.t('sample') }), ' ',
          h('button', { type: 'button', onclick: () => { this.setText(''); }, text: this.t('clear') })),
        h('p', { class: 'muted', text: this.t('offline') }),
        this.out.error),
      h('div', { class: 'layout' },
        h('section', { class: 'card' }, this.out.counts, this.out.preview, this.out.note),
        h('section', { class: 'card' }, this.out.list)),
      this.house.render());
    this.check();
  }

  setText(text) {
    this.state.text = text;
    this.textarea.value = text;
    this.check();
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), 120);
  }

  check() {
    this.stateChanged();
    const text = this.state.text;
    this.out.error.textContent = '';
    let result;
    try {
      result = this.api.lint(text, this.options());
    } catch (error) {
      this.out.error.textContent = this.describeError(error);
      this.out.preview.replaceChildren(document.createTextNode(text));
      this.out.list.replaceChildren();
      this.out.counts.replaceChildren();
      return;
    }
    this.result = result;
    this.renderCounts(result.summary);
    this.renderPreview(text, result.findings, result.rules);
    this.renderList(text, result.findings, result.rules);
    this.out.note.textContent = result.truncated ? this.t('truncated') : '';
    this.emit('lint', { result });
  }

  renderCounts(summary) {
    this.out.counts.replaceChildren(...['error', 'warning', 'info'].map((sev) =>
      h('span', { class: `badge ${sev}`, 'data-count': sev, text: `${this.t(sev)} ${summary[sev]}` })));
  }

  /** The original text split at every finding boundary; each piece carries its worst severity. */
  renderPreview(text, findings, rules) {
    const spans = findings.filter((f) => f.end > f.start);
    const cuts = new Set([0, text.length]);
    for (const f of spans) { cuts.add(f.start); cuts.add(f.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const covering = spans.filter((f) => f.start <= from && f.end >= to);
      const piece = text.slice(from, to);
      if (!covering.length) { pieces.push(document.createTextNode(piece)); continue; }
      const worst = covering.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
      const index = findings.indexOf(worst);
      pieces.push(h('mark', { class: worst.severity, 'data-rule': worst.ruleId, 'data-index': index, title: rules[worst.ruleId].title[this.lang],
        onclick: () => this.focusFinding(index), text: piece }));
    }
    this.out.preview.replaceChildren(...pieces);
  }

  renderList(text, findings, rules) {
    if (!findings.length) {
      this.out.list.replaceChildren(h('li', { 'data-out': 'none', text: this.t('none') }));
      return;
    }
    const lang = this.lang;
    this.out.list.replaceChildren(...findings.map((f, index) => {
      const rule = rules[f.ruleId];
      const quote = f.end > f.start ? `「${f.text}」` : this.t('whole');
      const suggestions = f.end > f.start && rule.suggestions.length
        ? h('div', { class: 'suggestions' }, ...rule.suggestions.map((s) =>
          // The button speaks the page's language; the rewrite it applies is Japanese copy.
          h('button', { type: 'button', 'data-apply': f.ruleId, title: `${this.t('apply')} → ${s}`, onclick: () => this.apply(f, s) }, '→ ', h('span', { lang: 'ja', text: s }))))
        : rule.suggestions.length ? h('div', { class: 'muted', lang: 'ja', text: rule.suggestions.join(' / ') }) : null;
      const cited = rule.citation;
      const citedText = cited ? `${cited.law} ${cited.article}` : '';
      const citation = !cited ? null : cited.url
        ? sourceText('a', citedText, { href: cited.url, target: '_blank', rel: 'noopener noreferrer' })
        : sourceText('span', citedText);
      return h('li', { 'data-index': index, 'data-rule': f.ruleId, 'data-severity': f.severity },
        h('div', {}, h('span', { class: `badge ${f.severity}`, text: this.t(f.severity) }), ' ', h('span', { class: 'quote', lang: f.end > f.start ? 'ja' : undefined, text: quote }), ' ',
          h('span', { class: 'rule', text: f.ruleId })),
        h('div', { text: rule.title[lang] }),
        h('p', { text: rule.message[lang] }),
        lang !== 'ja' && rule.message.ja !== rule.message[lang] ? h('p', { class: 'muted', lang: 'ja', text: rule.message.ja }) : null,
        citation ? h('p', { class: 'muted' }, `${this.t('basis')}: `, citation, cited.date ? ` (${cited.date})` : '', ` · ${this.t(`status_${rule.status}`)}`) : null,
        suggestions,
        this.house.ignoreButton(f));
    }));
  }

  focusFinding(index) {
    for (const el of this.shadowRoot.querySelectorAll('.focus')) el.classList.remove('focus');
    const item = this.out.list.querySelector(`li[data-index="${index}"]`);
    item?.classList.add('focus');
    item?.scrollIntoView({ block: 'nearest' });
  }

  /** One-click rewrite: replaces exactly the flagged characters (UTF-16 span) and lints again. */
  apply(finding, replacement) {
    const text = this.state.text;
    if (text.slice(finding.start, finding.end) !== finding.text) return;
    this.setText(text.slice(0, finding.start) + replacement + text.slice(finding.end));
  }
}

define('jpseller-copy-checker', CopyChecker);
