import { normalizeLabel } from '../instrument/normalizeLabel.js';
import type { ScaleLabels } from '../instrument/schema.js';

/**
 * The lookup of answers given as words: each label of a scale (English and Chinese), in the form
 * {@link normalizeLabel} gives, to its answer. A reader makes it once and consults it only for a cell
 * that is not a number, so files of numbers read as fast as before.
 *
 * @param scale - an answer scale; its `labels` are checked by the instrument contract (whole numbers on
 *   the scale, no word twice)
 * @returns the map from normalised word to answer, or `null` when the scale names no answers
 * @example
 * answerLabels({ min: 1, max: 7, labels: { 7: { en: 'Strongly agree', zh: '非常同意' } } }).get('strongly agree')
 * //=> 7
 */
export function answerLabels(scale: { readonly labels?: ScaleLabels | undefined }): ReadonlyMap<string, number> | null {
  const labels = scale.labels;
  if (labels === undefined) return null;
  const words = new Map<string, number>();
  for (const [key, text] of Object.entries(labels)) {
    const answer = Number(key);
    words.set(normalizeLabel(text.en), answer);
    if (text.zh !== undefined) words.set(normalizeLabel(text.zh), answer);
  }
  return words.size === 0 ? null : words;
}
