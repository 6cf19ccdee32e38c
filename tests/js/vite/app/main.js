// A bundler user's app: the package's browser entry with an explicit init, plus the widgets subpath.
import init, { priceWithTax, version } from 'jpseller';
import 'jpseller/widgets';

await init();
const result = priceWithTax({ price: '2980', rate: '10' });
document.getElementById('api-result').textContent = `${version()} ${result.incl}`;
