// lint over a 10 MB synthetic listing corpus (bench/lint-corpus.mjs, fixed seed) with the default
// catalog, in wasm under Node — next to textlint + textlint-rule-prh (a prh dictionary generated
// from the same expanded literal patterns) and a naive single-alternation JS RegExp, all in this
// run — and over a hit-dense corpus (one NG line in six).
import { performance } from 'node:perf_hooks';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus } from './lint-corpus.mjs';

const MB = 1024 * 1024;
const CORPUS_BYTES = 10 * MB;
/** textlint+prh compiles one RegExp per dictionary entry and is far slower; it gets a slice. */
const PRH_SLICE_BYTES = 256 * 1024;

const utf8Length = (s) => Buffer.byteLength(s, 'utf8');

function timeOnce(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function best(fn, runs = 3) {
  fn(); // warm up (and compile the catalog once)
  let bestMs = Infinity;
  let value;
  for (let i = 0; i < runs; i++) {
    const r = timeOnce(fn);
    if (r.ms < bestMs) { bestMs = r.ms; value = r.value; }
  }
  return { ms: bestMs, value };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Slice `text` to about `bytes` of UTF-8, ending at a line break. */
function sliceBytes(text, bytes) {
  let chars = Math.floor(bytes / 3);
  const cut = text.indexOf('\n', chars);
  return cut < 0 ? text : text.slice(0, cut);
}

async function prhPeer(literals, text) {
  const [{ TextlintKernel }, prhModule, textPluginModule] = await Promise.all([
    import('@textlint/kernel'),
    import('textlint-rule-prh'),
    import('@textlint/textlint-plugin-text'),
  ]);
  // CommonJS packages: the namespace's default is module.exports, which may hold its own default.
  const unwrap = (m) => m.default?.default ?? m.default ?? m;
  const prh = unwrap(prhModule);
  const textPlugin = unwrap(textPluginModule);
  const dir = mkdtempSync(join(tmpdir(), 'jpseller-prh-'));
  try {
    const dict = join(dir, 'catalog.yml');
    const quote = (s) => JSON.stringify(s); // JSON strings are valid YAML scalars
    // Patterns go in as /regex/ strings: prh's own escaping turns `-` into `\-`, which its /u flag rejects.
    const rules = literals.map((l) => `  - expected: ${quote(`【要確認】${l}`)}\n    pattern: ${quote(`/${escape(l)}/`)}\n`).join('');
    writeFileSync(dict, `version: 1\nrules:\n${rules}`);
    const kernel = new TextlintKernel();
    const options = { ext: '.txt', plugins: [{ pluginId: 'text', plugin: textPlugin }], rules: [{ ruleId: 'prh', rule: prh, options: { rulePaths: [dict] } }] };
    await kernel.lintText('準備', options); // load the dictionary once
    const start = performance.now();
    const result = await kernel.lintText(text, options);
    return { ms: performance.now() - start, hits: result.messages.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run({ api, root }) {
  const rules = api.listRules();
  const details = rules.map((r) => api.explainRule(r.id));
  const literals = [...new Set(details.flatMap((d) => d.expanded))];
  const ngExamples = details.filter((d) => d.enabled).flatMap((d) => d.examples.ng);
  const { text, ngLines } = makeCorpus({ root, bytes: CORPUS_BYTES, ngExamples });
  const mb = utf8Length(text) / MB;

  const wasm = best(() => api.lint(text));
  if (wasm.value.truncated) throw new Error('lint truncated the bench corpus; lower the NG density');
  const wasmMBs = mb / (wasm.ms / 1000);

  // Issue 13's second target: one violating sentence in six lines.
  const dense = makeCorpus({ root, bytes: CORPUS_BYTES, ngExamples, ngEvery: 6 });
  const denseMB = utf8Length(dense.text) / MB;
  const denseRun = best(() => api.lint(dense.text));
  if (denseRun.value.truncated) throw new Error('lint truncated the hit-dense corpus');
  const denseMBs = denseMB / (denseRun.ms / 1000);

  const alternation = new RegExp(literals.sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  const naive = best(() => text.match(alternation)?.length ?? 0);
  const naiveMBs = mb / (naive.ms / 1000);

  const slice = sliceBytes(text, PRH_SLICE_BYTES);
  const prh = await prhPeer(literals, slice);
  const prhMBs = utf8Length(slice) / MB / (prh.ms / 1000);

  return [
    { metric: `lint ${mb.toFixed(1)} MB corpus (${ngLines} NG lines), default catalog`, unit: 'MB/s', jpseller: wasmMBs, peer: naiveMBs, peerName: 'naive JS RegExp alternation', ratio: wasmMBs / naiveMBs, target: '≥ 100 MB/s', pass: wasmMBs >= 100 },
    { metric: `lint ${denseMB.toFixed(1)} MB hit-dense corpus (${dense.ngLines} NG lines, 1 in 6), default catalog`, unit: 'MB/s', jpseller: denseMBs, target: '≥ 50 MB/s', pass: denseMBs >= 50 },
    { metric: `lint vs textlint+prh (${(utf8Length(slice) / 1024).toFixed(0)} KB slice for prh)`, unit: 'MB/s', jpseller: wasmMBs, peer: prhMBs, peerName: 'textlint + textlint-rule-prh', ratio: wasmMBs / prhMBs },
    { metric: 'lint findings on the corpus', unit: 'findings', jpseller: wasm.value.findings.length, peer: naive.value, peerName: 'naive JS RegExp (raw matches)' },
    { metric: 'lint catalog literals after expansion', unit: 'patterns', jpseller: literals.length, target: '≥ 600', pass: literals.length >= 600 },
  ];
}
