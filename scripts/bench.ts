/**
 * `npm run bench -- [--preset small|large|huge] [--runs 3] [--seed 1] [--no-hexo] [--no-hugo]`:
 * generates the preset on tmpfs, builds it cold and warm (unchanged, one report edited, one enterprise
 * renamed), builds the same reports and stories with Hexo and Hugo in the same rounds, prints one table
 * and writes it as JSON to bench/results/<preset>.json. Run by hand; never part of `npm test`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus/corpus.ts';
import { writeTree } from './bench/corpus/output-folder.ts';
import { isPresetName } from './bench/corpus/presets.ts';
import { buildSite } from './bench/astro-build.ts';
import { readPost, renderPost } from './bench/convert-posts.ts';
import { appendParagraph, mostCitedEnterprise, renameEnterprise } from './bench/edits.ts';
import { formatTable } from './bench/format-table.ts';
import { buildHexo, installHexo, setUpHexoSite } from './bench/hexo.ts';
import { buildHugo, installHugo, setUpHugoSite } from './bench/hugo.ts';
import { folderSize, measurePageWeights, type PageWeights } from './bench/page-weight.ts';
import { formatBytes, formatSeconds, formatSpread, summarize } from './bench/stats.ts';
import { checkTargets, spreadPhases, type Measured } from './bench/summary.ts';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'no-hexo': { type: 'boolean', default: false },
    'no-hugo': { type: 'boolean', default: false },
    root: { type: 'string', default: '/dev/shm/gsl-bench' },
  },
});
const preset = values.preset;
if (!isPresetName(preset)) throw new Error(`unknown preset "${preset}" (small, large, huge)`);
const runs = Number(values.runs);
const seed = Number(values.seed);
const project = process.cwd();
const work = path.join(values.root, preset);
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const outLink = path.join(project, 'bench', '.out', preset);
// Share images, archives and the search index keep their caches here, apart from the project's own; cold builds clear it.
const cacheRoot = path.join(work, 'caches');
const log = (message: string) => console.error(`[bench] ${message}`);

mkdirSync(path.join(project, 'bench', 'results'), { recursive: true });
const corpus = generateCorpus(preset, seed);
const storyTexts = [...corpus.files].filter(([p]) => p.startsWith('stories/')).map(([, text]) => text);
const reportPath = [...corpus.files.keys()].filter((p) => p.startsWith('reports/')).pop() ?? '';
const enterprisePath = `enterprises/${mostCitedEnterprise(storyTexts) ?? ''}.yaml`;
const posts = new Map<string, string>();
for (const [file, text] of corpus.files) {
  const match = /^(reports|stories)\/(\d{4})\/(.+)$/.exec(file);
  if (match) posts.set(`${match[2]}-${match[1]?.[0]}-${match[3]}`, renderPost(readPost(text)));
}

const hexoSite = path.join(values.root, `hexo-${preset}`);
const hugoSite = path.join(values.root, `hugo-${preset}`);
const hugoVersion = values['no-hugo'] ? undefined : await installHugo(log);
if (!values['no-hexo']) {
  await installHexo(log);
  setUpHexoSite(hexoSite, posts);
}
if (hugoVersion) setUpHugoSite(hugoSite, posts);

const scenarios = ['cold', 'unchanged', 'report edited', 'enterprise renamed'] as const;
const astro: Record<(typeof scenarios)[number], Measured[]> = { cold: [], unchanged: [], 'report edited': [], 'enterprise renamed': [] };
const contenders = { hexo: { cold: [] as number[], warm: [] as number[] }, hugo: { cold: [] as number[], warm: [] as number[] } };
const peaks: number[] = [];
let weights: PageWeights | undefined;
let sizes = { dist: 0, index: 0, files: 0 };

const failures: string[] = [];
const measure = async (scenario: (typeof scenarios)[number]) => {
  let build: Awaited<ReturnType<typeof buildSite>>;
  try {
    build = await buildSite(project, { contentDir, outDir, outLink, cacheRoot }, scenario === 'cold');
  } catch (error) {
    // One failed build (say, an integration being rewritten) should not throw away the other measurements.
    failures.push(`${scenario}: ${(error as Error).message.split('\n').slice(0, 12).join('\n')}`);
    log(`astro ${scenario} FAILED: ${(error as Error).message.split('\n')[0] ?? ''}`);
    return;
  }
  if (scenario === 'cold' && astro.cold.length === 0) {
    const lines = build.run.lines.filter((line) => !/[├└]─/.test(line.text)).map((line) => `${formatSeconds(line.t).padStart(8)}  ${line.text}`);
    writeFileSync(path.join(project, 'bench', 'results', `${preset}-cold-build.log`), `${lines.join('\n')}\n`);
  }
  astro[scenario].push({ ...build.phases, wall: build.run.wallMs, ...(build.run.peakRssBytes ? { peakRss: build.run.peakRssBytes } : {}) });
  if (build.run.peakRssBytes) peaks.push(build.run.peakRssBytes);
  log(`astro ${scenario}: ${formatSeconds(build.run.wallMs)} s — ${JSON.stringify(build.phases)}`);
};

for (let round = 1; round <= runs; round++) {
  log(`round ${round}/${runs}: ${preset} (${corpus.files.size} files) in ${contentDir}`);
  writeTree(contentDir, corpus.files);
  await measure('cold');
  if (round === 1 && astro.cold.length > 0) {
    weights = measurePageWeights(outDir, new URL('https://gsl.example.cn').host);
    sizes = { dist: folderSize(outDir), index: folderSize(path.join(outDir, 'pagefind')), files: readdirSync(outDir, { recursive: true }).length };
  }
  await measure('unchanged');
  writeFileSync(path.join(contentDir, reportPath), appendParagraph(readFileSync(path.join(contentDir, reportPath), 'utf8')));
  await measure('report edited');
  writeFileSync(path.join(contentDir, enterprisePath), renameEnterprise(readFileSync(path.join(contentDir, enterprisePath), 'utf8')));
  await measure('enterprise renamed');
  if (!values['no-hexo']) {
    contenders.hexo.cold.push((await buildHexo(hexoSite, true)).wallMs);
    contenders.hexo.warm.push((await buildHexo(hexoSite, false)).wallMs);
    log(`hexo: ${formatSeconds(contenders.hexo.cold.at(-1))} s cold, ${formatSeconds(contenders.hexo.warm.at(-1))} s warm`);
  }
  if (hugoVersion) {
    contenders.hugo.cold.push((await buildHugo(hugoSite, true)).wallMs);
    contenders.hugo.warm.push((await buildHugo(hugoSite, false)).wallMs);
    log(`hugo: ${formatSeconds(contenders.hugo.cold.at(-1))} s cold, ${formatSeconds(contenders.hugo.warm.at(-1))} s warm`);
  }
}

const spreads = Object.fromEntries(scenarios.map((s) => [s, spreadPhases(astro[s])])) as Record<(typeof scenarios)[number], ReturnType<typeof spreadPhases>>;
const hexo = { cold: summarize(contenders.hexo.cold), warm: summarize(contenders.hexo.warm) };
const hugo = { cold: summarize(contenders.hugo.cold), warm: summarize(contenders.hugo.warm) };
const peakRss = peaks.length ? Math.max(...peaks) : undefined;
const med = (s: { median: number } | undefined) => s?.median;
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : Number((a / b).toFixed(2)));
const ratios = {
  hexoCold: ratio(med(spreads.cold.pages), med(hexo.cold)),
  hexoWarm: ratio(med(spreads.unchanged.pages), med(hexo.warm)),
  hugoCold: ratio(med(spreads.cold.pages), med(hugo.cold)),
  hugoWarm: ratio(med(spreads.unchanged.pages), med(hugo.warm)),
};
const targets = checkTargets({ cold: spreads.cold, warm: spreads.unchanged, hexo, hugo, peakRss, weights });

const timingRows = scenarios.map((s) => {
  const p = spreads[s];
  return [`ours: ${s}`, formatSpread(p.wall), formatSeconds(med(p.startup)), formatSeconds(med(p.check)), formatSeconds(med(p.content)), formatSeconds(med(p.bundle)), formatSeconds(med(p.pages)), formatSeconds(med(p.images)), formatSeconds(med(p.index)), formatSeconds(med(p.archives)), `${med(p.imagesRendered) ?? '—'}/${med(p.imagesSkipped) ?? '—'}`, formatBytes(p.peakRss?.max)];
});
for (const [name, data] of [['hexo', hexo], ['hugo', hugo]] as const) {
  for (const kind of ['cold', 'warm'] as const) if (data[kind]) timingRows.push([`${name}: ${kind}`, formatSpread(data[kind]), '', '', '', '', formatSeconds(data[kind]?.median), '', '', '', '', '']);
}
const pagesPerSecond = spreads.cold.pageCount && spreads.cold.pages ? Math.round(spreads.cold.pageCount.median / (spreads.cold.pages.median / 1000)) : undefined;
const table = [
  `npm run bench — preset ${preset}, seed ${seed}, ${runs} run(s), ${os.cpus().length} CPUs, Node ${process.version}, output on ${values.root}`,
  `corpus: ${corpus.counts.reports} reports, ${corpus.counts.stories} stories, ${corpus.counts.honors} honour lists, ${corpus.counts.enterprises} enterprises over ${corpus.counts.years} years; Hexo/Hugo get ${posts.size} posts`,
  '',
  formatTable(['build (s; total min / median / max)', 'total', 'startup', 'check', 'content', 'bundle', 'pages', 'images', 'index', 'archives', 'img new/cached', 'peak RSS'], timingRows),
  '',
  `pages: ${med(spreads.cold.pageCount) ?? '—'} (${pagesPerSecond ?? '—'} pages/s in the page phase); dist/ ${formatBytes(sizes.dist)} in ${sizes.files} files; search index ${formatBytes(sizes.index)}`,
  `our page phase ÷ Hexo: ${ratios.hexoCold ?? '—'} cold, ${ratios.hexoWarm ?? '—'} warm; ÷ Hugo: ${ratios.hugoCold ?? '—'} cold, ${ratios.hugoWarm ?? '—'} warm${hugoVersion ? ` (${hugoVersion.split(' ')[1] ?? ''})` : ''}`,
  '',
  formatTable(['page weight (HTML+CSS+JS, gzip)', 'pages', 'median', 'largest', 'largest page'], Object.entries(weights?.byType ?? {}).map(([type, w]) => [type, String(w.pages), formatBytes(w.medianGzip), formatBytes(w.maxGzip), w.maxPath])),
  `largest page: ${weights?.largest ? `${weights.largest.path} ${formatBytes(weights.largest.gzip)}` : '—'}; font bytes ${weights?.fontBytes ?? '—'}; third-party requests ${weights?.thirdPartyRequests.length ?? '—'}`,
  '',
  formatTable(['target (issue 7)', 'met', 'measured'], targets.map((t) => [t.target, t.ok === undefined ? '—' : t.ok ? 'yes' : 'NO', t.measured])),
  ...(failures.length ? ['', 'FAILED BUILDS:', ...failures] : []),
].join('\n');
console.log(table);

const resultsDir = path.join(project, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const result = {
  preset, seed, runs, date: new Date().toISOString(), machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg(), hugo: hugoVersion },
  corpus: corpus.counts, posts: posts.size, edited: { report: reportPath, enterprise: enterprisePath },
  ours: spreads, failures, hexo, hugo, ratios, pagesPerSecond, sizes, peakRss, weights, targets, raw: { ours: astro, contenders },
};
writeFileSync(path.join(resultsDir, `${preset}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(path.join(resultsDir, `${preset}.txt`), `${table}\n`);
log(`written bench/results/${preset}.json and ${preset}.txt`);
