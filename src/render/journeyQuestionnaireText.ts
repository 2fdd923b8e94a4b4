import type { JourneyTemplate } from '../journey/journeyTemplates.js';
import { JOURNEY_TEMPLATE_LABELS as T, type Lang } from './labels.js';

/**
 * The questionnaire of a built-in journey as plain text: one rating question per stage, in order,
 * with the ratings file's column of each, and what the source material says of the journey.
 *
 * @param template - a built-in journey (`JOURNEY_TEMPLATES`)
 * @param lang - `en` or `zh`
 * @returns the text, ending in a line end
 *
 * @example
 * journeyQuestionnaireText(HOSPITAL_JOURNEY, 'zh').split('\n')[2]
 * //=> ' 1. 停车 [parking]'
 */
export function journeyQuestionnaireText(template: JourneyTemplate, lang: Lang): string {
  return [
    template.name[lang],
    T.instruction[lang],
    ...template.stages.map((s, i) => `${String(i + 1).padStart(2)}. ${s.name[lang]} [${s.id}]`),
    '',
    ...template.notes.map((n) => `${T.note[lang]}${n[lang]}`),
    '',
  ].join('\n');
}
