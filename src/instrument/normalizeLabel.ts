/**
 * A word answer or a label as they are compared: without surrounding spaces (full-width ones too),
 * runs of spaces inside made one, in lower case. `" Strongly  Agree "` and `"strongly agree"` compare equal.
 *
 * @param text - an answer as written in a file, or a label of the instrument
 * @returns the text in the form labels are matched in
 * @example
 * normalizeLabel('\u3000Strongly  AGREE ')
 * //=> 'strongly agree'
 */
export function normalizeLabel(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
