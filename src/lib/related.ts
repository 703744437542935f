/** What makes two stories related. */
export interface RelatedCandidate {
  id: string;
  enterprises: readonly string[];
  tags: readonly string[];
  county?: string | undefined;
  industry?: string | undefined;
  date: Date;
}

/**
 * Picks the stories most like this one: a shared enterprise counts 3, a shared tag 2, the same
 * industry or county 1 each; ties go to the more recent story. Unrelated stories are never padded in.
 */
export function findRelated<T extends RelatedCandidate>(story: RelatedCandidate, all: readonly T[], limit = 3): T[] {
  const score = (other: RelatedCandidate) =>
    3 * other.enterprises.filter((e) => story.enterprises.includes(e)).length +
    2 * other.tags.filter((t) => story.tags.includes(t)).length +
    (story.industry && other.industry === story.industry ? 1 : 0) +
    (story.county && other.county === story.county ? 1 : 0);
  return all
    .filter((other) => other.id !== story.id)
    .map((other) => ({ other, points: score(other) }))
    .filter(({ points }) => points > 0)
    .sort((a, b) => b.points - a.points || b.other.date.getTime() - a.other.date.getTime())
    .slice(0, limit)
    .map(({ other }) => other);
}
