import type { BilingualText } from '../instrument/schema.js';

const t = (en: string, zh: string): BilingualText => ({ en, zh });

/**
 * One likely cause of a shortfall in a dimension: a provider gap (1–4) of the five-gap model, why it
 * shows in this dimension, and the staff-survey constructs (`GAP_FACTORS` ids) whose remedies fit it.
 */
export interface LikelyGap {
  readonly gap: 1 | 2 | 3 | 4;
  readonly why: BilingualText;
  readonly constructs: readonly string[];
}

/**
 * Which provider gaps most often produce a shortfall in each SERVQUAL dimension (the ids of
 * `servqual22`), most likely first. This is data, not a computation: our reading of Zeithaml,
 * Parasuraman & Berry (1990, *Delivering Quality Service*, chapters 4–7: one provider gap each, its
 * organisational causes and examples) and of Parasuraman, Berry & Zeithaml (1991), who found
 * reliability to be about the outcome of the service (so chiefly a delivery and a promise problem) and
 * the other four dimensions about its process. docs/statistics.md names it; a diagnosis (`diagnose`,
 * with a managers' or staff survey) replaces this order with measured severities.
 *
 * A dimension not listed here (a custom instrument's) gets gaps 1–4 in model order, each explained
 * by its definition.
 */
export const LIKELY_GAPS: Readonly<Record<string, readonly LikelyGap[]>> = Object.freeze({
  tangibles: [
    {
      gap: 2,
      why: t(
        'Premises, equipment and materials are specified to the company’s taste or budget rather than to what customers expect to see.',
        '场所、设备和资料的标准依据公司的偏好或预算制定，而不是依据顾客期望看到的样子。',
      ),
      constructs: ['goalSetting', 'managementCommitment'],
    },
    {
      gap: 3,
      why: t(
        'Equipment and facilities are not kept up to the standard set: worn, out of order, or unfit for the job.',
        '设备和设施没有维持在既定标准：陈旧、故障或不适合岗位需要。',
      ),
      constructs: ['technologyJobFit'],
    },
    {
      gap: 4,
      why: t('Brochures, photos and the website show more than the customer then finds.', '宣传册、照片和网站展示的超出了顾客实际看到的。'),
      constructs: ['overpromising'],
    },
  ],
  reliability: [
    {
      gap: 3,
      why: t(
        'The service is not performed as designed: staff or systems that do not fit the job, unclear roles, no one checking that it is done right the first time.',
        '服务没有按设计执行：员工或系统与岗位不匹配、职责不清、没有人检查是否第一次就做对。',
      ),
      constructs: ['employeeJobFit', 'technologyJobFit', 'roleAmbiguity'],
    },
    {
      gap: 4,
      why: t('Sales and advertising promise times and results that operations cannot keep.', '销售和广告承诺了运营部门无法兑现的时间和结果。'),
      constructs: ['overpromising', 'horizontalCommunication'],
    },
    {
      gap: 2,
      why: t('There is no measurable standard for doing it right, on time, every time.', '对“按时、每次都做对”没有可衡量的标准。'),
      constructs: ['taskStandardisation', 'goalSetting'],
    },
  ],
  responsiveness: [
    {
      gap: 3,
      why: t(
        'Front-line staff lack the authority to act at once, and are measured on output rather than on how quickly customers are helped.',
        '一线员工没有立即处理的权限，考核的是工作量而不是帮助顾客的速度。',
      ),
      constructs: ['perceivedControl', 'supervisoryControl'],
    },
    {
      gap: 2,
      why: t('No response-time standards set from what customers consider prompt.', '没有依据顾客眼中的“及时”制定响应时间标准。'),
      constructs: ['goalSetting', 'taskStandardisation'],
    },
    {
      gap: 1,
      why: t(
        'Management does not know how long customers are willing to wait: waiting and complaints do not reach it.',
        '管理层不知道顾客愿意等待多久：排队和投诉的信息传不到管理层。',
      ),
      constructs: ['upwardCommunication', 'marketingResearch'],
    },
  ],
  assurance: [
    {
      gap: 3,
      why: t(
        'Staff are not trained or selected for the knowledge and courtesy the job needs, or do not back each other up.',
        '员工的知识和礼仪没有经过相应的培训或选拔，或彼此之间缺乏配合。',
      ),
      constructs: ['employeeJobFit', 'teamwork'],
    },
    {
      gap: 2,
      why: t(
        'Management does not make competence and courtesy a standard it resources and checks.',
        '管理层没有把专业能力和礼貌待客作为投入资源并加以检查的标准。',
      ),
      constructs: ['managementCommitment', 'goalSetting'],
    },
    {
      gap: 4,
      why: t('What the company says about its expertise raises expectations its staff cannot meet.', '公司对自身专业能力的宣传抬高了顾客期望，员工无法达到。'),
      constructs: ['overpromising'],
    },
  ],
  empathy: [
    {
      gap: 1,
      why: t(
        'Management does not know what individual customers need: too little research, and too many layers between it and the front line.',
        '管理层不了解顾客的个别需求：调研太少，与一线之间的层级太多。',
      ),
      constructs: ['marketingResearch', 'levelsOfManagement'],
    },
    {
      gap: 3,
      why: t('Staff are pushed for speed and volume, which conflicts with giving each customer attention.', '员工被要求追求速度和数量，与关注每位顾客相冲突。'),
      constructs: ['roleConflict', 'supervisoryControl'],
    },
    {
      gap: 2,
      why: t('Individual attention is believed to be unaffordable, so no standard asks for it.', '管理层认为个性化关照成本太高，因此没有相应的标准。'),
      constructs: ['perceivedFeasibility'],
    },
  ],
});
