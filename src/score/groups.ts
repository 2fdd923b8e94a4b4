import { ServqualError } from '../errors.js';
import type { Method } from '../data/method.js';
import { CoMoments, type CoMomentsJSON } from '../stats/CoMoments.js';

/**
 * What a segment or period keeps of each row, by method: per dimension, blocks of [base, P, P − base]
 * (servqual: E; three-column: MIN, then DES) or [P] (servperf); and the overall scores
 * [unweighted, weighted] per overall quantity.
 */
export interface ProfileShape {
  blocks: number;
  width: 1 | 3;
  overall: number;
}

/** The profile shape of a method. */
export function profileShape(method: Method): ProfileShape {
  if (method === 'servqual') return { blocks: 1, width: 3, overall: 2 };
  if (method === 'servperf') return { blocks: 1, width: 1, overall: 2 };
  return { blocks: 2, width: 3, overall: 4 };
}

/** The dimension-level moments and overall scores of one group of respondents (a segment or a period). */
export class GroupMoments {
  /** Rows in the group (as n of a one-variable accumulator, so it merges like the rest). */
  readonly rows = new CoMoments(1);
  /** Index `j * blocks + b`: dimension j, block b. */
  readonly blocks: CoMoments[];
  readonly overall: CoMoments[];

  constructor(readonly dimensions: number, readonly shape: ProfileShape) {
    this.blocks = Array.from({ length: dimensions * shape.blocks }, () => new CoMoments(shape.width));
    this.overall = Array.from({ length: shape.overall }, () => new CoMoments(1));
  }

  parts(): CoMoments[] {
    return [this.rows, ...this.blocks, ...this.overall];
  }

  /** A new group holding this one merged with others. */
  static combine(groups: readonly GroupMoments[], dimensions: number, shape: ProfileShape): GroupMoments {
    const out = new GroupMoments(dimensions, shape);
    for (const g of groups) {
      const parts = out.parts();
      g.parts().forEach((p, i) => (parts[i] as CoMoments).merge(p));
    }
    return out;
  }
}

/** Serialised groups: per key, the states of its accumulators. */
export type GroupedMomentsJSON = Array<[string, CoMomentsJSON[]]>;

/** Groups of respondents by a key (a segment column's value, or a period label). */
export class GroupedMoments {
  readonly groups = new Map<string, GroupMoments>();

  constructor(readonly dimensions: number, readonly shape: ProfileShape) {}

  /** The group of a key, made empty when missing. */
  group(key: string): GroupMoments {
    let g = this.groups.get(key);
    if (g === undefined) {
      g = new GroupMoments(this.dimensions, this.shape);
      this.groups.set(key, g);
    }
    return g;
  }

  merge(other: GroupedMoments): this {
    for (const [key, g] of other.groups) {
      const mine = this.groups.get(key);
      if (mine === undefined) this.groups.set(key, GroupMoments.combine([g], this.dimensions, this.shape));
      else {
        const parts = mine.parts();
        g.parts().forEach((p, i) => (parts[i] as CoMoments).merge(p));
      }
    }
    return this;
  }

  /** Keys in code-point order, so reports do not depend on the order rows arrived in. */
  keys(): string[] {
    return [...this.groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  toJSON(): GroupedMomentsJSON {
    return this.keys().map((k) => [k, (this.groups.get(k) as GroupMoments).parts().map((p) => p.toJSON())]);
  }

  static fromJSON(json: GroupedMomentsJSON, dimensions: number, shape: ProfileShape): GroupedMoments {
    const out = new GroupedMoments(dimensions, shape);
    for (const [key, parts] of json) {
      const g = new GroupMoments(dimensions, shape);
      const mine = g.parts();
      if (parts.length !== mine.length) throw new ServqualError('E_INVALID_STATE', `GroupedMoments.fromJSON: group "${key}" has the wrong number of accumulators`);
      parts.forEach((p, i) => (mine[i] as CoMoments).merge(CoMoments.fromJSON(p)));
      out.groups.set(key, g);
    }
    return out;
  }
}
