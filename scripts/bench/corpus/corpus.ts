import { foundedBy, generateEnterprises, type Enterprise } from './enterprises.ts';
import { toYaml } from './front-matter.ts';
import { generateHonor, renderHonor } from './honors.ts';
import { personName } from './people.ts';
import { CITY, PLACES } from './places.ts';
import { PRESETS, spreadOverYears, type PresetName } from './presets.ts';
import { themesOf } from './prose.ts';
import { createRandom, type Random } from './random.ts';
import { generateReport, renderReport, type ReportKind } from './reports.ts';
import { generateStory, renderStory } from './stories.ts';

/** The file that marks a folder as generated, so the CLI may overwrite it; never present in `content/`. */
export const MARKER_FILE = '.gsl-generated.json';

/** A generated tree: relative path → file text, in sorted path order, and how many of each kind. */
export interface Corpus {
  files: Map<string, string>;
  counts: { reports: number; stories: number; honors: number; enterprises: number; years: number };
}

const SITE_YAML = `name: ${CITY.name}工商业联合会（总商会）
shortName: ${CITY.short}工商联
description: 生成的基准测试站点：${CITY.name}工商联历年工作报告、表彰名单与企业故事
baseUrl: https://gsl.example.cn
colors:
  primary: "#a4161a"
  accent: "#c9a227"
footer:
  - 主办：${CITY.name}工商业联合会（总商会）
  - 本站内容由基准测试生成器生成，纯属虚构
icp: 锦ICP备2024000001号-1
`;

/** Distinct dates of a year, ascending: `count` days spread over the year. */
function datesOf(random: Random, year: number, count: number): Date[] {
  const days = Array.from({ length: count }, () => random.int(0, 358));
  return days.sort((a, b) => a - b).map((day) => new Date(Date.UTC(year, 0, 2 + day)));
}

/** Adds `-2`, `-3`… until the slug is unused in its folder: `uniqueSlug('zhiwei-10-1', used)`. */
function uniqueSlug(stem: string, used: Set<string>): string {
  let slug = stem;
  for (let n = 2; used.has(slug); n++) slug = `${stem}-${n}`;
  used.add(slug);
  return slug;
}

function pickReportKind(random: Random, index: number): ReportKind {
  if (index === 0) return 'zhiwei';
  if (index === 1) return 'zongjie';
  return random.pick<ReportKind>(['changwei', 'changwei', 'theme', 'county', 'county', 'zhiwei']);
}

function renderEnterprise(e: Enterprise): string {
  return toYaml({ name: e.name, aliases: e.aliases, county: e.county, industry: e.industry.name, founded: e.founded, profile: e.profile });
}

/** Generates a whole content tree for a preset; the same preset and seed give byte-identical files. */
export function generateCorpus(presetName: PresetName, seed: number): Corpus {
  const preset = PRESETS[presetName];
  const root = createRandom(seed);
  const places = PLACES.slice(0, preset.counties);
  const enterprises = generateEnterprises(root.fork('enterprises'), preset.enterprises, places);
  const files = new Map<string, string>([['site.yaml', SITE_YAML]]);
  for (const e of enterprises) files.set(`enterprises/${e.slug}.yaml`, renderEnterprise(e));
  const chairs = root.fork('chairs');
  const chairOfTerm = new Map<number, string>();
  const years = Array.from({ length: preset.lastYear - preset.firstYear + 1 }, (_, i) => preset.firstYear + i);
  const perYear = {
    reports: spreadOverYears(preset.reports, preset.firstYear, preset.lastYear),
    stories: spreadOverYears(preset.stories, preset.firstYear, preset.lastYear),
    honors: spreadOverYears(preset.honors, preset.firstYear, preset.lastYear),
  };
  for (const [i, year] of years.entries()) {
    const random = root.fork(`year-${year}`);
    const existing = foundedBy(enterprises, year);
    const themes = themesOf(year);
    const term = 8 + Math.floor((year - 1996) / 5);
    if (!chairOfTerm.has(term)) chairOfTerm.set(term, personName(chairs));
    let session = 0;
    const used = new Set<string>();
    for (const [n, date] of datesOf(random, year, perYear.reports[i] ?? 0).entries()) {
      const kind = pickReportKind(random, n);
      if (kind === 'zhiwei' || kind === 'changwei') session++;
      const county = random.pick(places);
      const report = generateReport(random, {
        kind, date, county,
        term: kind === 'county' ? 1 + Math.floor((year - 1986) / 5) : term,
        session: kind === 'theme' ? n : session,
        chair: kind === 'county' ? personName(random) : (chairOfTerm.get(term) ?? ''),
        context: { year, themes, enterpriseNames: random.sample(existing, 6).map((e) => e.name) },
      });
      files.set(`reports/${year}/${uniqueSlug(report.slugStem, used)}.md`, renderReport(report));
    }
    used.clear();
    for (const [n, date] of datesOf(random, year, perYear.honors[i] ?? 0).entries()) {
      const theme = themes.length > 0 && random.chance(0.8) ? random.pick(themes) : undefined;
      const honor = generateHonor(random, { date, sequence: n, theme, enterprises: existing, places });
      files.set(`honors/${year}/${uniqueSlug(honor.slugStem, used)}.md`, renderHonor(honor));
    }
    used.clear();
    for (const date of datesOf(random, year, perYear.stories[i] ?? 0)) {
      const about = random.sample(existing, random.chance(0.7) ? 1 : random.int(2, 3));
      const story = generateStory(random, { date, enterprises: about, context: { year, themes, enterpriseNames: [] } });
      files.set(`stories/${year}/${uniqueSlug(story.slugStem, used)}.md`, renderStory(story));
    }
  }
  const counts = { reports: preset.reports, stories: preset.stories, honors: preset.honors, enterprises: enterprises.length, years: years.length };
  files.set(MARKER_FILE, `${JSON.stringify({ generator: 'gsl-corpus', preset: presetName, seed, counts }, null, 2)}\n`);
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), counts };
}
