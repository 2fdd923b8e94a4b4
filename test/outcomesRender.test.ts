import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, defineInstrument, renderCsv, renderHtml, renderMarkdown } from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';

const fixture = (file: string): string => fileURLToPath(new URL(`./fixtures/outcomes/${file}`, import.meta.url));
const instrument = defineInstrument(JSON.parse(readFileSync(fixture('instrument.json'), 'utf8')));

describe('the outcome section of the renderers', () => {
  it('prints CSI, CSAT and NPS with their intervals by group, and the change, in en and zh', async () => {
    const r = await analyzeCsv(fixture('survey.csv'), { instrument, by: ['branch'], period: 'quarter', outcome: 'csi' });
    // expected.json (make-outcomes.R): CSI 70.3216 [66.0162, 74.6271] of 76; CSAT 0.67532 [0.56458, 0.76941] of 77;
    // NPS 25.974 [8.191, 43.757] of 77; Q1 → Q2: CSI +5.51 (Welch t 1.248, df 63.57, p .217)
    const en = renderMarkdown(r, { lang: 'en' });
    expect(en).toContain('## Outcomes');
    expect(en).toMatch(/\| All +\| 70\.3 \[66\.0, 74\.6\] \(76\) \| 67\.5% \[56\.5%, 76\.9%\] \(77\) \| +\+26\.0 \[\+8\.2, \+43\.8\] \(77\) \|/);
    expect(en).toContain('### Change from 2025-Q1 to 2025-Q2');
    expect(en).toMatch(/Welch's t: 1\.25, df 63\.6 \| \.217 \|/);
    expect(en).toContain('CSI (0–100) stands for overall satisfaction in driver importance.');
    const zh = renderMarkdown(r, { lang: 'zh' });
    expect(zh).toContain('## 结果指标');
    expect(zh).toContain('### 从 2025-Q1 到 2025-Q2 的变化');
    expect(zh).toMatch(/\| 全部 +\| +70\.3 \[66\.0, 74\.6\] \(76\)/);

    const csv = renderCsv(r, { lang: 'en' }).split('\r\n');
    const at = csv.indexOf('Outcomes');
    expect(csv[at + 1]).toBe('Respondents,csi_n,csi,csi_ci95_lo,csi_ci95_hi,csat_n,csat,csat_ci95_lo,csat_ci95_hi,nps_n,nps,nps_ci95_lo,nps_ci95_hi');
    const all = (csv[at + 2] as string).split(',').map(Number);
    expect(all[1]).toBe(76);
    expect(all[2]).toBeCloseTo(70.3216374269006, 10);
    expect(all[12]).toBeCloseTo(43.7567533925147, 10);

    const html = renderHtml(r, { lang: 'zh' });
    expect(html).toContain('<section id="outcomes"><h2>结果指标</h2>');
  });

  it('escapes segment names from the data in Markdown, HTML and CSV', () => {
    const one = defineInstrument({
      id: 'one',
      name: { en: 'One' },
      scale: { min: 1, max: 7 },
      dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }],
      outcomes: { nps: { column: 'nps' } },
    });
    const evil = '<img src=x onerror=alert(1)>|x';
    const rows = [
      { P1: 5, nps: 10, seg: evil },
      { P1: 4, nps: 3, seg: evil },
      { P1: 6, nps: 8, seg: '=HYPERLINK("x")' },
    ];
    const r = analyze(rows, { instrument: one, method: 'servperf', by: ['seg'] });
    expect(r.outcomes?.segments?.seg?.map((s) => s.value)).toEqual([evil, '=HYPERLINK("x")'].sort());
    const html = renderHtml(r);
    expect(html).not.toContain('<img');
    expect(html).toContain('seg: &lt;img src=x onerror=alert(1)&gt;|x');
    const md = renderMarkdown(r);
    expect(md).not.toContain('<img');
    expect(md).toContain('\\|x');
    // CSV: the cell is quoted whole, so the quote in it cannot end it
    expect(renderCsv(r)).toContain('"seg: =HYPERLINK(""x"")"');
  });
});
