import type { StandardText } from './StandardsRegisterSchema.js';

/**
 * A register's text as `{ en, zh? }`: a plain string is English.
 *
 * @example
 * standardText('Greet within 10 s')
 * //=> { en: 'Greet within 10 s' }
 */
export function standardText(text: StandardText): { en: string; zh?: string } {
  return typeof text === 'string' ? { en: text } : text;
}
