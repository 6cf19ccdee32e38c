// The committed fuzz corpora are packed, one file per target (fuzz/corpus/<target>.corpus), so the
// repository holds 26 files instead of ~40,000. Format: each input as a 4-byte little-endian
// length followed by its bytes, inputs sorted and distinct. libFuzzer works on directories of files:
//   node scripts/fuzz-corpus.mjs unpack            fuzz/corpus/*.corpus → fuzz/target/corpus/<target>/
//   node scripts/fuzz-corpus.mjs pack TARGET…      fuzz/target/corpus/<target>/ → fuzz/corpus/<target>.corpus
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packed = join(root, 'fuzz/corpus');
const unpacked = join(root, 'fuzz/target/corpus');

function readPacked(file) {
  const bytes = readFileSync(file);
  const inputs = [];
  for (let at = 0; at < bytes.length; ) {
    const length = bytes.readUInt32LE(at);
    inputs.push(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return inputs;
}

function pack(targets) {
  mkdirSync(packed, { recursive: true });
  for (const target of targets) {
    const dir = join(unpacked, target);
    const inputs = readdirSync(dir)
      .map((name) => readFileSync(join(dir, name)))
      .sort(Buffer.compare)
      .filter((input, i, sorted) => i === 0 || !input.equals(sorted[i - 1]));
    const parts = inputs.flatMap((input) => {
      const length = Buffer.alloc(4);
      length.writeUInt32LE(input.length);
      return [length, input];
    });
    writeFileSync(join(packed, `${target}.corpus`), Buffer.concat(parts));
    console.log(`packed ${inputs.length} inputs → fuzz/corpus/${target}.corpus`);
  }
}

function unpack() {
  if (!existsSync(packed)) return;
  for (const file of readdirSync(packed).filter((f) => f.endsWith('.corpus'))) {
    const dir = join(unpacked, file.slice(0, -'.corpus'.length));
    mkdirSync(dir, { recursive: true });
    for (const input of readPacked(join(packed, file))) {
      writeFileSync(join(dir, createHash('sha1').update(input).digest('hex')), input);
    }
  }
}

const [command, ...targets] = process.argv.slice(2);
if (command === 'pack') pack(targets);
else if (command === 'unpack') unpack();
else {
  console.error('usage: node scripts/fuzz-corpus.mjs unpack | pack TARGET…');
  process.exit(2);
}
