import { columnTemplate, fillTemplate, importanceScaleOf, type ColumnRole } from '../instrument/columnTemplates.js';
import type { Instrument } from '../instrument/schema.js';
import type { Method } from './method.js';

/** The roles whose columns a method reads, in the order a data-entry sheet lists them. */
const ROLES: Record<Method, readonly ColumnRole[]> = {
  servqual: ['expectation', 'perception'],
  servperf: ['perception'],
  'three-column': ['minimum', 'desired', 'perception'],
};

/**
 * What the template asks: the instrument's own parts (its `questionnaire`) where it names them, else
 * the method's; the item-importance part on request; the allocation and the overall question unless
 * the instrument leaves them out (a staff survey has neither).
 */
function partsOf(instrument: Instrument, method: Method, importance: boolean) {
  const q = instrument.questionnaire;
  const roles: ColumnRole[] = [...(q?.roles ?? ROLES[method]), ...(importance ? (['importance'] as const) : [])];
  return { roles, allocation: q?.allocation !== false, overall: q?.overall !== false };
}

/**
 * The column headers of a blank data-entry sheet: each role's item columns (expectations before
 * perceptions), then the weight columns and the overall-satisfaction column.
 *
 * @example
 * surveyTemplateColumns(servqual22, 'servperf').slice(0, 2)
 * //=> ['P1', 'P2']
 */
export function surveyTemplateColumns(instrument: Instrument, method: Method, options: { importance?: boolean } = {}): string[] {
  const parts = partsOf(instrument, method, options.importance === true);
  const columns: string[] = [];
  for (const role of parts.roles) {
    for (const d of instrument.dimensions) {
      for (const item of d.items) columns.push(fillTemplate(columnTemplate(instrument, role), { id: item.id, dimension: d.id }));
    }
  }
  if (parts.allocation) for (const d of instrument.dimensions) columns.push(fillTemplate(columnTemplate(instrument, 'weight'), { dimension: d.id }));
  if (parts.overall) columns.push(columnTemplate(instrument, 'overall'));
  return columns;
}

/**
 * The header line of a blank data-entry sheet as CSV (RFC 4180), with its line end: a name holding a
 * comma, a quote or a line break is quoted, its quotes doubled, so the line reads back as
 * {@link surveyTemplateColumns} gives them.
 *
 * @example
 * const oneItem = defineInstrument({ id: 'x', name: { en: 'X' }, scale: { min: 1, max: 5 },
 *   dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: 'a,b' }] }] });
 * surveyTemplateCsv(oneItem, 'servperf') // one dimension d, one item with the id a,b
 * //=> '"Pa,b",W_d,overall\n'
 */
export function surveyTemplateCsv(instrument: Instrument, method: Method, options: { importance?: boolean } = {}): string {
  const quote = (name: string): string => (/[",\r\n]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name);
  return `${surveyTemplateColumns(instrument, method, options).map(quote).join(',')}\n`;
}

const PARTS: Record<'en' | 'zh', Record<ColumnRole, string>> = {
  en: {
    expectation: 'Part 1 — Expectations: how far should an excellent company of this kind have each feature?',
    perception: 'Part 2 — Perceptions: how far does this company have each feature?',
    minimum: 'Minimum service level you would accept',
    desired: 'Level of service you desire',
    weight: 'Share 100 points among these dimensions by how important each is to you',
    overall: 'Overall, how satisfied are you?',
    importance: 'Importance: how important is each feature to you?',
  },
  zh: {
    expectation: '第一部分 — 期望：一家优秀的同类公司应在多大程度上具备以下特征？',
    perception: '第二部分 — 感知：这家公司在多大程度上具备以下特征？',
    minimum: '您可以接受的最低服务水平',
    desired: '您期望的服务水平',
    weight: '请按重要程度把 100 分分配给以下各维度',
    overall: '总体而言，您的满意程度如何？',
    importance: '客户需求程度：以下每项特征对您有多重要？',
  },
};

/**
 * The questionnaire as plain text, in English or Chinese: each part the method asks for, the items
 * grouped by dimension with their column names, the point allocation and the overall question.
 */
export function questionnaireText(instrument: Instrument, method: Method, lang: 'en' | 'zh' = 'en', options: { importance?: boolean } = {}): string {
  const label = (t: { en: string; zh?: string | undefined } | undefined, fallback: string): string =>
    t === undefined ? fallback : lang === 'zh' ? (t.zh ?? t.en) : t.en;
  const { min, max } = instrument.scale;
  const anchor = lang === 'zh' ? `（${min} = 非常不同意，${max} = 非常同意）` : `(${min} = strongly disagree, ${max} = strongly agree)`;
  const lines: string[] = [label(instrument.name, instrument.id), ''];
  const imp = importanceScaleOf(instrument);
  const importanceAnchor =
    lang === 'zh' ? `（${imp.min} = 完全不重要，${imp.max} = 非常重要）` : `(${imp.min} = not at all important, ${imp.max} = extremely important)`;
  const parts = partsOf(instrument, method, options.importance === true);
  const prompt = instrument.questionnaire?.prompt;
  for (const role of parts.roles) {
    const heading = role === 'perception' && prompt !== undefined ? label(prompt, PARTS[lang][role]) : PARTS[lang][role];
    lines.push(`${heading} ${role === 'importance' ? importanceAnchor : anchor}`);
    for (const d of instrument.dimensions) {
      lines.push(`  ${label(d.name, d.id)}`);
      for (const item of d.items) {
        const column = fillTemplate(columnTemplate(instrument, role), { id: item.id, dimension: d.id });
        lines.push(`    [${column}] ${label(item.text, item.id)}`);
      }
    }
    lines.push('');
  }
  if (parts.allocation) {
    lines.push(PARTS[lang].weight);
    for (const d of instrument.dimensions) lines.push(`  [${fillTemplate(columnTemplate(instrument, 'weight'), { dimension: d.id })}] ${label(d.name, d.id)}`);
    lines.push('');
  }
  if (parts.overall) lines.push(`[${columnTemplate(instrument, 'overall')}] ${PARTS[lang].overall}`);
  return `${lines.join('\n').trimEnd()}\n`;
}
