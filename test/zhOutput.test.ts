import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, defineInstrument, renderCsv, renderHtml, renderMarkdown, servqual22, type Report } from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';

// Issue 17, item 5: what a Chinese reader gets. English left in the data-quality lines and table heads,
// ASCII punctuation inside Chinese sentences, and problems listed under another problem's reason.

const example = fileURLToPath(new URL('../examples/hotel-survey.csv', import.meta.url));

// Six rows that give one problem of each kind the data-quality list shows: row 1 an unreadable date
// (set aside), row 2 an overall rating outside 1–7 (set aside), row 3 a non-numeric answer (excluded).
const small = defineInstrument({
  id: 'small',
  name: { en: 'Small', zh: '小量表' },
  scale: { min: 1, max: 7 },
  columns: { expectation: 'E{id}', perception: 'P{id}', overall: 'sat' },
  dimensions: [
    { id: 'a', name: { en: 'A', zh: '甲' }, items: [{ id: '1' }, { id: '2' }] },
    { id: 'b', name: { en: 'B', zh: '乙' }, items: [{ id: '3' }, { id: '4' }] },
  ],
});
const rows = [0, 1, 2, 3, 4, 5].map((i) => ({
  date: i === 0 ? 'soon' : `2025-01-1${i}`,
  sat: i === 1 ? 9 : 5,
  E1: 6,
  E2: 6,
  E3: 6,
  E4: 5,
  P1: 4 + (i % 3),
  P2: 5,
  P3: i === 2 ? 'x' : 4,
  P4: 3,
}));
const problems = analyze(rows, { instrument: small, period: 'month', dateColumn: 'date' });

/** The lines of a Markdown section, from its heading to the next. */
function section(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no ${heading}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('data-quality lines in Chinese', () => {
  it('the sample line counts the values set aside, in Chinese', () => {
    expect(problems.sample.setAside?.map((r) => r.code)).toEqual(['E_DATE', 'E_OVERALL_OUT_OF_SCALE']);
    const md = renderMarkdown(problems, { lang: 'zh' });
    expect(md).toContain('读取 6 行：使用 5 行，排除 1 行（1 行非数值答案）；2 个值未计入（1 个日期无法识别或不合理，1 个总体满意度超出量表范围）');
  });

  it('every reason and every problem is in Chinese, each problem under its own reason', () => {
    const zh = section(renderMarkdown(problems, { lang: 'zh' }), '## 被排除的行');
    expect(zh).toEqual([
      '- 1 × 非数值答案',
      '  - 第 3 行，P3 列：“x”不是数值',
      '- 1 个值未计入（该行保留）：日期无法识别或不合理',
      '  - 第 1 行，date 列：日期“soon”无法识别或不合理，该行不计入各时期',
      '- 1 个值未计入（该行保留）：总体满意度超出量表范围',
      '  - 第 2 行，sat 列：总体满意度“9”超出量表范围，该值未计入，该行保留',
    ]);
    // nothing English but the column names and values from the file
    expect(zh.join('\n').replace(/P3|date|sat|soon/g, '')).not.toMatch(/[A-Za-z]{2,}/);
    const html = renderHtml(problems, { lang: 'zh' });
    const quality = /<section id="quality">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    // The undated-date warning there names a flag and a date-fns pattern: code, not English.
    const code = /--[a-z-]+|date-fns|&quot;[dMy. /-]+&quot;/g;
    expect(
      quality
        .replace(/<[^>]+>/g, ' ')
        .replace(code, '')
        .replace(/P3|date|sat|soon/g, ''),
    ).not.toMatch(/[A-Za-z]{2,}/);
  });
});

describe('the example in Chinese', () => {
  let report: Report;
  beforeAll(async () => {
    report = await analyzeCsv(example, { instrument: servqual22, by: ['branch'], period: 'quarter' });
  });

  it('lists each problem under its own reason (row 101 is non-numeric, row 17 out of scale), in en and zh', () => {
    expect(section(renderMarkdown(report), '## Excluded rows')).toEqual([
      '- 1 × non-numeric answer',
      '  - row 101, column E12: "n/a" is not a number',
      '- 1 × answer outside the scale',
      '  - row 17, column P5: "55" is outside the scale 1–7',
    ]);
    expect(section(renderMarkdown(report, { lang: 'zh' }), '## 被排除的行')).toEqual([
      '- 1 × 非数值答案',
      '  - 第 101 行，E12 列：“n/a”不是数值',
      '- 1 × 答案超出量表范围',
      '  - 第 17 行，P5 列：“55”超出量表范围',
    ]);
  });

  it('names the CSV columns in Chinese, and keeps the short English names in English', () => {
    const heads = (csv: string): string[] =>
      csv
        .split('\r\n')
        .filter((l) => /^(id|编号|rank|排名|branch|时期|Period),/.test(l))
        .flatMap((l) => l.split(','));
    const zh = heads(renderCsv(report, { lang: 'zh' }));
    for (const english of ['n', 'E', 'P', 'p', 'p_adj', 'ci95_lo', 'alpha_P', 'rank', 'level', 'score', 'reason', 'small']) expect(zh).not.toContain(english);
    expect(zh).toEqual(expect.arrayContaining(['校正 p 值', '期望', '感知', '人数', 'α（感知）', '95% 置信区间下限']));
    expect(heads(renderCsv(report))).toEqual(expect.arrayContaining(['n', 'E', 'P', 'p_adj', 'ci95_lo', 'alpha_P', 'rank', 'reason']));
  });

  it('uses Chinese punctuation inside Chinese sentences: no ASCII period, comma or colon after Chinese text', () => {
    const md = renderMarkdown(report, { lang: 'zh' });
    // the summary's statistic: （−1.08，p < .001）, not （−1.08, p < .001）
    expect(md).toContain('解决可靠性（−1.08，p < .001）');
    // items in a Chinese sentence are 第 9 项, not "9."
    expect(md).toContain('最薄弱的题项：第 9 项“公司的记录和账目准确无误。”（不足 1.20）');
    expect(md).not.toMatch(/\d\. “/);
    expect(md).toContain('## 细分群体：branch');
    const prose = md
      .split('\n')
      .filter((l) => !l.startsWith('|'))
      .join('\n');
    expect(prose).not.toMatch(/[\u4e00-\u9fff）”][.,:](\s|$)/u);
    const html = renderHtml(report, { lang: 'zh' });
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '\n');
    expect(text).not.toMatch(/[\u4e00-\u9fff）”][.,:](\s|$)/mu);
    expect(text).toContain('群体 × 维度：branch');
    // the IPA chart's caption names the importance source in full-width brackets
    expect(text).toContain('重要性—绩效分析（重要性来自受访者的分配）');
    // and a heat-map cell's tooltip its p in them too
    expect(text).toContain('Shanghai-02 × 响应性：−0.78（p &lt; .001）');
  });
});

describe('the terminal line in Chinese', () => {
  it('analyze --lang zh prints its sample line on standard error in Chinese', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
    const r = spawnSync(process.execPath, [bin, 'analyze', example, '--lang', 'zh', '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // the example: 240 rows, row 101 non-numeric and row 17 outside the scale (its Markdown's excluded rows)
    expect(r.stderr).toBe('读取 240 行：使用 238 行，排除 2 行（1 行非数值答案，1 行答案超出量表范围）\n');
  });
});
