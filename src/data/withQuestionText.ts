import type { Instrument } from '../instrument/schema.js';
import { extendInstrument } from '../instrument/extendInstrument.js';
import type { ColumnMap } from './resolveColumns.js';

// Qualtrics writes a matrix statement's text as "{question} - {statement}"; the statement is the item.
const STEM = ' - ';

/**
 * The instrument with the file's question text as the wording of each item it gives none: the text
 * of the item's perception column (else its expectation, minimum or desired column) in the file's
 * question row. Of a text "question - statement" (a Qualtrics matrix), the statement after the last
 * ` - ` is kept. Items with text of their own keep it; without question text, the instrument is
 * returned as it is.
 *
 * @param instrument - the instrument the file is read with
 * @param columns - the resolved columns, with the file's `questions` when its header rows hold them
 * @returns the instrument, or a copy whose untexted items have the file's wording (English)
 * @example
 * const bare = defineInstrument({ id: 'x', name: { en: 'X' }, scale: { min: 1, max: 7 },
 *   dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] });
 * const columns = { ...resolveColumns(['Q1'], extendInstrument(bare, { columns: { perception: 'Q{id}' } })), questions: ['How far do you agree? - Staff are courteous.'] };
 * withQuestionText(bare, columns).dimensions[0].items[0].text
 * //=> { en: 'Staff are courteous.' }
 */
export function withQuestionText(instrument: Instrument, columns: ColumnMap): Instrument {
  const questions = columns.questions;
  if (questions === undefined) return instrument;
  const roles = [columns.perception, columns.expectation, columns.minimum, columns.desired];
  let k = 0;
  let changed = false;
  const dimensions = instrument.dimensions.map((dimension) => ({
    ...dimension,
    items: dimension.items.map((item) => {
      const at = k++;
      if (item.text !== undefined) return item;
      for (const indexes of roles) {
        const column = indexes?.[at] ?? -1;
        const wording = column < 0 ? '' : statementOf(questions[column] ?? '');
        if (wording !== '') {
          changed = true;
          return { ...item, text: { en: wording } };
        }
      }
      return item;
    }),
  }));
  return changed ? extendInstrument(instrument, { dimensions }) : instrument;
}

function statementOf(question: string): string {
  const at = question.lastIndexOf(STEM);
  const statement = at < 0 ? question.trim() : question.slice(at + STEM.length).trim();
  return statement === '' ? question.trim() : statement;
}
