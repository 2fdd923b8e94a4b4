import { describe, expect, it } from 'vitest';
import { analyze, renderCsv, renderHtml, renderJson, renderMarkdown, ReportSchema } from '../src/index.js';
import { neutralizeCell } from '../src/internals.js';
import { tiny } from './helpers/tiny.js';

// A small survey whose branch names are hostile or Chinese, with dates over two months.
const hostile = '<script>alert(1)</script>';
const branches = [hostile, '上海-02', '=HYPERLINK("http://x")', hostile, '上海-02', '=HYPERLINK("http://x")'];
const rows = branches.map((branch, i) => ({
  branch,
  date: i < 3 ? '2025-01-15' : '2025-02-15',
  E1: 6,
  E2: 6,
  E3: 6,
  E4: 2,
  P1: 4 + (i % 3),
  P2: 5,
  P3: 4 + (i % 2),
  P4: 3,
}));
const report = analyze(rows, { instrument: tiny, by: ['branch'], period: 'month', dateColumn: 'date', minSegmentSize: 2 });

describe('renderHtml(report)', () => {
  const html = renderHtml(report);
  it('escapes every string from the data', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|@import|url\(|src="http|href="http/i);
    expect(html).toContain('Content-Security-Policy');
  });
  it('has every chart that applies, each with a title, a text alternative and axis labels', () => {
    // no weights and no overall column: importance is equal, so the IPA grid is left out, with a line saying why
    for (const id of ['chart-gaps', 'chart-ep', 'chart-trend', 'chart-heat-branch']) {
      const svg = new RegExp(`<svg id="${id}"[^>]*role="img"[^>]*><title id="${id}-t">[^<]+</title><desc id="${id}-d">[^<]+</desc>`);
      expect(html).toMatch(svg);
    }
    expect(html).not.toContain('chart-zone'); // three-column only
    expect(html).not.toContain('chart-ipa');
    expect(html).toContain('No importance–performance grid: importance is equal');
  });
  it('speaks Chinese with lang zh', () => {
    const zh = renderHtml(report, { lang: 'zh' });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('优先改进事项');
    expect(zh).toContain('各维度差距及 95% 置信区间');
  });
});

describe('renderCsv(report)', () => {
  const csv = renderCsv(report);
  it('starts with a UTF-8 BOM and uses CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
  });
  it('neutralises formula cells from the data but leaves numbers alone', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toMatch(/,-\d/); // negative gaps stay numbers
    expect(neutralizeCell('-1.5')).toBe("'-1.5"); // a text cell that looks like a formula start is neutralised
    expect(neutralizeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeCell('上海-02')).toBe('上海-02');
  });
});

describe('renderMarkdown(report)', () => {
  it('has segments and periods, and Chinese labels with lang zh', () => {
    const md = renderMarkdown(report, { lang: 'zh' });
    expect(md).toContain('## 细分群体：branch');
    expect(md).toContain('## 时期与趋势');
    expect(md).toContain('| 2025-01');
    expect(renderMarkdown(report)).toContain('## Segments: branch');
  });
});

describe('renderJson(report)', () => {
  it('round-trips through the schema', () => {
    expect(ReportSchema.safeParse(JSON.parse(renderJson(report))).success).toBe(true);
  });
});
