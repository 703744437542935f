import { fontMessages } from '../../i18n/fonts.ts';
import { findUndrawable, formatCodePoint, loadDrawable, type Drawable } from '../fonts/drawable.ts';
import { at, type LocalFinding } from './finding.ts';

/**
 * Warnings for characters no bundled font draws (a private-use character, an Extension G–I ideograph, an emoji), one
 * per character and line at its first place, counting the rest: a warning and never an error, since a person's or a
 * company's name must never stop a build. `"title: 老街𰻞𰻞面馆"` → one warning at 1:10, “本行共 2 处”.
 */
export function checkUndrawable(source: string, drawable: Drawable = loadDrawable()): LocalFinding[] {
  const findings: LocalFinding[] = [];
  source.split('\n').forEach((line, i) => {
    const found = findUndrawable(line, drawable);
    const counts = new Map<string, number>();
    for (const { char } of found) counts.set(char, (counts.get(char) ?? 0) + 1);
    for (const { char, offset } of found) {
      const count = counts.get(char);
      if (count === undefined) continue;
      counts.delete(char);
      findings.push(at(i + 1, offset + 1, 'warning', 'undrawable', fontMessages.undrawable(char, formatCodePoint(char), count)));
    }
  });
  return findings;
}
