/**
 * Rows a row rule holds back to add later in a run (see ShiftedSums.addCompleteRows): many rows
 * per slot keep the slot's sums in locals, where adding each row at once reads and writes them back
 * every time. 64 rows do that as well as 256 did (callgrind, 100k rows: 4.562G and 4.575G
 * instructions), and a block's held rows are then 56 KB, not 225 KB: each block makes new ones, and
 * the old ones wait for a major collection, which at 256 rows put 20–25 MB on the peak RSS of 5M rows.
 */
export const HELD_ROWS = 64;

/** Up to {@link HELD_ROWS} rows of `width` values, back to back in {@link values}. */
export class HeldRows {
  readonly values: Float64Array;
  /** Rows held. */
  count = 0;

  constructor(readonly width: number) {
    this.values = new Float64Array(HELD_ROWS * width);
  }

  /** Holds a copy of `row`; returns whether the rows are now full (time to add them). */
  hold(row: Float64Array): boolean {
    // A loop: TypedArray.set costs a builtin call, which for a row of a few dozen values measured
    // slower than copying them.
    const values = this.values;
    const width = this.width;
    for (let i = 0, at = this.count * width; i < width; i++, at++) values[at] = row[i] as number;
    return this.added();
  }

  /** Counts a row written into {@link values} at `count × width`; returns whether the rows are now full. */
  added(): boolean {
    return ++this.count === HELD_ROWS;
  }
}
