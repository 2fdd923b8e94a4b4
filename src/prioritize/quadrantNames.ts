import type { Quadrant } from '../report/types.js';

/**
 * The four importance–performance quadrants (Martilla & James 1977) in words, for the reasons the
 * report carries and for the renderers' tables and charts alike. `en` and `zh` name a quadrant; `en`
 * also ends a priority's English reason ("… — concentrate here."), where Chinese wants the advice as
 * a verb phrase, `zhAdvice` ("……——应重点改进。").
 */
export const QUADRANT_NAMES: Readonly<Record<Quadrant, { en: string; zh: string; zhAdvice: string }>> = {
  'concentrate-here': { en: 'concentrate here', zh: '重点改进', zhAdvice: '应重点改进' },
  'keep-up-the-good-work': { en: 'keep up the good work', zh: '继续保持', zhAdvice: '继续保持' },
  'low-priority': { en: 'low priority', zh: '次要', zhAdvice: '可暂缓改进' },
  'possible-overkill': { en: 'possible overkill', zh: '可能过度', zhAdvice: '可能投入过度' },
};
