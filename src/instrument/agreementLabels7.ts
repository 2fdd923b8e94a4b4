import type { ScaleLabels } from './schema.js';

/**
 * The seven answers of a 1–7 agreement scale in words, as the built-in instruments name them: in
 * English, Qualtrics' default seven-point agreement choices; in Chinese, the wording of Chinese
 * questionnaires (非常不同意 … 非常同意). A file may hold these words instead of 1–7.
 */
export const AGREEMENT_LABELS_7: ScaleLabels = {
  1: { en: 'Strongly disagree', zh: '非常不同意' },
  2: { en: 'Disagree', zh: '不同意' },
  3: { en: 'Somewhat disagree', zh: '有点不同意' },
  4: { en: 'Neither agree nor disagree', zh: '一般' },
  5: { en: 'Somewhat agree', zh: '有点同意' },
  6: { en: 'Agree', zh: '同意' },
  7: { en: 'Strongly agree', zh: '非常同意' },
};
