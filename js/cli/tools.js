// The MCP server's tools: each calls one API export with the tool's arguments and returns the
// API's JSON unchanged plus a one-paragraph summary. Input schemas come from the package's types
// (schemas.json, written at build time by scripts/mcp-schemas.mjs from jpseller.d.ts).
import { readFileSync } from 'node:fs';
import * as api from '../node.js';
import { yen } from './money.js';

const schemas = JSON.parse(readFileSync(new URL('./schemas.json', import.meta.url), 'utf8'));
const stringInput = (name, description) => ({ type: 'object', properties: { [name]: { type: 'string', description } }, required: [name], additionalProperties: false });
const reproducible = ' Pass asOf (YYYY-MM-DD) for a reproducible answer; it defaults to today.';

function withText(schema) {
  return { ...schema, properties: { text: { type: 'string', description: 'The Japanese copy to check, exactly as it will be published.' }, ...schema.properties }, required: ['text', ...(schema.required ?? [])] };
}

const money = (e) => `revenue ${yen(e.revenue.total)}, fees ${yen(e.fees.gross)}, payout ${yen(e.payout)}, profit ${yen(e.profit)}${e.margin === '' ? '' : ` (margin ${e.margin} %)`}`;
const unverified = (e) => (e.unverified ? ' Uses unverified preset rates: confirm them or replace them with overrides.' : '');

const findingLine = (f, rule) => `${f.severity.toUpperCase()} ${f.ruleId} 「${f.text || '(whole text)'}」: ${rule.title.en}${rule.suggestions.length ? ` → ${rule.suggestions.slice(0, 2).join(' / ')}` : ''}`;
const lintSummary = (r) => {
  const s = r.summary;
  const head = `${r.findings.length} findings: ${s.error} error, ${s.warning} warning, ${s.info} info${r.truncated ? ' (truncated)' : ''}.`;
  return [head, ...r.findings.slice(0, 10).map((f) => findingLine(f, r.rules[f.ruleId])), ...(r.findings.length > 10 ? [`… ${r.findings.length - 10} more in the JSON.`] : [])].join('\n');
};

export const TOOLS = [
  {
    name: 'lint_copy',
    description: 'Check Japanese listing or post copy against 景品表示法, ステマ規制, 薬機法, 健康増進法 and platform rules. Returns every finding with its UTF-16 span, severity, zh/ja/en message, legal citation and suggested rewrites. Set productClass and channel for the rules that depend on them.',
    inputSchema: withText(schemas.LintOptions),
    call: ({ text, ...options }) => api.lint(text, options),
    summary: lintSummary,
  },
  {
    name: 'lint_listings',
    description: 'Lint many texts (rows of a listing file) with one set of lint options; one result per text and the summed counts.',
    inputSchema: { ...schemas.LintOptions, properties: { texts: { type: 'array', items: { type: 'string' } }, ...schemas.LintOptions.properties }, required: ['texts'] },
    call: ({ texts, ...options }) => api.lintBatch(texts, options),
    summary: (r) => `${r.results.length} texts: ${r.summary.error} error, ${r.summary.warning} warning, ${r.summary.info} info; ${r.results.filter((x) => x.summary.error > 0).length} texts have errors.`,
  },
  {
    name: 'explain_rule',
    description: 'Everything about one lint rule: what it catches, its legal source, NG/OK examples, patterns and suggested rewrites.',
    inputSchema: stringInput('id', 'A rule id as lint_copy reports it, e.g. "KH-NO1".'),
    call: ({ id }) => api.explainRule(id),
    summary: (r) => `${r.id} (${r.defaultSeverity}, ${r.category}, ${r.status}): ${r.title.en}. ${r.citation.law} ${r.citation.article}`.trim(),
  },
  {
    name: 'list_rules',
    description: 'Every lint rule with its severity under the given lint options (null = off).',
    inputSchema: schemas.LintOptions,
    call: (options) => ({ rules: api.listRules(options) }),
    summary: (r) => `${r.rules.length} rules, ${r.rules.filter((x) => x.enabled).length} enabled under these options.`,
  },
  {
    name: 'estimate_order',
    description: `One order's fees line by line (platform fees, points, affiliate, ads, fulfilment), the fee invoice's consumption tax, payout, the seller's JCT, profit and margin, for Rakuten, TikTok Shop JP, Amazon.co.jp, Yahoo! or Qoo10. Every rate carries its source and status.${reproducible}`,
    inputSchema: schemas.EstimateOrderInput,
    call: (input) => api.estimateOrder(input),
    summary: (e) => `${e.platform}/${e.plan} on ${e.asOf}: ${money(e)}.${unverified(e)}`,
  },
  {
    name: 'estimate_month',
    description: `A month's P&L from its orders (rows or CSV text) or totals: marginal fee tiers on the month, fixed fees once, the fee invoice's tax rounded once per rate.${reproducible}`,
    inputSchema: schemas.EstimateMonthInput,
    call: (input) => api.estimateMonth(input),
    summary: (m) => `${m.platform}/${m.plan} on ${m.asOf}: ${m.orders} orders, ${money(m)}, fee rate ${m.feeRate} %.${unverified(m)}`,
  },
  {
    name: 'compare_marketplaces',
    description: `Rank the marketplaces by profit for one product at one price, with each platform's full estimate; platforms that cannot be estimated (e.g. Amazon without a category) are listed as skipped with the reason.${reproducible}`,
    inputSchema: schemas.CompareMarketplacesInput,
    call: (input) => api.compareMarketplaces(input),
    summary: (c) =>
      [
        ...c.ranking.map((r) => `${r.rank}. ${r.platform}/${r.plan}: profit ${yen(r.profit)}${r.margin === '' ? '' : ` (${r.margin} %)`}, fees ${yen(r.fees)}${r.unverified ? ' *unverified rates' : ''}`),
        ...c.skipped.map((s) => `skipped ${s.platform}: [${s.code}] ${s.reason}`),
      ].join('\n'),
  },
  {
    name: 'solve_price',
    description: `Solve an order for the price (or the largest ad spend, or commission rate) that breaks even or reaches a target margin or profit.${reproducible}`,
    inputSchema: schemas.SolvePriceInput,
    call: (input) => api.solvePrice(input),
    summary: (s) => `${s.solve} = ${s.solve === 'max_commission_rate' ? `${s.value} %` : yen(s.value)} for target ${s.target.kind}; at that value: ${money(s.at)}.${unverified(s.at)}`,
  },
  {
    name: 'price_with_tax',
    description: 'Japanese consumption tax (JCT) on one price: tax-exclusive, tax and tax-inclusive amounts at 10 % or 8 % with explicit rounding.',
    inputSchema: schemas.PriceWithTaxInput,
    call: (input) => api.priceWithTax(input),
    summary: (r) => `${yen(r.excl)} + tax ${yen(r.tax)} (${r.rate} %, ${r.rounding}) = ${yen(r.incl)}.`,
  },
  {
    name: 'invoice_tax',
    description: 'Consumption tax of a qualified invoice (適格請求書): rounded once per tax rate over all lines, as the invoice system requires.',
    inputSchema: schemas.InvoiceTaxInput,
    call: (input) => api.invoiceTax(input),
    summary: (r) => `${r.byRate.map((b) => `${b.rate} %: ${yen(b.net)} + ${yen(b.tax)}`).join('; ')} — total ${yen(r.gross)} (tax ${yen(r.tax)}).`,
  },
  {
    name: 'import_tax',
    description: `Import duty and import consumption tax on goods entering Japan (customs value, duty, national and local JCT).${reproducible}`,
    inputSchema: schemas.ImportTaxInput,
    call: (input) => api.importTax(input),
    summary: (r) => `customs value ${yen(r.customsValue)}: duty ${yen(r.duty)}, import JCT ${yen(r.importJct)}, total ${yen(r.total)}${r.exempt ? ' (exempt)' : ''}.`,
  },
  {
    name: 'fee_schedules',
    description: `The fee rules of every platform and plan in force on asOf, each with its source, effective date and evidence status; rule ids are the keys for overrides.${reproducible}`,
    inputSchema: schemas.FeeSchedulesInput,
    call: (input) => api.feeSchedules(input),
    summary: (r) => `${r.asOf ?? 'all dates'}: ${r.platforms.map((p) => `${p.platform} (${p.rules.length} rules)`).join(', ')}.`,
  },
  {
    name: 'store_health',
    description: 'Store health from order rows or an order CSV: complaint, cancellation, late-shipment, return, non-delivery rates and review score against the marketplace thresholds, with the orders behind each number, trends and next actions.',
    inputSchema: schemas.StoreHealthInput,
    call: (input) => api.storeHealth(input),
    summary: (h) =>
      [
        `${h.window.from}–${h.window.to}: ${h.ordersInWindow} orders, overall ${h.overallBand}.`,
        ...h.metrics.map((m) => `${m.id}: ${m.value ?? 'n/a'}${m.unit === 'percent' ? ' %' : ''} (${m.band}, ${m.trend})`),
        ...h.actions.map((a) => `action: ${a.text}${a.deadline ? ` by ${a.deadline}` : ''}`),
      ].join('\n'),
  },
  {
    name: 'reply_risk',
    description: 'Customer-message reply deadlines (inquiries, sale periods, creator comments, TikTok) and which are overdue or would pause a post.',
    inputSchema: schemas.ReplyRiskInput,
    call: (input) => api.replyRisk(input),
    summary: (r) => `${r.counts.open} open, ${r.counts.overdue} overdue, ${r.counts.answeredLate} answered late; pause ${r.pauseTriggered ? 'TRIGGERED' : 'not triggered'}.`,
  },
  {
    name: 'normalize_number',
    description: 'Read a number as people type it ("¥3,980", "１２.５％", "3,980円") into the plain decimal the other tools take.',
    inputSchema: stringInput('text', 'The number as typed.'),
    call: ({ text }) => ({ value: api.normalizeNumber(text) }),
    summary: (r) => r.value,
  },
];

/** A tools/call result: the API's JSON (structured and as text) and a summary, or the API's error. */
export function callTool(name, args) {
  const tool = TOOLS.find((t) => t.name === name);
  if (!tool) return errorResult({ code: 'unknown_tool', field: '', message: `no tool named ${JSON.stringify(name)}` });
  let result;
  try {
    result = tool.call(args ?? {});
  } catch (error) {
    if (error?.name !== 'JpsellerError') throw error;
    return errorResult({ code: error.code, field: error.field, message: error.message });
  }
  return {
    content: [
      { type: 'text', text: tool.summary(result) },
      { type: 'text', text: JSON.stringify(result) },
    ],
    structuredContent: result,
  };
}

function errorResult(error) {
  return { isError: true, content: [{ type: 'text', text: `error [${error.code}] ${error.message}` }], structuredContent: { error } };
}
