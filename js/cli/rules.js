// `jpseller rules` and `jpseller explain <id>`: the linter's catalog (listRules, explainRule).
import { explainRule, listRules } from '../node.js';
import { UsageError, oneOf, parse } from './args.js';
import { lintFlags, lintOptions } from './lint.js';

export const rulesHelp = `Usage: jpseller rules [lint options] [--format text|json] [--lang zh|ja|en]

Lists every rule with its severity under the given lint options (listRules); the lint options are
those of \`jpseller lint\` (--product-class, --channel, --strictness, --rule, --preset, --options …).`;

export const explainHelp = `Usage: jpseller explain <RULE-ID> [--format text|json] [--lang zh|ja|en]

A rule's full metadata with its citation and NG/OK examples (explainRule).`;

export function rules(argv, io) {
  const { values } = parse(argv, { ...lintFlags, format: { type: 'string', default: 'text' } });
  if (values.help) return io.out(rulesHelp + '\n'), 0;
  const format = oneOf(values, 'format', ['text', 'json']);
  const list = listRules(lintOptions(values));
  if (format === 'json') io.out(JSON.stringify(list, null, 2) + '\n');
  else io.out(list.map((r) => `${r.id.padEnd(20)} ${(r.severity ?? 'off').padEnd(8)} ${r.title[values.lang]}`).join('\n') + '\n');
  return 0;
}

export function explain(argv, io) {
  const { values, positionals } = parse(argv, { format: { type: 'string', default: 'text' } }, { positionals: 1 });
  if (values.help) return io.out(explainHelp + '\n'), 0;
  if (positionals[0] === undefined) throw new UsageError('give a rule id, e.g. jpseller explain KH-NO1');
  const format = oneOf(values, 'format', ['text', 'json']);
  const rule = explainRule(positionals[0]);
  if (format === 'json') {
    io.out(JSON.stringify(rule, null, 2) + '\n');
    return 0;
  }
  const lang = values.lang;
  const c = rule.citation;
  io.out(
    [
      `${rule.id}  ${rule.defaultSeverity}  ${rule.title[lang]}`,
      rule.message[lang],
      `${[c.law, c.article, c.date].filter(Boolean).join(' ')}${c.url ? `  ${c.url}` : ''}  (${rule.status})`,
      ...rule.examples.ng.map((s) => `  NG: ${s}`),
      ...rule.examples.ok.map((s) => `  OK: ${s}`),
      ...(rule.suggestions.length > 0 ? [`  → ${rule.suggestions.join(' / ')}`] : []),
    ].join('\n') + '\n',
  );
  return 0;
}
