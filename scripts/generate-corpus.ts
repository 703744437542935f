/**
 * Writes a large generated content tree for benchmarks, outside `content/`:
 * `npm run generate -- --preset large --out /tmp/gsl-large [--seed 1]`
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus/corpus.ts';
import { findOutputProblem, writeTree } from './bench/corpus/output-folder.ts';
import { PRESETS, isPresetName } from './bench/corpus/presets.ts';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const preset = values.preset;
if (!isPresetName(preset)) {
  console.error(`未知的规模“${preset}”，可选：${Object.keys(PRESETS).join('、')}`);
  process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) {
  console.error(`--seed 应当是非负整数，收到“${values.seed}”`);
  process.exit(2);
}
const out = values.out ?? `/tmp/gsl-${preset}`;
const problem = findOutputProblem(out, path.resolve('content'));
if (problem) {
  console.error(problem);
  process.exit(1);
}

const started = performance.now();
const corpus = generateCorpus(preset, seed);
const generated = performance.now();
writeTree(out, corpus.files);
const written = performance.now();
let bytes = 0;
for (const text of corpus.files.values()) bytes += Buffer.byteLength(text);
const { reports, stories, honors, enterprises, years } = corpus.counts;
console.log(
  `${path.resolve(out)}: ${preset}, seed ${seed} — ${years} years, ${reports} reports, ${stories} stories, ` +
    `${honors} honour lists, ${enterprises} enterprises; ${corpus.files.size} files, ${(bytes / 1048576).toFixed(1)} MB; ` +
    `generated in ${((generated - started) / 1000).toFixed(2)} s, written in ${((written - generated) / 1000).toFixed(2)} s`,
);
