import type { BilingualText } from '../instrument/schema.js';
import type { Cell } from '../data/parseCell.js';
import type { KanoAnswer } from './kanoEvaluation.js';

/** The five Kano answers in words, English and Chinese, in code order 1–5. */
export const KANO_ANSWERS: readonly BilingualText[] = [
  { en: 'I like it', zh: '我很喜欢' },
  { en: 'I expect it', zh: '理所当然' },
  { en: 'I am neutral', zh: '无所谓' },
  { en: 'I can live with it', zh: '能忍受' },
  { en: 'I dislike it', zh: '我很不喜欢' },
];

// Words compared case-insensitively, with runs of spaces as one and a trailing full stop ignored.
const WORDS = new Map<string, KanoAnswer>(
  KANO_ANSWERS.flatMap((a, i) => [[a.en.toLowerCase(), (i + 1) as KanoAnswer] as const, [a.zh, (i + 1) as KanoAnswer] as const]),
);

/**
 * Reads one Kano answer: a code 1–5, or the answer's words in English or Chinese (see
 * {@link KANO_ANSWERS}). An empty cell or `NA` is no answer.
 *
 * @param cell - the cell as read
 * @returns the code; `null` for no answer; `undefined` when the cell is neither
 *
 * @example
 * [parseKanoAnswer('4'), parseKanoAnswer(' I dislike it '), parseKanoAnswer('理所当然'), parseKanoAnswer(''), parseKanoAnswer('maybe')]
 * //=> [4, 5, 2, null, undefined]
 */
export function parseKanoAnswer(cell: Cell): KanoAnswer | null | undefined {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isNaN(cell) ? null : Number.isInteger(cell) && cell >= 1 && cell <= 5 ? (cell as KanoAnswer) : undefined;
  const text = cell.trim();
  if (text === '' || text === 'NA') return null;
  if (/^[1-5]$/.test(text)) return Number(text) as KanoAnswer;
  return WORDS.get(
    text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/[.。]$/, ''),
  );
}
