// Writes items.sjis.csv (Shift_JIS, as RMS exports it) from items.mjs with iconv-lite, the
// repository's dev dependency. Run from the repository root: node tests/js/cli/make-fixture.mjs
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { csvText } from './items.mjs';

writeFileSync(new URL('./items.sjis.csv', import.meta.url), iconv.encode(csvText(), 'Shift_JIS'));
