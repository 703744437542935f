/** The publishing switches every piece carries in its front matter. */
export interface PublishState {
  draft: boolean;
  publishAt?: Date | undefined;
}

/**
 * Whether a piece may appear on the public site at `now`: not a draft, and its publishAt (if any) has come.
 * `({ draft: false, publishAt: 2099-01-01 }, 2026-11-27)` → false
 */
export function isPublished(piece: PublishState, now: Date): boolean {
  return !piece.draft && (piece.publishAt === undefined || piece.publishAt.getTime() <= now.getTime());
}

/**
 * The moment a build treats as "now"; `GSL_NOW` (ISO time) pins it so tests and archives are repeatable.
 * `GSL_NOW=2025-01-01T00:00:00+08:00` → that instant; unset → the current time.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env['GSL_NOW'];
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new Error(`GSL_NOW 不是有效时间：${pinned}（应写成 2025-01-01T00:00:00+08:00）`);
  return date;
}
