import { AGREEMENT_LABELS_7 } from './agreementLabels7.js';
import { defineInstrument } from './defineInstrument.js';
import type { Instrument } from './schema.js';

// Grönroos' (1988) six criteria of good perceived service quality, each asked with three statements
// written in our own words. `[en, zh]` pairs.
const CRITERIA = [
  {
    id: 'professionalism',
    en: 'Professionalism and skills',
    zh: '专业性与技能',
    items: [
      ['Staff have the knowledge and skills to solve my problem.', '员工具备解决我的问题所需的知识和技能。'],
      ["The company's procedures and systems work well for me.", '公司的流程和系统能很好地为我服务。'],
      ['Staff know what they are doing and do it competently.', '员工清楚自己在做什么，并且做得称职。'],
    ],
  },
  {
    id: 'attitudes',
    en: 'Attitudes and behaviour',
    zh: '态度与行为',
    items: [
      ['Staff care about me and want to solve my problem.', '员工关心我，愿意解决我的问题。'],
      ['Staff help me in a friendly, willing way.', '员工以友好、主动的态度帮助我。'],
      ['Staff treat me with courtesy and respect.', '员工对我以礼相待、尊重有加。'],
    ],
  },
  {
    id: 'accessibility',
    en: 'Accessibility and flexibility',
    zh: '可接近性与灵活性',
    items: [
      ['Its location and opening hours make the service easy to reach.', '服务地点和营业时间方便我获得服务。'],
      ['Staff and systems adapt to what I need.', '员工和系统能根据我的需要灵活调整。'],
      ['It is easy to reach the right person when I need to.', '需要时很容易找到合适的人。'],
    ],
  },
  {
    id: 'reliability',
    en: 'Reliability and trustworthiness',
    zh: '可靠性与可信赖性',
    items: [
      ['I can rely on the company to keep its promises.', '我可以相信公司会信守承诺。'],
      ['The company acts in my best interest.', '公司的所作所为符合我的利益。'],
      ['The service is delivered as agreed, every time.', '每一次服务都按约定提供。'],
    ],
  },
  {
    id: 'recovery',
    en: 'Recovery',
    zh: '服务补救',
    items: [
      ['When something goes wrong, the company acts at once to put it right.', '出现差错时，公司会立即采取行动纠正。'],
      ['After a mistake, staff take responsibility and find an acceptable solution.', '出错之后，员工会承担责任并找到我能接受的解决办法。'],
      ['Complaints are handled quickly and fairly.', '投诉能得到迅速、公正的处理。'],
    ],
  },
  {
    id: 'reputation',
    en: 'Reputation and credibility',
    zh: '名誉与可信度',
    items: [
      ['The company has a good name.', '公司享有良好的声誉。'],
      ["I trust the company's way of doing business.", '我信任公司的经营方式。'],
      ['The company stands for good performance and value for money.', '公司代表着出色的表现和物有所值。'],
    ],
  },
] as const;

/**
 * Grönroos' (1988) six criteria of good perceived service quality, three items each on a 1–7 scale:
 * professionalism and skills (items 1–3), attitudes and behaviour (4–6), accessibility and
 * flexibility (7–9), reliability and trustworthiness (10–12), recovery (13–15), reputation and
 * credibility (16–18). Two groups above the dimensions: material needs (物化需求; criteria 1 and 5,
 * outcome-related) and emotional needs (情感需求; criteria 2, 3, 4 and 6, process-related). Columns
 * `E1…E18`, `P1…P18`.
 */
export const gronroos6: Instrument = defineInstrument({
  id: 'gronroos6',
  name: { en: "Grönroos' six criteria of good service", zh: '格罗鲁斯优质服务六项标准' },
  scale: { min: 1, max: 7, labels: AGREEMENT_LABELS_7 },
  dimensions: CRITERIA.map((c, d) => ({
    id: c.id,
    name: { en: c.en, zh: c.zh },
    items: c.items.map(([en, zh], i) => ({ id: String(3 * d + i + 1), text: { en, zh } })),
  })),
  groups: [
    { id: 'material', name: { en: 'Material needs', zh: '物化需求' }, dimensions: ['professionalism', 'recovery'] },
    { id: 'emotional', name: { en: 'Emotional needs', zh: '情感需求' }, dimensions: ['attitudes', 'accessibility', 'reliability', 'reputation'] },
  ],
});
