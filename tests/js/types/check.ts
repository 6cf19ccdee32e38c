// Type-checked (tsc --strict --noEmit) against the installed tarball: the published .d.ts files
// must compile and describe real shapes, so misuse below is a type error, not `any`.
import init, { priceWithTax, invoiceTax, version, type PriceWithTaxResult, type JpsellerError } from 'jpseller';
import { loadJpseller, type JpsellerBulkChecker } from 'jpseller/widgets';

const result: PriceWithTaxResult = priceWithTax({ price: '1980', rate: '10', includesTax: false, rounding: 'floor' });
const incl: string = result.incl;
const byRate: string[] = invoiceTax({ lines: [{ amount: 100, quantity: 2, rate: 'reduced' }] }).byRate.map((r) => r.tax);
const v: string = version();

// @ts-expect-error — rounding is a closed union
priceWithTax({ price: '1', rate: '10', rounding: 'up' });
// @ts-expect-error — the result's yen are strings, not numbers
const wrong: number = result.tax;

function describe(error: unknown): string {
  const e = error as JpsellerError;
  return `${e.code} ${e.field}`;
}

async function widgets(): Promise<void> {
  await init();
  const api = await loadJpseller();
  api.priceWithTax({ price: 1, rate: 8 });
  const bulk: JpsellerBulkChecker = document.createElement('jpseller-bulk-checker');
  const rows = await bulk.process('商品名,販売価格\nA,1000');
  const first: number | undefined = rows[0]?.row;
  document.addEventListener('jpseller:result', (event) => event.detail.kind.toUpperCase());
  void first;
}

void [incl, byRate, v, wrong, describe, widgets];
