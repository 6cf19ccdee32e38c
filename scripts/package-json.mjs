// Writes pkg/package.json for the published `jpseller` package (version from Cargo.toml).
const version = process.argv[2];
const pkg = {
  name: 'jpseller',
  version,
  description: 'Exact fees, JCT, campaign ROAS and Japanese copy compliance for cross-border sellers in Japan — WebAssembly, runs entirely client-side',
  license: 'MIT',
  type: 'module',
  main: './node.js',
  module: './jpseller.js',
  types: './jpseller.d.ts',
  bin: { jpseller: './cli.js' },
  exports: {
    '.': {
      types: './jpseller.d.ts',
      node: './node.js',
      default: './jpseller.js',
    },
    './jpseller_bg.wasm': './jpseller_bg.wasm',
    // Tax and fees only (a module a fraction of the full one's size), same API for those engines.
    './fees': {
      types: './fees/jpseller.d.ts',
      node: './fees/node.js',
      default: './fees/jpseller.js',
    },
    './fees/jpseller_bg.wasm': './fees/jpseller_bg.wasm',
    './widgets': {
      types: './widgets/index.d.ts',
      default: './widgets/index.js',
    },
    './package.json': './package.json',
  },
  files: ['jpseller.js', 'jpseller_glue.js', 'snippets/', 'jpseller.d.ts', 'jpseller_bg.wasm', 'jpseller_bg.wasm.d.ts', 'node.js', 'fees/', 'builds.js', 'cli.js', 'cli/', 'widgets/', 'README.md'],
  sideEffects: ['./widgets/*.js'],
  // Only `jpseller mcp` loads it (the stdio transport; its HTTP parts stay unused).
  dependencies: { '@modelcontextprotocol/sdk': '^1.32.2' },
  engines: { node: '>=20' },
  keywords: ['japan', 'rakuten', 'tiktok-shop', 'consumption-tax', 'jct', 'wasm', 'compliance'],
};
process.stdout.write(JSON.stringify(pkg, null, 2) + '\n');
