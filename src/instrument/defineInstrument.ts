import { InstrumentError } from '../errors.js';
import { formatPath } from '../_lib/formatPath.js';
import { columnTemplate, fillTemplate, hasItemId, type ColumnRole } from './columnTemplates.js';
import { columnNamesOf } from './columnNamesOf.js';
import { InstrumentSchema, type Instrument } from './schema.js';

const ITEM_ROLES: readonly ColumnRole[] = ['expectation', 'perception', 'minimum', 'desired', 'importance'];

/**
 * Validates a custom instrument against the instrument JSON contract and returns it, frozen.
 *
 * Checks the shape (zod), then what a schema cannot say: each scale's min is below its max, ids are
 * unique, item templates contain `{id}` (or `{id:0N}`), the weight template contains `{dimension}`, default
 * weights are given for all dimensions or none and sum to 100 (±1), no two roles name the same column,
 * each group names existing dimensions, each once, and a column map (`columns.map`) points only at
 * columns the instrument reads.
 *
 * @param input - a parsed instrument JSON object
 * @returns the validated instrument
 * @throws {InstrumentError} code `E_INSTRUMENT`; each problem names its path, e.g.
 *   `dimensions[2].items[0].id: duplicate item id "A1"`
 *
 * @example
 * defineInstrument({ id: 'x', name: { en: 'X' }, scale: { min: 1, max: 5 },
 *   dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] }).scale.max
 * //=> 5
 */
export function defineInstrument(input: unknown): Instrument {
  const parsed = InstrumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new InstrumentError(parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  }
  const instrument = parsed.data;
  const problems = semanticProblems(instrument);
  if (problems.length > 0) throw new InstrumentError(problems);
  return deepFreeze(instrument);
}

function semanticProblems(instrument: Instrument): string[] {
  const problems: string[] = [];
  const { min, max } = instrument.scale;
  if (!(min < max)) problems.push(`scale.max: must be greater than scale.min (got min ${min}, max ${max})`);
  const overall = instrument.overallScale;
  if (overall !== undefined && !(overall.min < overall.max)) {
    problems.push(`overallScale.max: must be greater than overallScale.min (got min ${overall.min}, max ${overall.max})`);
  }
  const imp = instrument.importanceScale;
  if (imp !== undefined && !(imp.min < imp.max)) {
    problems.push(`importanceScale.max: must be greater than importanceScale.min (got min ${imp.min}, max ${imp.max})`);
  }

  const dimensionIds = new Set<string>();
  const itemIds = new Set<string>();
  instrument.dimensions.forEach((dimension, d) => {
    if (dimensionIds.has(dimension.id)) problems.push(`dimensions[${d}].id: duplicate dimension id "${dimension.id}"`);
    dimensionIds.add(dimension.id);
    dimension.items.forEach((item, i) => {
      if (itemIds.has(item.id)) problems.push(`dimensions[${d}].items[${i}].id: duplicate item id "${item.id}"`);
      itemIds.add(item.id);
    });
  });

  const groupIds = new Set<string>();
  instrument.groups?.forEach((group, g) => {
    if (groupIds.has(group.id)) problems.push(`groups[${g}].id: duplicate group id "${group.id}"`);
    groupIds.add(group.id);
    const named = new Set<string>();
    group.dimensions.forEach((id, k) => {
      if (!dimensionIds.has(id)) problems.push(`groups[${g}].dimensions[${k}]: no dimension "${id}"`);
      else if (named.has(id)) problems.push(`groups[${g}].dimensions[${k}]: dimension "${id}" is named twice`);
      named.add(id);
    });
  });

  for (const role of ITEM_ROLES) {
    if (!hasItemId(columnTemplate(instrument, role))) {
      problems.push(`columns.${role}: an item template must contain {id} (or {id:0N}, the id padded with zeros to N characters)`);
    }
  }
  if (!columnTemplate(instrument, 'weight').includes('{dimension}')) {
    problems.push('columns.weight: a weight template must contain {dimension}');
  }

  const weighted = instrument.dimensions.filter((d) => d.weight !== undefined);
  if (weighted.length > 0 && weighted.length < instrument.dimensions.length) {
    problems.push('dimensions[].weight: give a default weight for every dimension or for none');
  } else if (weighted.length > 0) {
    const sum = weighted.reduce((s, d) => s + (d.weight ?? 0), 0);
    if (Math.abs(sum - 100) > 1) problems.push(`dimensions[].weight: default weights must sum to 100 (±1), got ${sum}`);
  }

  if (problems.length === 0) problems.push(...columnCollisions(instrument), ...mapProblems(instrument));
  return problems;
}

/** Two roles that resolve to the same header would make a file ambiguous. */
function columnCollisions(instrument: Instrument): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const claim = (column: string, owner: string): void => {
    const key = column.trim().toLowerCase();
    const previous = seen.get(key);
    if (previous !== undefined) problems.push(`columns: "${column}" is named by both ${previous} and ${owner}`);
    else seen.set(key, owner);
  };
  for (const dimension of instrument.dimensions) {
    for (const item of dimension.items) {
      for (const role of ITEM_ROLES) {
        claim(fillTemplate(columnTemplate(instrument, role), { id: item.id, dimension: dimension.id }), `${role} of item ${item.id}`);
      }
    }
    claim(fillTemplate(columnTemplate(instrument, 'weight'), { dimension: dimension.id }), `weight of ${dimension.id}`);
  }
  claim(columnTemplate(instrument, 'overall'), 'overall');
  return problems;
}

/** A column map must point each file column at a column the instrument reads. */
function mapProblems(instrument: Instrument): string[] {
  const map = instrument.columns?.map;
  if (map === undefined) return [];
  const names = columnNamesOf(instrument);
  const known = new Set(names.map((n) => n.trim().toLowerCase()));
  return Object.entries(map).flatMap(([from, to]) =>
    known.has(to.trim().toLowerCase())
      ? []
      : [
          `columns.map.${from}: "${to}" is not a column of the instrument (an item's column such as ${names.slice(0, 2).join(' or ')}, a weight, overall or an outcome)`,
        ],
  );
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
