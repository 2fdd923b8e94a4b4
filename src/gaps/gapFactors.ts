import { defineInstrument } from '../instrument/defineInstrument.js';
import type { Instrument, BilingualText } from '../instrument/schema.js';

const t = (en: string, zh: string): BilingualText => ({ en, zh });

/** An organisational construct behind gaps 1–4 (Zeithaml, Berry & Parasuraman 1988). */
export interface GapFactor {
  id: string;
  gap: 1 | 2 | 3 | 4;
  name: BilingualText;
  /** What to do when the construct scores low. */
  remedy: BilingualText;
  /** Items as [id, en, zh, reverse?]; negative constructs are worded negatively and reverse-keyed. */
  items: ReadonlyArray<readonly [string, string, string, boolean?]>;
}

/** The constructs of the staff survey, in our own words. Scale 1–5 (strongly disagree – strongly agree). */
export const GAP_FACTORS: readonly GapFactor[] = [
  {
    id: 'marketingResearch',
    gap: 1,
    name: t('Marketing research orientation', '市场调研导向'),
    remedy: t('Research customers\u2019 expectations regularly and use the results in decisions', '定期调研顾客期望，并在决策中使用调研结果'),
    items: [
      ['MRO1', 'We regularly collect information about what our customers expect.', '我们定期收集关于顾客期望的信息。'],
      ['MRO2', 'Management uses what customers tell us when it makes decisions.', '管理层在决策时会采纳顾客反馈的信息。'],
      ['MRO3', 'Managers here talk directly with customers.', '这里的管理者会直接与顾客交流。'],
    ],
  },
  {
    id: 'upwardCommunication',
    gap: 1,
    name: t('Upward communication', '向上沟通'),
    remedy: t(
      'Give front-line staff regular channels to management, and act on what they report',
      '为一线员工建立通向管理层的常规渠道，并对其反映的问题采取行动',
    ),
    items: [
      ['UPC1', 'Managers often ask front-line staff what customers want.', '管理者经常向一线员工了解顾客的需求。'],
      ['UPC2', 'Front-line staff can easily pass customers\u2019 concerns on to management.', '一线员工可以方便地向管理层反映顾客的意见。'],
    ],
  },
  {
    id: 'levelsOfManagement',
    gap: 1,
    name: t('Levels of management', '管理层级'),
    remedy: t('Remove layers between the front line and the people who decide', '减少一线与决策者之间的管理层级'),
    items: [
      ['LOM1', 'There are few layers of management between front-line staff and top management.', '一线员工与高层管理者之间的管理层级很少。'],
      ['LOM2', 'A customer\u2019s request quickly reaches someone who can decide on it.', '顾客的请求能很快传达到有权决定的人。'],
    ],
  },
  {
    id: 'managementCommitment',
    gap: 2,
    name: t('Management commitment to service quality', '管理层对服务质量的承诺'),
    remedy: t('Make service quality a visible priority of management, with resources behind it', '让服务质量成为管理层看得见的优先事项，并投入资源'),
    items: [
      ['MCQ1', 'Management puts service quality first, even when it costs money.', '即使需要投入成本，管理层也把服务质量放在首位。'],
      ['MCQ2', 'Management gives us the resources to serve customers well.', '管理层为我们提供了服务好顾客所需的资源。'],
      ['MCQ3', 'Service quality is on the agenda of management meetings.', '服务质量是管理层会议的议题之一。'],
    ],
  },
  {
    id: 'goalSetting',
    gap: 2,
    name: t('Goal setting', '目标设定'),
    remedy: t('Set SMART service standards defined by what customers expect', '依据顾客期望制定 SMART 服务标准'),
    items: [
      ['GLS1', 'We have clear service-quality goals.', '我们有明确的服务质量目标。'],
      ['GLS2', 'Our service goals are based on what customers expect.', '我们的服务目标以顾客的期望为依据。'],
    ],
  },
  {
    id: 'taskStandardisation',
    gap: 2,
    name: t('Task standardisation', '任务标准化'),
    remedy: t('Standardise routine tasks, with technology where it helps', '将常规工作标准化，必要时借助技术'),
    items: [
      ['TST1', 'Routine tasks are done in a standard way.', '常规工作都按统一的标准完成。'],
      ['TST2', 'Technology helps us do our work consistently.', '技术手段帮助我们保持工作的一致性。'],
    ],
  },
  {
    id: 'perceivedFeasibility',
    gap: 2,
    name: t('Perception of feasibility', '可行性认知'),
    remedy: t(
      'Show that customers\u2019 expectations can be met: pilot, measure and share successes',
      '通过试点、测量和分享成功经验，证明顾客期望是可以满足的',
    ),
    items: [
      ['POF1', 'We have what it takes to meet customers\u2019 expectations.', '我们有能力满足顾客的期望。'],
      ['POF2', 'Meeting customers\u2019 expectations is realistic in our business.', '在我们的业务中，满足顾客期望是切实可行的。'],
    ],
  },
  {
    id: 'teamwork',
    gap: 3,
    name: t('Teamwork', '团队协作'),
    remedy: t('Build teams with shared service goals and recognise helping colleagues', '建立目标一致的团队，认可同事之间的互助'),
    items: [
      ['TMW1', 'Colleagues help each other to serve customers.', '同事之间会互相帮助以服务好顾客。'],
      ['TMW2', 'I feel part of a team.', '我觉得自己是团队的一员。'],
      ['TMW3', 'Everyone here works towards the same service goals.', '这里的每个人都朝着相同的服务目标努力。'],
    ],
  },
  {
    id: 'employeeJobFit',
    gap: 3,
    name: t('Employee–job fit', '员工与岗位匹配'),
    remedy: t('Hire for fit and train for the job', '按岗位匹配度招聘，并开展针对性的岗位培训'),
    items: [
      ['EJF1', 'I have the skills my job needs.', '我具备岗位所需的技能。'],
      ['EJF2', 'I was trained well for my job.', '我接受了良好的岗位培训。'],
    ],
  },
  {
    id: 'technologyJobFit',
    gap: 3,
    name: t('Technology–job fit', '技术与岗位匹配'),
    remedy: t('Give staff tools and systems that fit the job and work reliably', '为员工提供适合岗位、运行可靠的工具和系统'),
    items: [
      ['TJF1', 'The tools and systems I use help me serve customers well.', '我使用的工具和系统有助于我服务好顾客。'],
      ['TJF2', 'Our equipment and systems are reliable.', '我们的设备和系统运行可靠。'],
    ],
  },
  {
    id: 'perceivedControl',
    gap: 3,
    name: t('Perceived control', '掌控感'),
    remedy: t('Empower staff to solve customers\u2019 problems on the spot', '授权员工当场解决顾客的问题'),
    items: [
      ['PCN1', 'I can solve most customers\u2019 problems myself.', '我能自己解决大多数顾客的问题。'],
      ['PCN2', 'I have the authority I need to help customers.', '我拥有帮助顾客所需的权限。'],
    ],
  },
  {
    id: 'supervisoryControl',
    gap: 3,
    name: t('Supervisory control systems', '监督控制系统'),
    remedy: t('Assess and reward service quality, not only output', '考核和奖励服务质量，而不只是工作量'),
    items: [
      ['SCS1', 'I am assessed on how well I serve customers, not only on how much I do.', '对我的考核看重服务顾客的质量，而不只是工作量。'],
      ['SCS2', 'Good service is recognised and rewarded here.', '优质服务在这里会得到认可和奖励。'],
    ],
  },
  {
    id: 'roleConflict',
    gap: 3,
    name: t('Role conflict', '角色冲突'),
    remedy: t('Remove demands that conflict with serving customers', '消除与服务顾客相冲突的工作要求'),
    items: [
      ['RCF1', 'I am asked to do things that get in the way of serving customers well.', '我被要求做一些妨碍我服务好顾客的事。', true],
      ['RCF2', 'What my manager wants and what customers want often pull in different directions.', '上级的要求与顾客的需要常常相互矛盾。', true],
    ],
  },
  {
    id: 'roleAmbiguity',
    gap: 3,
    name: t('Role ambiguity', '角色模糊'),
    remedy: t('Make roles, standards and how performance is judged clear to every employee', '向每位员工讲清岗位职责、服务标准和绩效评价方式'),
    items: [
      ['RAM1', 'I am often unsure what is expected of me in my job.', '我常常不清楚工作对我的要求是什么。', true],
      ['RAM2', 'I do not know how my performance is judged.', '我不知道自己的工作表现是如何被评价的。', true],
    ],
  },
  {
    id: 'horizontalCommunication',
    gap: 4,
    name: t('Horizontal communication', '横向沟通'),
    remedy: t('Have operations review what marketing and sales promise', '让运营部门审核营销和销售的承诺'),
    items: [
      ['HCM1', 'Marketing and sales check with us before they promise customers something.', '营销和销售部门在向顾客承诺之前会与我们沟通。'],
      ['HCM2', 'Departments tell each other what customers have been promised.', '各部门会互相通报向顾客做出的承诺。'],
    ],
  },
  {
    id: 'overpromising',
    gap: 4,
    name: t('Propensity to overpromise', '过度承诺倾向'),
    remedy: t('Promise only what is delivered', '只承诺能够兑现的服务'),
    items: [
      ['PTO1', 'Our advertising promises more than we deliver.', '我们的广告承诺超出了实际能提供的服务。', true],
      ['PTO2', 'We feel pressure to promise customers more to win their business.', '为了赢得业务，我们感到有压力向顾客做出更多承诺。', true],
    ],
  },
];

function instrumentOf(id: string, name: BilingualText, groups: ReadonlyArray<{ id: string; name: BilingualText; factors: readonly GapFactor[] }>): Instrument {
  return defineInstrument({
    id,
    name,
    scale: { min: 1, max: 5 },
    columns: { perception: '{id}' },
    // Staff answer each statement once, about their own workplace: no expectations of "an excellent
    // company", no 100-point allocation among constructs and no overall satisfaction with a service.
    questionnaire: {
      roles: ['perception'],
      prompt: t('How far do you agree with each statement about your work here?', '您在多大程度上同意以下关于您在这里工作的陈述？'),
      allocation: false,
      overall: false,
    },
    dimensions: groups.map((g) => ({
      id: g.id,
      name: g.name,
      items: g.factors.flatMap((f) =>
        f.items.map(([itemId, en, zh, reverse]) => ({ id: itemId, text: { en, zh }, ...(reverse === true ? { reverse: true } : {}) })),
      ),
    })),
  });
}

/**
 * The staff survey of gaps 1–4: one dimension per organisational construct of Zeithaml, Berry &
 * Parasuraman (1988), 2–3 items each on a 1–5 agreement scale, headers are the item ids (`MRO1`, …).
 * Role conflict, role ambiguity and overpromising are worded negatively and reverse-keyed, so a higher
 * score is always healthier.
 */
export const gapFactors: Instrument = instrumentOf(
  'gap-factors',
  t('Staff survey of service-quality gaps 1–4', '服务质量差距 1–4 员工调查'),
  GAP_FACTORS.map((f) => ({ id: f.id, name: f.name, factors: [f] })),
);

/** The same items grouped by gap (dimensions `gap1` … `gap4`), for a score and alpha per gap. */
export const gapFactorsByGap: Instrument = instrumentOf(
  'gap-factors-by-gap',
  t('Staff survey of service-quality gaps 1–4, by gap', '服务质量差距 1–4 员工调查（按差距）'),
  ([1, 2, 3, 4] as const).map((g) => ({ id: `gap${g}`, name: t(`Gap ${g}`, `差距 ${g}`), factors: GAP_FACTORS.filter((f) => f.gap === g) })),
);
