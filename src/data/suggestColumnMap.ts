import { editDistance } from '../_lib/editDistance.js';
import { columnNamesOf } from '../instrument/columnNamesOf.js';
import { columnTemplate, fillTemplate } from '../instrument/columnTemplates.js';
import type { Instrument } from '../instrument/schema.js';
import { normalizeHeader } from './resolveColumns.js';

/** How alike a column's text and an item's must be (1 − edit distance / longer length) to be matched. */
export const MATCH_SIMILARITY = 0.8;

// Qualtrics writes a matrix statement as "{question} - {statement}", SurveyMonkey's names read alike.
const STEM = ' - ';

/** A starting column map, and what it could not decide. */
export interface SuggestedColumnMap {
  /** The file's column → the instrument's column, for the columns matched. */
  readonly map: Record<string, string>;
  /** Items no column's text matched (ids, in instrument order). */
  readonly unmatchedItems: string[];
  /** The file's named columns left out of the map and not named as the instrument names them. */
  readonly unmappedColumns: string[];
}

/** Text as it is compared: lower case, letters and digits only, single spaces. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

/** The statement of a column's text: after the last ` - ` (a matrix question's stem goes before it). */
function statementOf(text: string): string {
  const at = text.lastIndexOf(STEM);
  return at < 0 ? text : text.slice(at + STEM.length);
}

/**
 * A starting column map for a file an instrument's templates do not name (a survey platform's
 * export): each column whose question text (else its name) matches an item's text, in English or
 * Chinese, at {@link MATCH_SIMILARITY} or more, is mapped to that item — the first column of an item
 * to its expectation and the second to its perception when two match it (the questionnaire's order),
 * a lone one to its perception; a column whose text matches a dimension's name, to its weight. The
 * statement after a matrix question's ` - ` is what is compared. Columns already named as the
 * instrument names them need no entry. A person checks the result: `servqual template --map FILE`.
 *
 * @param header - the file's column names (its row of ids)
 * @param questions - the question text of each column, or `undefined` (the names are compared then)
 * @param instrument - the instrument whose items the columns are matched to
 * @returns the map, the items left unmatched and the columns left unmapped
 * @example
 * suggestColumnMap(['Q1_1', 'Q1_2'], ['Rate us - Its staff look neat and professional', 'Rate us - Staff are courteous at all times.'], servqual22).map
 * //=> { Q1_1: 'P3', Q1_2: 'P16' }
 */
export function suggestColumnMap(header: readonly string[], questions: readonly string[] | undefined, instrument: Instrument): SuggestedColumnMap {
  const named = new Set(columnNamesOf(instrument).map(normalizeHeader));
  const items = instrument.dimensions.flatMap((d) =>
    d.items.map((item) => ({ id: item.id, dimension: d.id, texts: [item.text?.en, item.text?.zh].flatMap((t) => (t === undefined ? [] : [comparable(t)])) })),
  );
  const dimensions = instrument.dimensions.map((d) => ({ id: d.id, texts: [d.name.en, d.name.zh].flatMap((t) => (t === undefined ? [] : [comparable(t)])) }));
  const best = <T extends { texts: string[] }>(text: string, candidates: readonly T[]): T | undefined => {
    let found: T | undefined;
    let score = MATCH_SIMILARITY;
    for (const candidate of candidates) {
      for (const t of candidate.texts) {
        const s = similarity(text, t);
        if (s >= score) {
          score = s;
          found = candidate;
        }
      }
    }
    return found;
  };
  const byItem = new Map<string, number[]>();
  const weights = new Map<number, string>();
  header.forEach((name, i) => {
    if (normalizeHeader(name) === '' || named.has(normalizeHeader(name))) return;
    const text = comparable(statementOf(questions?.[i] ?? name));
    const item = best(text, items);
    if (item !== undefined) byItem.set(item.id, [...(byItem.get(item.id) ?? []), i]);
    else {
      const dimension = best(text, dimensions);
      if (dimension !== undefined) weights.set(i, fillTemplate(columnTemplate(instrument, 'weight'), { dimension: dimension.id }));
    }
  });
  const targets = new Map<number, string>(weights);
  const unmatchedItems: string[] = [];
  for (const item of items) {
    const columns = byItem.get(item.id) ?? [];
    if (columns.length === 0) unmatchedItems.push(item.id);
    const roles = columns.length === 1 ? (['perception'] as const) : (['expectation', 'perception'] as const);
    roles.forEach((role, k) => {
      const at = columns[k];
      if (at !== undefined) targets.set(at, fillTemplate(columnTemplate(instrument, role), item));
    });
  }
  const map: Record<string, string> = {};
  const unmappedColumns: string[] = [];
  header.forEach((name, i) => {
    const target = targets.get(i);
    if (target !== undefined) map[name] = target;
    else if (normalizeHeader(name) !== '' && !named.has(normalizeHeader(name))) unmappedColumns.push(name);
  });
  return { map, unmatchedItems, unmappedColumns };
}
