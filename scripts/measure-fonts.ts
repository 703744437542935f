/**
 * `npm run fonts:measure [-- other.ttf …]`: how much of each CJK block the bundled fonts (and any TTF/OTF files
 * given) cover, whether they draw the rare characters of names, and their size: the table in README.md.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { locateBundledFonts } from '../src/lib/fonts/bundled-fonts.ts';
import { CJK_BLOCKS, countByBlock } from '../src/lib/fonts/cjk-blocks.ts';
import { readCoverage, type CoverageTest } from '../src/lib/share/font-coverage.ts';

const SAMPLES = [...'𠮷䶮𬌗堃喆昇𰻞'];
const fonts = [
  ...locateBundledFonts().map((family) => ({ name: `${family.name} (${family.package})`, file: family.paths[400] })),
  ...process.argv.slice(2).map((file) => ({ name: path.basename(file), file })),
];

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
console.log(row(['font', 'regular face', ...CJK_BLOCKS.map((b) => b.name), ...SAMPLES]));
console.log(row(['---', '---:', ...CJK_BLOCKS.map(() => '---:'), ...SAMPLES.map(() => ':-:')]));
const union: CoverageTest[] = [];
for (const font of fonts) {
  const covers = readCoverage(new Uint8Array(readFileSync(font.file)));
  union.push(covers);
  const counts = countByBlock(covers);
  const megabytes = `${(statSync(font.file).size / 1e6).toFixed(1)} MB`;
  console.log(row([font.name, megabytes, ...CJK_BLOCKS.map((b) => counts[b.name]!), ...SAMPLES.map((c) => (covers(c.codePointAt(0)!) ? '✓' : '✗'))]));
}
const all: CoverageTest = (codePoint) => union.some((covers) => covers(codePoint));
const total = countByBlock(all);
console.log(row(['**all together**', '', ...CJK_BLOCKS.map((b) => `**${total[b.name]}**`), ...SAMPLES.map((c) => (all(c.codePointAt(0)!) ? '✓' : '✗'))]));
console.log(row(['block size', '', ...CJK_BLOCKS.map((b) => b.last - b.first + 1), ...SAMPLES.map(() => '')]));
