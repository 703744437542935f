import { BRAND_CHARS, COMPANY_FORMS, INDUSTRIES, type Industry } from './industries.ts';
import { OFFICE_TITLES, personName } from './people.ts';
import { CITY, shortPlace, type Place } from './places.ts';
import type { Random } from './random.ts';

/** A generated enterprise: the fields of `enterprises/<slug>.yaml` plus what other pieces need to cite it. */
export interface Enterprise {
  slug: string;
  name: string;
  /** The everyday name, e.g. 华瑞药业; always `aliases[0]`. */
  shortName: string;
  aliases: string[];
  county: string;
  industry: Industry;
  founded: number;
  /** Who runs it, e.g. 陈志明, 董事长. */
  leader: string;
  leaderTitle: string;
  profile: string;
}

/** One paragraph about an enterprise, 80–200 characters. */
function writeProfile(random: Random, e: Omit<Enterprise, 'profile'>): string {
  const [first, second] = random.sample(e.industry.products, 2);
  const staff = random.int(3, 300) * 10;
  const revenue = `${random.int(1, 80)}.${random.int(0, 9)}`;
  const honour = random.pick(['全市民营企业百强', '省级专精特新企业', '守合同重信用企业', '全省优秀民营企业', '高新技术企业']);
  return (
    `${e.name}成立于${e.founded}年，位于${e.county}，主要从事${first}、${second}的研发、生产和销售。` +
    `公司现有员工${staff}人，年营业收入${revenue}亿元，先后获得“${honour}”等称号。${e.leader}任${e.leaderTitle}。`
  );
}

/**
 * Generates `count` enterprises with distinct names and slugs, spread over the given places.
 * A typical one: `{ slug: 'huarui-yaoye', name: '锦川华瑞药业股份有限公司', aliases: ['华瑞药业'], … }`
 */
export function generateEnterprises(random: Random, count: number, places: readonly Place[]): Enterprise[] {
  const enterprises: Enterprise[] = [];
  const shortNames = new Set<string>();
  const slugs = new Set<string>();
  while (enterprises.length < count) {
    const [a, b] = random.sample(BRAND_CHARS, 2);
    if (!a || !b) throw new Error('BRAND_CHARS needs at least two entries');
    const industry = random.pick(INDUSTRIES);
    const shortName = a[0] + b[0] + industry.word;
    if (shortNames.has(shortName)) continue;
    shortNames.add(shortName);
    const place = random.pick(places);
    const prefix = random.chance(0.7) ? CITY.short : shortPlace(place.name);
    const name = prefix + a[0] + b[0] + industry.word + random.pick(COMPANY_FORMS);
    const stem = `${a[1]}${b[1]}-${industry.pinyin}`;
    let slug = stem;
    for (let n = 2; slugs.has(slug); n++) slug = `${stem}-${n}`;
    slugs.add(slug);
    const aliases = [shortName];
    if (random.chance(0.3)) aliases.push(`${prefix}${a[0]}${b[0]}${random.pick(['厂', '实业公司', '经营部'])}`);
    const base = {
      slug, name, shortName, aliases, county: place.name, industry,
      founded: random.int(1978, 2018), leader: personName(random), leaderTitle: random.pick(OFFICE_TITLES),
    };
    enterprises.push({ ...base, profile: writeProfile(random, base) });
  }
  return enterprises;
}

/** Enterprises that already existed in a year, or all of them if none did (small corpora). */
export function foundedBy(enterprises: readonly Enterprise[], year: number): readonly Enterprise[] {
  const existing = enterprises.filter((e) => e.founded <= year);
  return existing.length > 0 ? existing : enterprises;
}
