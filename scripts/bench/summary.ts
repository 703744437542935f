import type { BuildPhases } from './build-log.ts';
import type { PageWeights } from './page-weight.ts';
import { summarize, type Spread } from './stats.ts';

/** Phases of one kind of build over all rounds, as min/median/max. */
export type PhaseSpreads = Partial<Record<keyof BuildPhases | 'wall' | 'peakRss', Spread>>;

/** The measurements of one build as the bench keeps them. */
export interface Measured extends BuildPhases {
  wall: number;
  peakRss?: number;
}

/** Summarizes each field over the rounds: `spreadPhases([{ wall: 1 }, { wall: 3 }])` → `{ wall: { min: 1, median: 2, max: 3 } }`. */
export function spreadPhases(runs: readonly Measured[]): PhaseSpreads {
  const keys = new Set(runs.flatMap((run) => Object.keys(run))) as Set<keyof Measured>;
  const out: PhaseSpreads = {};
  for (const key of keys) {
    const spread = summarize(runs.map((run) => run[key]).filter((v): v is number => typeof v === 'number'));
    if (spread) out[key] = spread;
  }
  return out;
}

/** A target of issue 7 and whether this run met it. */
export interface TargetCheck {
  target: string;
  ok: boolean | undefined;
  measured: string;
}

const median = (s: Spread | undefined) => s?.median;

/** Checks the targets against median measurements; `ok` is undefined when something was not measured. */
export function checkTargets(input: {
  cold: PhaseSpreads;
  warm: PhaseSpreads;
  hexo: { cold?: Spread | undefined; warm?: Spread | undefined };
  hugo: { cold?: Spread | undefined; warm?: Spread | undefined };
  peakRss: number | undefined;
  weights: PageWeights | undefined;
}): TargetCheck[] {
  const { cold, warm, hexo, hugo, weights } = input;
  const cmp = (a: number | undefined, b: number | undefined, f: (x: number, y: number) => boolean) => (a === undefined || b === undefined ? undefined : f(a, b));
  const s = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
  const content = ['report', 'honor', 'story', 'enterprise'].map((t) => weights?.byType[t]?.maxGzip).filter((v): v is number => v !== undefined);
  const heaviest = content.length ? Math.max(...content) : undefined;
  return [
    { target: 'page phase faster than Hexo, cold', ok: cmp(median(cold.pages), median(hexo.cold), (a, b) => a < b), measured: `${s(median(cold.pages))} vs ${s(median(hexo.cold))}` },
    { target: 'page phase faster than Hexo, warm', ok: cmp(median(warm.pages), median(hexo.warm), (a, b) => a < b), measured: `${s(median(warm.pages))} vs ${s(median(hexo.warm))}` },
    { target: 'page phase within 3× Hugo (cold)', ok: cmp(median(cold.pages), median(hugo.cold), (a, b) => a <= 3 * b), measured: `${s(median(cold.pages))} vs ${s(median(hugo.cold))}` },
    { target: 'cold full build ≤ 120 s', ok: cmp(median(cold.wall), 120_000, (a, b) => a <= b), measured: s(median(cold.wall)) },
    { target: 'unchanged rebuild ≤ 25 % of cold', ok: cmp(median(warm.wall), median(cold.wall), (a, b) => a <= 0.25 * b), measured: `${s(median(warm.wall))} vs ${s(median(cold.wall))}` },
    { target: 'unchanged rebuild renders 0 images', ok: warm.imagesRendered ? warm.imagesRendered.max === 0 : undefined, measured: String(warm.imagesRendered?.max ?? '—') },
    { target: 'peak memory ≤ 2 GB', ok: cmp(input.peakRss, 2 * 1024 ** 3, (a, b) => a <= b), measured: input.peakRss === undefined ? '—' : `${(input.peakRss / 1024 ** 2).toFixed(0)} MB` },
    { target: 'content page ≤ 30 KB gzip', ok: cmp(heaviest, 30 * 1024, (a, b) => a <= b), measured: heaviest === undefined ? '—' : `${(heaviest / 1024).toFixed(1)} KB` },
    { target: '0 font bytes', ok: weights ? weights.fontBytes === 0 : undefined, measured: String(weights?.fontBytes ?? '—') },
    { target: '0 third-party requests', ok: weights ? weights.thirdPartyRequests.length === 0 : undefined, measured: String(weights?.thirdPartyRequests.length ?? '—') },
  ];
}
