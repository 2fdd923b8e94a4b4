import { ServqualError } from '../errors.js';
import { CoMoments, type CoMomentsJSON } from '../stats/CoMoments.js';
import { group, type GroupMoments, type GroupProfile, type GroupRows, type ProfileShape } from './accumulators/group.js';

/** Merges `b` into `a`, part by part. */
function mergeGroup(a: GroupMoments, b: GroupMoments): void {
  const parts = a.parts;
  b.parts.forEach((p, i) => (parts[i] as CoMoments).merge(p));
}

/** A new group holding the given groups merged, in order. */
export function combineGroups(groups: readonly GroupMoments[], profile: GroupProfile): GroupMoments {
  const out = group.moments(profile);
  for (const g of groups) mergeGroup(out, g);
  return out;
}

/** Serialised groups: per key, the states of its accumulators. */
export type GroupedMomentsJSON = Array<[string, CoMomentsJSON[]]>;

/** Groups of respondents by a key (a segment column's value, or a period label). */
export class GroupedMoments implements GroupProfile {
  readonly groups = new Map<string, GroupMoments>();

  constructor(
    readonly dimensions: number,
    readonly shape: ProfileShape,
  ) {}

  /** The group of a key, made empty when missing. */
  group(key: string): GroupMoments {
    let g = this.groups.get(key);
    if (g === undefined) {
      g = group.moments(this);
      this.groups.set(key, g);
    }
    return g;
  }

  merge(other: GroupedMoments): this {
    for (const [key, g] of other.groups) {
      const mine = this.groups.get(key);
      if (mine === undefined) this.groups.set(key, combineGroups([g], this));
      else mergeGroup(mine, g);
    }
    return this;
  }

  /** Keys in code-point order, so reports do not depend on the order rows arrived in. */
  keys(): string[] {
    return [...this.groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  toJSON(): GroupedMomentsJSON {
    return this.keys().map((k) => [k, (this.groups.get(k) as GroupMoments).parts.map((p) => p.toJSON())]);
  }

  static fromJSON(json: GroupedMomentsJSON, dimensions: number, shape: ProfileShape): GroupedMoments {
    const out = new GroupedMoments(dimensions, shape);
    for (const [key, parts] of json) {
      const g = group.moments(out);
      const mine = g.parts;
      if (parts.length !== mine.length)
        throw new ServqualError('E_INVALID_STATE', `GroupedMoments.fromJSON: group "${key}" has the wrong number of accumulators`);
      parts.forEach((p, i) => (mine[i] as CoMoments).merge(CoMoments.fromJSON(p)));
      out.groups.set(key, g);
    }
    return out;
  }
}

/** The rows of a block, by group: a {@link GroupRows} per key, to be merged into a {@link GroupedMoments}. */
export class GroupedRows implements GroupProfile {
  readonly groups = new Map<string, GroupRows>();

  constructor(
    readonly dimensions: number,
    readonly shape: ProfileShape,
  ) {}

  add(key: string, profile: Float64Array, overall: Float64Array, outcomes: Float64Array): void {
    this.group(key).add(profile, overall, outcomes);
  }

  /** The group of a key, made empty when missing. */
  group(key: string): GroupRows {
    let g = this.groups.get(key);
    if (g === undefined) {
      g = group.rows(this);
      this.groups.set(key, g);
    }
    return g;
  }

  /** Merges every group into the target's group of the same key (made when missing). */
  mergeInto(target: GroupedMoments): void {
    for (const [key, g] of this.groups) g.sums.mergeInto(target.group(key).parts);
  }
}
