import { DEFAULTS } from '../defaults.js';
import type { BilingualText } from '../instrument/schema.js';
import type { SegmentReport } from '../report/types.js';

/**
 * Above this many values, a `by` column draws a report warning, and the reports people read
 * (Markdown, HTML) show only its {@link SEGMENTS_SHOWN} highest and lowest segments: a table or heat
 * map of thousands of rows is not read. The JSON and CSV keep every segment.
 */
export const MAX_SEGMENTS = DEFAULTS.maxSegments;

/** Segments shown at each end when a column has more than {@link MAX_SEGMENTS}. */
export const SEGMENTS_SHOWN = DEFAULTS.segmentsShown;

/** A segment's overall headline: the unweighted overall gap, perception, or adequacy (three-column). */
function overallHeadline(s: SegmentReport): number | null {
  const o = s.overall;
  return 'adequacy' in o ? o.adequacy.unweighted.mean : o.unweighted.mean;
}

/**
 * The segments of a column as a person's report shows them: all of them up to {@link MAX_SEGMENTS};
 * above, the {@link SEGMENTS_SHOWN} highest and the as many lowest by overall score (highest first;
 * ties in the report's order), with a note saying so.
 *
 * @param segments - a column's segments, in the report's order
 * @returns the segments to show, and the note to print with them (`null` when all are shown)
 */
export function readableSegments(segments: readonly SegmentReport[]): { shown: SegmentReport[]; note: BilingualText | null } {
  if (segments.length <= MAX_SEGMENTS) return { shown: [...segments], note: null };
  const ranked = segments
    .map((s) => ({ s, score: overallHeadline(s) }))
    .filter((x): x is { s: SegmentReport; score: number } => x.score !== null)
    .sort((a, b) => b.score - a.score);
  const top = ranked.slice(0, SEGMENTS_SHOWN);
  const bottom = ranked.slice(Math.max(SEGMENTS_SHOWN, ranked.length - SEGMENTS_SHOWN));
  const shown = [...top, ...bottom].map((x) => x.s);
  const left = segments.length - shown.length;
  return {
    shown,
    note: {
      en: `The ${top.length} highest and ${bottom.length} lowest of ${segments.length} segments by overall score; the other ${left} are in the JSON and CSV reports.`,
      zh: `按总体得分列出 ${segments.length} 个群体中最高的 ${top.length} 个和最低的 ${bottom.length} 个；其余 ${left} 个见 JSON 和 CSV 报告。`,
    },
  };
}
