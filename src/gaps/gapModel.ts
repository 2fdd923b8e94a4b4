import { ServqualError } from '../errors.js';
import type { BilingualText } from '../instrument/schema.js';

/** The ids of the five gaps of Parasuraman, Zeithaml & Berry (1985). */
export type GapId = 'knowledge' | 'standards' | 'delivery' | 'communication' | 'customer';

/** Which survey measures a gap. */
export type GapSurvey = 'managers' | 'staff' | 'customers';

/** One gap of the model: what it is, why it opens, and how to close it. */
export interface GapDefinition {
  gap: 1 | 2 | 3 | 4 | 5;
  id: GapId;
  name: BilingualText;
  definition: BilingualText;
  causes: ReadonlyArray<BilingualText>;
  remedies: ReadonlyArray<BilingualText>;
  /** The surveys that measure it: gap 1 by comparing managers' and customers' expectations, gaps 1–4 by the staff survey, gap 5 by customers. */
  measuredBy: readonly GapSurvey[];
}

const t = (en: string, zh: string): BilingualText => ({ en, zh });

/**
 * The five-gap model of service quality (差距模型; Parasuraman, Zeithaml & Berry 1985; Zeithaml, Berry &
 * Parasuraman 1988), in our own words, in English and Chinese.
 */
export const GAP_MODEL: readonly GapDefinition[] = Object.freeze([
  {
    gap: 1,
    id: 'knowledge',
    name: t('Knowledge gap', '认知差距'),
    definition: t(
      'Management does not know what customers expect: its picture of their expectations differs from theirs.',
      '管理层不了解顾客的期望：管理层对顾客期望的认识与顾客的实际期望不一致。',
    ),
    causes: [
      t('Too little or poorly used market research', '市场调研不足或未被有效利用'),
      t('Little upward communication from contact staff to management', '一线员工向管理层的向上沟通不足'),
      t('Too many layers between contact staff and top management', '一线员工与高层管理者之间层级过多'),
    ],
    remedies: [
      t(
        'Research customers regularly — surveys, complaints, lost-customer interviews — and act on the findings',
        '定期开展顾客调研（问卷、投诉分析、流失顾客访谈），并据此采取行动',
      ),
      t(
        'Let managers meet customers and hear contact staff: regular channels upward, and listen to them',
        '让管理者接触顾客、倾听一线员工：建立并重视常规的向上沟通渠道',
      ),
      t('Flatten the hierarchy between the front line and decision makers', '减少一线与决策者之间的管理层级'),
    ],
    measuredBy: ['managers', 'staff'],
  },
  {
    gap: 2,
    id: 'standards',
    name: t('Standards gap', '标准差距'),
    definition: t(
      'Management knows what customers expect but does not turn it into service designs and standards.',
      '管理层了解顾客期望，却没有把它转化为相应的服务设计和服务标准。',
    ),
    causes: [
      t('Weak management commitment to service quality', '管理层对服务质量的承诺不足'),
      t('No clear, customer-defined service goals', '缺乏清晰的、以顾客为导向的服务目标'),
      t('Tasks are not standardised where they could be', '可以标准化的工作没有标准化'),
      t('A belief that meeting expectations is not feasible', '认为满足顾客期望不可行'),
    ],
    remedies: [
      t('Make service quality a visible management commitment, with resources behind it', '让服务质量成为管理层看得见的承诺，并投入相应资源'),
      t(
        'Set service standards that are specific, measurable, achievable, relevant to customers and timely (SMART)',
        '制定具体、可衡量、可实现、与顾客相关且有时限（SMART）的服务标准',
      ),
      t('Standardise routine tasks, using technology where it helps', '将常规工作标准化，必要时借助技术手段'),
      t('Challenge "it cannot be done": test what is feasible before ruling it out', '不轻言“做不到”：先验证可行性再作决定'),
    ],
    measuredBy: ['staff'],
  },
  {
    gap: 3,
    id: 'delivery',
    name: t('Delivery gap', '交付差距'),
    definition: t('The service as delivered falls short of the standards that were set.', '实际提供的服务未能达到既定的服务标准。'),
    causes: [
      t('Poor teamwork', '团队协作不佳'),
      t('Staff or technology that do not fit the job', '员工或技术与岗位不匹配'),
      t('Little perceived control, supervision that measures the wrong things', '员工缺乏掌控感，监督考核的指标不当'),
      t('Role conflict and role ambiguity', '角色冲突与角色模糊'),
    ],
    remedies: [
      t('Build teamwork: shared goals, and colleagues who help each other', '加强团队协作：目标一致，同事互助'),
      t('Hire for fit, train for the job, and give staff tools that work', '按岗位匹配度招聘、针对岗位培训，并提供好用的工具'),
      t('Give staff the authority to solve customers\u2019 problems', '授权员工解决顾客的问题'),
      t('Measure and reward what customers value, not only output', '考核和奖励顾客看重的结果，而不只是工作量'),
      t('Clarify roles and remove conflicting demands', '明确岗位职责，消除相互冲突的要求'),
    ],
    measuredBy: ['staff'],
  },
  {
    gap: 4,
    id: 'communication',
    name: t('Communication gap', '宣传差距'),
    definition: t('What the company promises in advertising and sales does not match what it delivers.', '公司在广告和销售中的承诺与实际提供的服务不一致。'),
    causes: [
      t('Little horizontal communication between operations, marketing and sales', '运营、营销与销售部门之间横向沟通不足'),
      t('A propensity to overpromise to win business', '为争取业务而过度承诺'),
    ],
    remedies: [
      t('Involve operations in what marketing and sales promise, and keep them talking', '让运营部门参与营销和销售承诺的制定，并保持持续沟通'),
      t('Promise only what is delivered; manage customers\u2019 expectations honestly', '只承诺能做到的事，如实管理顾客期望'),
    ],
    measuredBy: ['staff'],
  },
  {
    gap: 5,
    id: 'customer',
    name: t('Customer gap', '顾客差距'),
    definition: t(
      'Customers perceive a service different from the one they expected: the SERVQUAL gap P − E.',
      '顾客感知的服务与其期望不一致，即 SERVQUAL 差距 P − E。',
    ),
    causes: [t('Gaps 1–4: it is their sum, seen by the customer', '差距 1–4：顾客差距是前四个差距的综合结果')],
    remedies: [t('Close gaps 1–4; start with the dimensions the priorities rank first', '缩小差距 1–4；从优先级排在前面的维度着手')],
    measuredBy: ['customers'],
  },
]) as readonly GapDefinition[];

/** The definition of a gap by number or id. */
export function gapDefinition(gap: 1 | 2 | 3 | 4 | 5 | GapId): GapDefinition {
  const found = GAP_MODEL.find((g) => g.gap === gap || g.id === gap);
  if (found === undefined) throw new ServqualError('E_INVALID_OPTION', `no gap ${String(gap)} in the five-gap model`);
  return found;
}
