import { columnTemplate, fillTemplate, type ColumnRole } from '../instrument/columnTemplates.js';
import type { Instrument } from '../instrument/schema.js';
import type { Method } from './method.js';

/** The roles whose columns a method reads, in the order a data-entry sheet lists them. */
const ROLES: Record<Method, readonly ColumnRole[]> = {
  servqual: ['expectation', 'perception'],
  servperf: ['perception'],
  'three-column': ['minimum', 'desired', 'perception'],
};

/**
 * The column headers of a blank data-entry sheet: each role's item columns (expectations before
 * perceptions), then the weight columns and the overall-satisfaction column.
 *
 * @example
 * surveyTemplateColumns(servqual22, 'servperf').slice(0, 2)
 * //=> ['P1', 'P2']
 */
export function surveyTemplateColumns(instrument: Instrument, method: Method): string[] {
  const columns: string[] = [];
  for (const role of ROLES[method]) {
    for (const d of instrument.dimensions) {
      for (const item of d.items) columns.push(fillTemplate(columnTemplate(instrument, role), { id: item.id, dimension: d.id }));
    }
  }
  for (const d of instrument.dimensions) columns.push(fillTemplate(columnTemplate(instrument, 'weight'), { dimension: d.id }));
  columns.push(columnTemplate(instrument, 'overall'));
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
export function surveyTemplateCsv(instrument: Instrument, method: Method): string {
  const quote = (name: string): string => (/[",\r\n]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name);
  return `${surveyTemplateColumns(instrument, method).map(quote).join(',')}\n`;
}

const PARTS: Record<'en' | 'zh', Record<ColumnRole, string>> = {
  en: {
    expectation: 'Part 1 — Expectations: how far should an excellent company of this kind have each feature?',
    perception: 'Part 2 — Perceptions: how far does this company have each feature?',
    minimum: 'Minimum service level you would accept',
    desired: 'Level of service you desire',
    weight: 'Share 100 points among these dimensions by how important each is to you',
    overall: 'Overall, how satisfied are you?',
  },
  zh: {
    expectation: '第一部分 — 期望：一家优秀的同类公司应在多大程度上具备以下特征？',
    perception: '第二部分 — 感知：这家公司在多大程度上具备以下特征？',
    minimum: '您可以接受的最低服务水平',
    desired: '您期望的服务水平',
    weight: '请按重要程度把 100 分分配给以下各维度',
    overall: '总体而言，您的满意程度如何？',
  },
};

/**
 * The questionnaire as plain text, in English or Chinese: each part the method asks for, the items
 * grouped by dimension with their column names, the point allocation and the overall question.
 */
export function questionnaireText(instrument: Instrument, method: Method, lang: 'en' | 'zh' = 'en'): string {
  const label = (t: { en: string; zh?: string | undefined } | undefined, fallback: string): string =>
    t === undefined ? fallback : lang === 'zh' ? (t.zh ?? t.en) : t.en;
  const { min, max } = instrument.scale;
  const anchor = lang === 'zh' ? `（${min} = 非常不同意，${max} = 非常同意）` : `(${min} = strongly disagree, ${max} = strongly agree)`;
  const lines: string[] = [label(instrument.name, instrument.id), ''];
  for (const role of ROLES[method]) {
    lines.push(`${PARTS[lang][role]} ${anchor}`);
    for (const d of instrument.dimensions) {
      lines.push(`  ${label(d.name, d.id)}`);
      for (const item of d.items) {
        const column = fillTemplate(columnTemplate(instrument, role), { id: item.id, dimension: d.id });
        lines.push(`    [${column}] ${label(item.text, item.id)}`);
      }
    }
    lines.push('');
  }
  lines.push(PARTS[lang].weight);
  for (const d of instrument.dimensions) lines.push(`  [${fillTemplate(columnTemplate(instrument, 'weight'), { dimension: d.id })}] ${label(d.name, d.id)}`);
  lines.push('', `[${columnTemplate(instrument, 'overall')}] ${PARTS[lang].overall}`);
  return `${lines.join('\n')}\n`;
}
