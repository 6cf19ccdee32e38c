// <jpseller-tax-calculator>: consumption tax (JCT) on one price and on a qualified invoice.
// Attributes: lang (zh|ja|en), rate ("10"|"8"), rounding (floor|half_up|ceil|half_even).
import { JpsellerElement, define, formatYen, h, noteText } from './base.js';
import { normalizeNumber } from './numbers.js';

const ROUNDINGS = ['floor', 'half_up', 'ceil', 'half_even'];
const RATES = ['10', '8'];

class TaxCalculator extends JpsellerElement {
  static get observedAttributes() {
    return ['lang', 'rate', 'rounding'];
  }

  static choices = { rate: RATES, rounding: ROUNDINGS, 'lines[].rate': RATES };

  static messages = {
    zh: {
      title: '消费税（JCT）计算', price: '价格（日元）', rate: '税率', rate10: '10%（标准）', rate8: '8%（轻减：食品饮料）',
      includesTax: '价格已含税（税込）', rounding: '尾数处理', floor: '舍去（切り捨て）', half_up: '四舍五入', ceil: '进位（切り上げ）', half_even: '银行家舍入',
      excl: '税前（税抜）', tax: '消费税', incl: '含税（税込）', invoice: '合格发票（インボイス）', amount: '单价', quantity: '数量', remove: '删除', addLine: '添加一行',
      pricesIncludeTax: '单价已含税', byRate: '按税率汇总', net: '税前', gross: '含税', total: '合计',
      invoiceNote: '发票上的消费税按每个税率合计后只舍入一次（不得逐行舍入）。', source: '依据',
    },
    ja: {
      title: '消費税（JCT）計算', price: '価格（円）', rate: '税率', rate10: '10%（標準）', rate8: '8%（軽減：飲食料品）',
      includesTax: '税込価格', rounding: '端数処理', floor: '切り捨て', half_up: '四捨五入', ceil: '切り上げ', half_even: '偶数丸め',
      excl: '税抜', tax: '消費税', incl: '税込', invoice: '適格請求書（インボイス）', amount: '単価', quantity: '数量', remove: '削除', addLine: '行を追加',
      pricesIncludeTax: '単価は税込', byRate: '税率ごとの集計', net: '税抜', gross: '税込', total: '合計',
      invoiceNote: 'インボイスの消費税は税率ごとに合計してから1回だけ端数処理します（行ごとの端数処理は不可）。', source: '根拠',
    },
    en: {
      title: 'Consumption tax (JCT)', price: 'Price (yen)', rate: 'Rate', rate10: '10% (standard)', rate8: '8% (reduced: food & drink)',
      includesTax: 'Price includes tax', rounding: 'Rounding', floor: 'Round down', half_up: 'Round half up', ceil: 'Round up', half_even: 'Round half to even',
      excl: 'Excl. tax', tax: 'Tax', incl: 'Incl. tax', invoice: 'Qualified invoice', amount: 'Unit price', quantity: 'Qty', remove: 'Remove', addLine: 'Add line',
      pricesIncludeTax: 'Unit prices include tax', byRate: 'Totals by rate', net: 'Net', gross: 'Gross', total: 'Total',
      invoiceNote: 'Invoice tax is rounded once per tax rate on the summed subtotal, never per line.', source: 'Source',
    },
  };

  static styles = `
    .results { display: grid; grid-template-columns: repeat(auto-fit, minmax(7em, 1fr)); gap: .6em; margin-top: .4em; }
    .results div { background: #fff; border: 1px solid var(--jpseller-border, #e1e4e8); border-radius: 6px; padding: .5em .7em; }
    .results span { display: block; }
    td input { width: 8em; }
    td input.qty { width: 5em; }
  `;

  constructor() {
    super();
    this.state = {
      price: '1980',
      rate: this.getAttribute('rate') ?? '10',
      includesTax: false,
      rounding: this.getAttribute('rounding') ?? 'floor',
      lines: [
        { amount: '1980', quantity: '2', rate: '10' },
        { amount: '540', quantity: '3', rate: '8' },
      ],
      pricesIncludeTax: false,
    };
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'rate' && newValue) this.state.rate = newValue;
    if (name === 'rounding' && newValue) this.state.rounding = newValue;
    super.attributeChangedCallback(name, oldValue, newValue);
  }

  render() {
    const s = this.state;
    const rateSelect = (value, onchange, label) =>
      h('select', { 'aria-label': label, onchange },
        h('option', { value: '10', selected: value === '10', text: this.t('rate10') }),
        h('option', { value: '8', selected: value === '8', text: this.t('rate8') }));

    this.single = {
      excl: h('span', { class: 'big', 'data-out': 'excl' }),
      tax: h('span', { class: 'big', 'data-out': 'tax' }),
      incl: h('span', { class: 'big', 'data-out': 'incl' }),
      error: h('p', { class: 'error', role: 'alert', 'data-out': 'error' }),
      source: h('p', { class: 'muted', 'data-out': 'source' }),
    };
    const single = h('section', { class: 'card', 'data-form': 'single' },
      h('h2', { text: this.t('title') }),
      h('label', {}, this.t('price'),
        h('input', { name: 'price', inputmode: 'numeric', autocomplete: 'off', value: s.price,
          oninput: (e) => { s.price = normalizeNumber(e.target.value); this.updateSingle(); } })),
      h('label', {}, this.t('rate'), rateSelect(s.rate, (e) => { s.rate = e.target.value; this.updateSingle(); }, this.t('rate'))),
      h('label', {}, this.t('rounding'),
        h('select', { name: 'rounding', onchange: (e) => { s.rounding = e.target.value; this.update(); } },
          ...ROUNDINGS.map((r) => h('option', { value: r, selected: s.rounding === r, text: this.t(r) })))),
      h('label', { class: 'inline' },
        h('input', { type: 'checkbox', name: 'includesTax', checked: s.includesTax,
          onchange: (e) => { s.includesTax = e.target.checked; this.updateSingle(); } }),
        this.t('includesTax')),
      h('div', { class: 'results', 'aria-live': 'polite' },
        h('div', {}, h('span', { class: 'muted', text: this.t('excl') }), this.single.excl),
        h('div', {}, h('span', { class: 'muted', text: this.t('tax') }), this.single.tax),
        h('div', {}, h('span', { class: 'muted', text: this.t('incl') }), this.single.incl)),
      this.single.error,
      this.single.source);

    this.invoice = {
      body: h('tbody'),
      totals: h('tbody', { 'data-out': 'invoice-totals' }),
      error: h('p', { class: 'error', role: 'alert' }),
    };
    const invoice = h('section', { class: 'card', 'data-form': 'invoice' },
      h('h2', { text: this.t('invoice') }),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { text: this.t('amount') }), h('th', { text: this.t('quantity') }), h('th', { text: this.t('rate') }), h('th'))),
        this.invoice.body),
      h('button', { type: 'button', onclick: () => { s.lines.push({ amount: '', quantity: '1', rate: '10' }); this.renderLines(); this.updateInvoice(); }, text: this.t('addLine') }),
      h('label', { class: 'inline' },
        h('input', { type: 'checkbox', name: 'pricesIncludeTax', checked: s.pricesIncludeTax,
          onchange: (e) => { s.pricesIncludeTax = e.target.checked; this.updateInvoice(); } }),
        this.t('pricesIncludeTax')),
      h('h3', { text: this.t('byRate') }),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { text: this.t('rate') }), h('th', { class: 'num', text: this.t('net') }), h('th', { class: 'num', text: this.t('tax') }), h('th', { class: 'num', text: this.t('gross') }))),
        this.invoice.totals),
      this.invoice.error,
      h('p', { class: 'muted', text: this.t('invoiceNote') }));

    this.shadowRoot.replaceChildren(single, invoice);
    this.renderLines();
    this.update();
  }

  renderLines() {
    const s = this.state;
    this.invoice.body.replaceChildren(...s.lines.map((line, i) =>
      h('tr', {},
        h('td', {}, h('input', { 'aria-label': `${this.t('amount')} ${i + 1}`, 'data-field': `lines[${i}].amount`, inputmode: 'numeric', value: line.amount,
          oninput: (e) => { line.amount = normalizeNumber(e.target.value); this.updateInvoice(); } })),
        h('td', {}, h('input', { class: 'qty', 'aria-label': `${this.t('quantity')} ${i + 1}`, 'data-field': `lines[${i}].quantity`, inputmode: 'numeric', value: line.quantity,
          oninput: (e) => { line.quantity = normalizeNumber(e.target.value); this.updateInvoice(); } })),
        h('td', {}, h('select', { 'aria-label': `${this.t('rate')} ${i + 1}`, onchange: (e) => { line.rate = e.target.value; this.updateInvoice(); } },
          h('option', { value: '10', selected: line.rate === '10', text: this.t('rate10') }),
          h('option', { value: '8', selected: line.rate === '8', text: this.t('rate8') }))),
        h('td', {}, h('button', { type: 'button', 'aria-label': `${this.t('remove')} ${i + 1}`, text: '×',
          onclick: () => { s.lines.splice(i, 1); this.renderLines(); this.updateInvoice(); } })))));
  }

  update() {
    this.updateSingle();
    this.updateInvoice();
  }

  updateSingle() {
    this.stateChanged();
    const { price, rate, includesTax, rounding } = this.state;
    const out = this.single;
    try {
      const result = this.api.priceWithTax({ price, rate, includesTax, rounding });
      out.excl.textContent = formatYen(result.excl);
      out.tax.textContent = formatYen(result.tax);
      out.incl.textContent = formatYen(result.incl);
      out.error.textContent = '';
      this.clearFieldErrors(this.shadowRoot.querySelector('[data-form="single"]'));
      out.source.replaceChildren(`${this.t('source')}: `, noteText('span', result.provenance, this.lang), ` (${this.t(`status_${result.provenance.status}`)})`);
      this.emit('priceWithTax', { result });
    } catch (error) {
      for (const key of ['excl', 'tax', 'incl']) out[key].textContent = '—';
      out.error.textContent = this.describeError(error);
      this.showFieldError(error, this.shadowRoot.querySelector('[data-form="single"]'));
    }
  }

  updateInvoice() {
    this.stateChanged();
    const { lines, pricesIncludeTax, rounding } = this.state;
    try {
      const result = this.api.invoiceTax({ lines, pricesIncludeTax, rounding });
      const row = (label, r) => h('tr', {}, h('td', { text: label }),
        h('td', { class: 'num', text: formatYen(r.net) }), h('td', { class: 'num', text: formatYen(r.tax) }), h('td', { class: 'num', text: formatYen(r.gross) }));
      this.invoice.totals.replaceChildren(...result.byRate.map((r) => row(`${r.rate}%`, r)), row(this.t('total'), result));
      this.invoice.error.textContent = '';
      this.clearFieldErrors(this.shadowRoot.querySelector('[data-form="invoice"]'));
      this.emit('invoiceTax', { result });
    } catch (error) {
      this.invoice.totals.replaceChildren();
      this.invoice.error.textContent = this.describeError(error);
      this.showFieldError(error, this.shadowRoot.querySelector('[data-form="invoice"]'));
    }
  }
}

define('jpseller-tax-calculator', TaxCalculator);
