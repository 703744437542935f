import { dataText } from '../../i18n/data.ts';
import { countChart, type ChartSpec } from '../charts/chart-spec.ts';
import { enterprisesByIndustry, honoreesByAward, honoreesByCounty, honouredEnterprises } from './honor-numbers.ts';
import { keyFigures, type KeyFigure } from './key-figures.ts';
import { tally, type NumbersInput, type ReportFacts } from './numbers-input.ts';

/** Reports grouped by the meeting they were given at, in date order. */
export interface MeetingReports {
  meeting: string;
  reports: ReportFacts[];
}

/** Everything a year's 数据 page shows. */
export interface YearNumbers {
  year: number;
  figures: KeyFigure[];
  /** Charts in page order; a chart with no categories is left out. */
  charts: { spec: ChartSpec; note: string }[];
  meetings: MeetingReports[];
}

/** Reports by meeting, meetings in the order of their first report: `[{ meeting: "执委会议", date: 1月 }, …]` → `[{ meeting: "执委会议", reports: [·] }, …]`. */
export function reportsByMeeting(reports: readonly ReportFacts[]): MeetingReports[] {
  const sorted = [...reports].sort((a, b) => a.date.getTime() - b.date.getTime());
  return [...Map.groupBy(sorted, (report) => report.meeting)].map(([meeting, list]) => ({ meeting, reports: list }));
}

/**
 * A year's numbers, counted from its published pieces: key figures with the change from the year before, honourees by
 * 区县 and by award, honoured enterprises by industry, stories by 区县 and industry, reports by meeting.
 */
export function computeYearNumbers(input: NumbersInput, year: number, years: readonly number[]): YearNumbers {
  const honors = input.honors.filter((h) => h.year === year);
  const stories = input.stories.filter((s) => s.year === year);
  const storyCounties = new Map<string, number>();
  const storyIndustries = new Map<string, number>();
  for (const story of stories) {
    tally(storyCounties, story.county ?? dataText.unknown);
    tally(storyIndustries, story.industry ?? dataText.unknown);
  }
  const t = dataText.charts;
  const charts = [
    { spec: countChart(t.honoreesByCounty(year), t.county, '个', honoreesByCounty(honors, input)), note: t.honoreesByCountyNote },
    { spec: countChart(t.honoreesByAward(year), t.award, '个', honoreesByAward(honors)), note: t.honoreesByAwardNote },
    { spec: countChart(t.enterprisesByIndustry(year), t.industry, '家', enterprisesByIndustry(honouredEnterprises(honors, input), input.enterprises)), note: t.enterprisesByIndustryNote },
    { spec: countChart(t.storiesByCounty(year), t.county, '篇', storyCounties), note: t.storiesNote },
    { spec: countChart(t.storiesByIndustry(year), t.industry, '篇', storyIndustries), note: t.storiesNote },
  ].filter((chart) => chart.spec.categories.length > 0);
  return { year, figures: keyFigures(input, year, years), charts, meetings: reportsByMeeting(input.reports.filter((r) => r.year === year)) };
}
