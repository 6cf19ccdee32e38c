// SARIF 2.1.0 for code-scanning UIs (GitHub, GitLab, VS Code's SARIF viewer): one run, the rules
// that fired with their citations, one result per finding with its region in the file.
// Columns are UTF-16 code units, SARIF's default columnKind, as the API's spans are.
import { locator } from './input.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' };

export function sarifLog(report, ruleInfos, version) {
  const { source, units, results, rules: metadata, lang } = report;
  const where = locator(source.text);
  const fired = [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const infoById = new Map(ruleInfos.map((r) => [r.id, r]));
  const rules = fired.map((id) => {
    // House rules (USER-NG-n) are not in the catalog: their metadata comes with the result.
    const info = infoById.get(id) ?? { title: metadata[id].title, citation: {}, defaultSeverity: 'error', category: 'house', status: null, tier: null };
    return {
      id,
      shortDescription: { text: info.title[lang] },
      ...(info.citation.url ? { helpUri: info.citation.url } : {}),
      help: { text: [info.citation.law, info.citation.article].filter(Boolean).join(' ') },
      defaultConfiguration: { level: LEVEL[info.defaultSeverity] },
      properties: { category: info.category, status: info.status, tier: info.tier },
    };
  });
  const sarifResults = [];
  units.forEach((unit, i) => {
    for (const f of results[i].findings) {
      const loc = where(unit, f);
      const region = loc.wholeText
        ? { startLine: loc.startLine }
        : { startLine: loc.startLine, startColumn: loc.startColumn, endLine: loc.endLine, endColumn: loc.endColumn, snippet: { text: f.text } };
      sarifResults.push({
        ruleId: f.ruleId,
        ruleIndex: fired.indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: metadata[f.ruleId].message[lang] + (metadata[f.ruleId].suggestions.length > 0 ? ` → ${metadata[f.ruleId].suggestions.join(' / ')}` : '') },
        locations: [{ physicalLocation: { artifactLocation: { uri: source.uri, index: 0 }, region } }],
        ...(unit.column ? { properties: { field: unit.column, key: unit.key, record: unit.record } } : {}),
      });
    }
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'jpseller', version, semanticVersion: version, rules } },
        artifacts: [{ location: { uri: source.uri }, encoding: source.encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8' }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
