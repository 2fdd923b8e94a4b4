import { KANO_ANSWERS } from './kanoAnswer.js';
import { DEFAULT_KANO_COLUMNS, type KanoInstrument } from './KanoInstrumentSchema.js';

/**
 * The blank CSV header of a Kano survey: `respondent_id`, then per attribute its functional and
 * dysfunctional columns.
 *
 * @example
 * kanoTemplateColumns({ attributes: [{ id: 'wifi', name: { en: 'Free Wi-Fi' } }] })
 * //=> ['respondent_id', 'F_wifi', 'D_wifi']
 */
export function kanoTemplateColumns(instrument: KanoInstrument): string[] {
  const f = instrument.columns?.functional ?? DEFAULT_KANO_COLUMNS.functional;
  const d = instrument.columns?.dysfunctional ?? DEFAULT_KANO_COLUMNS.dysfunctional;
  return ['respondent_id', ...instrument.attributes.flatMap((a) => [f.replaceAll('{id}', a.id), d.replaceAll('{id}', a.id)])];
}

const WORDS = {
  title: { en: 'Questionnaire', zh: '问卷' },
  intro: {
    en: 'Each feature has two questions: how you would feel if the hotel had it, and how you would feel if it had not. Pick one answer for each.',
    zh: '每项服务有两个问题：如果酒店提供该服务，您的感受如何；如果不提供，您的感受又如何。每题选择一个答案。',
  },
  functional: { en: (name: string) => `If the hotel offered "${name}", how would you feel?`, zh: (name: string) => `如果提供「${name}」，您觉得？` },
  dysfunctional: { en: (name: string) => `If the hotel did not offer "${name}", how would you feel?`, zh: (name: string) => `如果不提供「${name}」，您觉得？` },
} as const;

/**
 * The Kano questionnaire in English or Chinese: per attribute the functional and dysfunctional
 * question, each with the five answers (coded 1–5 as the analysis reads them), column names given.
 *
 * @param instrument - the Kano instrument
 * @param lang - `en` or `zh`
 *
 * @example
 * kanoQuestionnaireText({ attributes: [{ id: 'wifi', name: { en: 'Free Wi-Fi', zh: '免费无线网络' } }] }, 'zh').split('\n')[4]
 * //=> '1. [F_wifi] 如果提供「免费无线网络」，您觉得？'
 */
export function kanoQuestionnaireText(instrument: KanoInstrument, lang: 'en' | 'zh'): string {
  const columns = kanoTemplateColumns(instrument).slice(1);
  const answers = KANO_ANSWERS.map((a, i) => `   ${i + 1} ${a[lang]}`).join('\n');
  const out = [
    `# ${instrument.name === undefined ? 'Kano' : lang === 'zh' ? (instrument.name.zh ?? instrument.name.en) : instrument.name.en}: ${WORDS.title[lang]}`,
    '',
    WORDS.intro[lang],
    '',
  ];
  instrument.attributes.forEach((a, i) => {
    const name = lang === 'zh' ? (a.name.zh ?? a.name.en) : a.name.en;
    out.push(
      `${2 * i + 1}. [${columns[2 * i]}] ${WORDS.functional[lang](name)}`,
      answers,
      `${2 * i + 2}. [${columns[2 * i + 1]}] ${WORDS.dysfunctional[lang](name)}`,
      answers,
      '',
    );
  });
  return `${out.join('\n')}`;
}
