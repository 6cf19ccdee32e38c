// Registers every jpseller custom element. One import, one wasm instance for all of them:
//   <script type="module" src=".../widgets/index.js"></script>
import './tax-calculator.js';
import './fee-calculator.js';
import './marketplace-compare.js';
import './store-health.js';
import './campaign-simulator.js';
import './copy-checker.js';
import './bulk-checker.js';

export { loadJpseller } from './wasm.js';
