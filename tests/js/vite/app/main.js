// A bundler user's app: the package's browser entry with an explicit init, plus the widgets subpath.
import init, { priceWithTax, version } from 'jpseller';
import 'jpseller/widgets';

await init();
const result = priceWithTax({ price: '2980', rate: '10' });
document.getElementById('api-result').textContent = `${version()} ${result.incl}`;

// Bulk mode and the campaign simulator compute in Web Workers: the bundle must carry them.
const rows = await document.createElement('jpseller-bulk-checker').process('商品名,販売価格\n楽天最安値に挑戦,1000');
document.getElementById('bulk-result').textContent = rows[0].findings.map((f) => f.ruleId).join(' ');
