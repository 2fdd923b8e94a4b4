import type { BilingualText } from '../instrument/schema.js';

/** A built-in service journey: its stages in order, named in English and Chinese, and what the source says of it. */
export interface JourneyTemplate {
  id: string;
  name: BilingualText;
  /** Stages in the order a customer meets them; `id` is the column of a ratings file. */
  stages: ReadonlyArray<{ id: string; name: BilingualText }>;
  /** What the source material counts for such a journey. */
  notes: readonly BilingualText[];
}

const t = (en: string, zh: string): BilingualText => ({ en, zh });

/**
 * The outpatient visit to a hospital as the source material lists it: eleven moments of truth from
 * parking to leaving, at least five of them with staff, and 9.512 moments of truth per minute.
 */
export const HOSPITAL_JOURNEY: JourneyTemplate = {
  id: 'hospital',
  name: t('Hospital outpatient visit', '医院门诊就诊'),
  stages: [
    { id: 'parking', name: t('Parking', '停车') },
    { id: 'enquiry', name: t('Enquiry', '问询') },
    { id: 'registration', name: t('Registration', '挂号') },
    { id: 'waiting', name: t('Waiting', '候诊') },
    { id: 'consultation', name: t('Consultation', '应诊') },
    { id: 'tests', name: t('Tests', '检验检查') },
    { id: 'billing', name: t('Billing', '交费划价') },
    { id: 'chinese_pharmacy', name: t('Chinese-medicine pharmacy', '取中药') },
    { id: 'western_pharmacy', name: t('Western-medicine pharmacy', '取西药') },
    { id: 'treatment', name: t('Treatment', '接受处置') },
    { id: 'leaving', name: t('Leaving', '返回') },
  ],
  notes: [
    t('A patient meets at least five members of staff in such a visit.', '一次门诊就诊中，患者至少与五名工作人员接触。'),
    t('The source material counts 9.512 moments of truth per minute.', '资料统计：每分钟有 9.512 个关键时刻。'),
  ],
};

/** The built-in journeys by id (`servqual template --journey ID`). */
export const JOURNEY_TEMPLATES: Readonly<Record<string, JourneyTemplate>> = { hospital: HOSPITAL_JOURNEY };

/**
 * The name of a stage in a language, where a built-in journey names a stage with this id; else the id as written.
 *
 * @param stage - the stage as a file names it (a column of a ratings file, or a row of a shares file)
 * @param lang - `en` or `zh`
 * @returns the stage's name
 *
 * @example
 * [stageName('registration', 'zh'), stageName('lobby', 'zh')]
 * //=> ['挂号', 'lobby']
 */
export function stageName(stage: string, lang: 'en' | 'zh'): string {
  for (const template of Object.values(JOURNEY_TEMPLATES)) {
    const found = template.stages.find((s) => s.id === stage);
    if (found !== undefined) return found.name[lang];
  }
  return stage;
}
