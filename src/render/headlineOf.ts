import type { Method } from '../data/method.js';
import type { Stat } from '../stats/types.js';
import type { GroupDimension } from '../report/types.js';

/**
 * The statistic a dimension is summed up by in tables and charts, and that segments are compared on:
 * the gap (servqual), the perception (servperf), the adequacy P − MIN (three-column).
 */
export function headlineOf(d: Pick<GroupDimension, 'gap' | 'perception' | 'adequacy'>, method: Method): Stat | undefined {
  return method === 'servqual' ? d.gap : method === 'servperf' ? d.perception : d.adequacy;
}
