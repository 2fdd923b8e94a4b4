import type { Quadrant } from '../report/types.js';

/**
 * The Martilla & James (1977) quadrant of a point: importance at or above the crosshair is high,
 * performance below it is low. High importance and low performance: concentrate here; high and high:
 * keep up the good work; low and low: low priority; low importance and high performance: possible overkill.
 *
 * @example
 * ipaQuadrant({ performance: 4.9, importance: 0.31 }, { performance: 5.4, importance: 0.2 })
 * //=> 'concentrate-here'
 */
export function ipaQuadrant(point: { performance: number; importance: number }, crosshairs: { performance: number; importance: number }): Quadrant {
  // "At the crosshair" allows for rounding, so equal shares sit on the high side whatever their order.
  const atLeast = (x: number, c: number): boolean => x >= c - 1e-12 * Math.max(1, Math.abs(c));
  const important = atLeast(point.importance, crosshairs.importance);
  const performing = atLeast(point.performance, crosshairs.performance);
  if (important) return performing ? 'keep-up-the-good-work' : 'concentrate-here';
  return performing ? 'possible-overkill' : 'low-priority';
}
