import { ValidationError, type DataIssue } from '../errors.js';
import { normalizeHeader } from '../data/resolveColumns.js';
import { DEFAULT_KANO_COLUMNS, type KanoAttribute, type KanoInstrument } from './KanoInstrumentSchema.js';

/** Where a Kano survey's answers are: per attribute, the columns of its two questions. */
export interface KanoColumns {
  attributes: KanoAttribute[];
  /** Per attribute, the index of its functional and dysfunctional columns in the header. */
  functional: number[];
  dysfunctional: number[];
  /** The templates used. */
  templates: { functional: string; dysfunctional: string };
}

/** A template as a pattern matching a header cell (ignoring case), `{id}` capturing the id. */
function templatePattern(template: string): RegExp {
  const [before = '', ...rest] = template.split('{id}');
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${esc(before)}(.+?)${esc(rest.join('{id}'))}$`, 'i');
}

/**
 * Finds the columns of a Kano survey. With an instrument, each of its attributes must have both
 * columns; without one, the attributes are the ids whose functional and dysfunctional columns are
 * both in the header, in header order. Header cells match ignoring case and surrounding spaces.
 *
 * @param header - the header row
 * @param instrument - the attributes and templates, if any (templates default to `F_{id}`, `D_{id}`)
 * @throws {ValidationError} `E_MISSING_COLUMN` naming every column the instrument needs and the header
 *   lacks, or, without an instrument, "header: no F_{id} and D_{id} column pair".
 *
 * @example
 * resolveKanoColumns(['id', 'F_wifi', 'D_wifi', 'F_bar']).attributes
 * //=> [{ id: 'wifi', name: { en: 'wifi' } }]
 */
export function resolveKanoColumns(header: readonly string[], instrument?: KanoInstrument): KanoColumns {
  const templates = {
    functional: instrument?.columns?.functional ?? DEFAULT_KANO_COLUMNS.functional,
    dysfunctional: instrument?.columns?.dysfunctional ?? DEFAULT_KANO_COLUMNS.dysfunctional,
  };
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (!index.has(key)) index.set(key, i);
  });
  const column = (template: string, id: string): number | undefined => index.get(normalizeHeader(template.replaceAll('{id}', id)));
  let attributes: KanoAttribute[];
  if (instrument !== undefined) attributes = instrument.attributes;
  else {
    const pattern = templatePattern(templates.functional);
    attributes = header.flatMap((h) => {
      const id = pattern.exec(h.trim())?.[1];
      return id !== undefined && column(templates.dysfunctional, id) !== undefined ? [{ id, name: { en: id } }] : [];
    });
    if (attributes.length === 0) {
      throw new ValidationError([
        {
          code: 'E_MISSING_COLUMN',
          row: 0,
          column: null,
          value: null,
          message: `header: no ${templates.functional} and ${templates.dysfunctional} column pair (give a Kano instrument, or name the columns ${templates.functional.replaceAll('{id}', 'wifi')} and ${templates.dysfunctional.replaceAll('{id}', 'wifi')})`,
        },
      ]);
    }
  }
  const issues: DataIssue[] = [];
  const find = (template: string, id: string): number => {
    const at = column(template, id);
    if (at === undefined) {
      const name = template.replaceAll('{id}', id);
      issues.push({ code: 'E_MISSING_COLUMN', row: 0, column: name, value: null, message: `header: no column "${name}" for attribute "${id}"` });
    }
    return at ?? -1;
  };
  const functional = attributes.map((a) => find(templates.functional, a.id));
  const dysfunctional = attributes.map((a) => find(templates.dysfunctional, a.id));
  if (issues.length > 0) throw new ValidationError(issues);
  return { attributes, functional, dysfunctional, templates };
}
