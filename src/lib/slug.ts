import { pinyin } from 'pinyin-pro';

const MAX_SLUG_LENGTH = 60;
const ASCII_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a string is already a usable URL slug: `"wanqi-2024"` → true, `"万企"` → false. */
export function isAsciiSlug(value: string): boolean {
  return ASCII_SLUG.test(value);
}

/**
 * Turns any title into a stable ASCII slug through pinyin, cut at a syllable boundary.
 * `"在市工商联十届三次执委会议上的工作报告"` → `"zai-shi-gong-shang-lian-shi-jie-san-ci-zhi-wei-hui-yi-shang-de"`
 */
export function slugify(title: string): string {
  const syllables = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = syllables
    .flatMap((s) => s.toLowerCase().split(/[^a-z0-9]+/))
    .filter((w) => w.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || 'untitled';
}

/**
 * Picks the slug of a content file: front matter `slug`, else an ASCII file name, else the title in pinyin.
 * `("wanqi.md", undefined, "标题")` → `"wanqi"`; `("万企.md", undefined, "万企帮万村")` → `"wan-qi-bang-wan-cun"`
 */
export function pickSlug(fileName: string, frontMatterSlug: string | undefined, title: string): string {
  if (frontMatterSlug) return frontMatterSlug;
  const stem = fileName.replace(/^.*\//, '').replace(/\.[^.]+$/, '').toLowerCase();
  return isAsciiSlug(stem) ? stem : slugify(title);
}
