import { AGREEMENT_LABELS_7 } from './agreementLabels7.js';
import { defineInstrument } from './defineInstrument.js';
import type { Instrument } from './schema.js';

// Item texts are written in our own words after the 22 statements of Parasuraman, Zeithaml & Berry
// (1988, 1991). `[en, zh]` pairs; the 1988 form words items 10–13 and 18–22 negatively.
const DIMENSIONS = [
  { id: 'tangibles', en: 'Tangibles', zh: '有形性', items: [1, 2, 3, 4] },
  { id: 'reliability', en: 'Reliability', zh: '可靠性', items: [5, 6, 7, 8, 9] },
  { id: 'responsiveness', en: 'Responsiveness', zh: '响应性', items: [10, 11, 12, 13] },
  { id: 'assurance', en: 'Assurance', zh: '保证性', items: [14, 15, 16, 17] },
  { id: 'empathy', en: 'Empathy', zh: '移情性', items: [18, 19, 20, 21, 22] },
] as const;

const POSITIVE: Record<number, readonly [string, string]> = {
  1: ['The company uses modern, up-to-date equipment.', '公司使用现代、先进的设备。'],
  2: ['Its premises and facilities are pleasant to look at.', '公司的场所和设施看起来令人舒适。'],
  3: ['Its staff look neat and professional.', '员工的仪表整洁、专业。'],
  4: ['Brochures, statements and other service materials are clear and attractive.', '宣传册、账单等服务资料清晰美观。'],
  5: ['When it promises to do something by a certain time, it does.', '承诺在某个时间前完成的事情，都能做到。'],
  6: ['When a customer has a problem, it shows a sincere wish to solve it.', '顾客遇到问题时，公司真心想帮忙解决。'],
  7: ['It gets the service right the first time.', '第一次就把服务做对。'],
  8: ['It delivers its services when it says it will.', '在承诺的时间提供服务。'],
  9: ['Its records and accounts are free of errors.', '公司的记录和账目准确无误。'],
  10: ['Staff tell customers exactly when a service will be carried out.', '员工会准确告知顾客服务何时进行。'],
  11: ['Staff serve customers promptly.', '员工为顾客提供迅速的服务。'],
  12: ['Staff are always willing to help customers.', '员工总是愿意帮助顾客。'],
  13: ['Staff are never too busy to respond to a request.', '员工再忙也会回应顾客的请求。'],
  14: ['Staff behaviour gives customers confidence.', '员工的言行让顾客感到放心。'],
  15: ['Customers feel safe dealing with the company.', '顾客与公司打交道时感到安全。'],
  16: ['Staff are courteous at all times.', '员工始终以礼相待。'],
  17: ["Staff know enough to answer customers' questions.", '员工有足够的知识回答顾客的问题。'],
  18: ['The company gives each customer individual attention.', '公司关注每一位顾客。'],
  19: ['Its opening hours suit all its customers.', '营业时间方便所有顾客。'],
  20: ['Staff give customers personal attention.', '员工给予顾客个性化的关照。'],
  21: ["The company puts customers' best interests first.", '公司把顾客的利益放在首位。'],
  22: ["Staff understand each customer's particular needs.", '员工了解每位顾客的具体需求。'],
};

const NEGATIVE_1988: Record<number, readonly [string, string]> = {
  10: ['Staff do not tell customers exactly when a service will be carried out.', '员工不会准确告知顾客服务何时进行。'],
  11: ['Customers do not get prompt service from staff.', '顾客得不到员工迅速的服务。'],
  12: ['Staff are not always willing to help customers.', '员工并不总是愿意帮助顾客。'],
  13: ['Staff are too busy to respond to requests promptly.', '员工太忙，无法及时回应顾客的请求。'],
  18: ['The company does not give customers individual attention.', '公司不会关注每一位顾客。'],
  19: ['Its opening hours do not suit all its customers.', '营业时间并不方便所有顾客。'],
  20: ['Staff do not give customers personal attention.', '员工不会给予顾客个性化的关照。'],
  21: ["The company does not put customers' best interests first.", '公司没有把顾客的利益放在首位。'],
  22: ["Staff do not understand customers' particular needs.", '员工不了解顾客的具体需求。'],
};

function build(id: string, name: { en: string; zh: string }, negative: Record<number, readonly [string, string]>): Instrument {
  return defineInstrument({
    id,
    name,
    scale: { min: 1, max: 7, labels: AGREEMENT_LABELS_7 },
    dimensions: DIMENSIONS.map((d) => ({
      id: d.id,
      name: { en: d.en, zh: d.zh },
      items: d.items.map((n) => {
        const text = negative[n] ?? POSITIVE[n];
        return {
          id: String(n),
          ...(text === undefined ? {} : { text: { en: text[0], zh: text[1] } }),
          ...(negative[n] === undefined ? {} : { reverse: true }),
        };
      }),
    })),
  });
}

/**
 * The 22-item SERVQUAL in its 1991 positively worded form (Parasuraman, Berry & Zeithaml 1991),
 * on a 1–7 agreement scale whose answers may be words ({@link AGREEMENT_LABELS_7}): tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22.
 * Columns `E1…E22`, `P1…P22`, weights `W_tangibles…W_empathy`.
 */
export const servqual22: Instrument = build('servqual22', { en: 'SERVQUAL (22 items, 1991)', zh: 'SERVQUAL 量表（22 项，1991 版）' }, {});

/**
 * The 1988 form of SERVQUAL (Parasuraman, Zeithaml & Berry 1988): items 10–13 and 18–22 are
 * negatively worded and reverse-keyed (recoded `8 − x` on the 1–7 scale before scoring).
 */
export const servqual22_1988: Instrument = build('servqual22-1988', { en: 'SERVQUAL (22 items, 1988)', zh: 'SERVQUAL 量表（22 项，1988 版）' }, NEGATIVE_1988);
