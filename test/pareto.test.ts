import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pareto, renderParetoCsv, renderParetoHtml, renderParetoMarkdown, ServqualError } from '../src/index.js';
import { paretoCsv } from '../src/node/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const complaints = join(root, 'test/fixtures/pareto/complaints.csv');

describe('pareto(categories)', () => {
  it('counts, shares and the cumulative share from the most frequent — a hand computation', async () => {
    // complaints.csv: 15 rows, row 8 has no category → 14 counted. Slow check-in 5, Noise 3,
    // Room not clean 3, then Billing error, Wi-Fi and the formula 1 each. Cumulative: 5/14 = 35.7%,
    // 8/14 = 57.1%, 11/14 = 78.6%, then 12/14 = 85.7% reaches 80% at a category of count 1; the two
    // others with count 1 tie with it and are taken too: all six are vital at 80%.
    const r = await paretoCsv(complaints, { category: 'Category' });
    expect([r.rows, r.total, r.blank, r.blankRows]).toEqual([15, 14, 1, [8]]);
    expect(r.categories.map((c) => [c.category, c.count])).toEqual([
      ['Slow check-in', 5],
      ['Noise', 3],
      ['Room not clean', 3],
      ['=HYPERLINK("http://x")', 1],
      ['Billing error', 1],
      ['Wi-Fi', 1],
    ]);
    expect(r.categories[2]?.cumulative).toBeCloseTo(11 / 14, 15);
    expect(r.vitalFew).toHaveLength(6);
    // At 75%: 11/14 = 78.6% ≥ 75% at Room not clean (count 3); Noise ties with it and is already in.
    const at75 = await paretoCsv(complaints, { category: 'category', threshold: 0.75 });
    expect(at75.vitalFew).toEqual(['Slow check-in', 'Noise', 'Room not clean']);
    // At 50%: 8/14 = 57.1% ≥ 50% at Noise (count 3): Room not clean has 3 too, so it is taken as a tie.
    const at50 = await paretoCsv(complaints, { category: 'category', threshold: 0.5 });
    expect(at50.vitalFew).toEqual(['Slow check-in', 'Noise', 'Room not clean']);
  });

  it('reaches a threshold that floating point puts an ulp above a whole count', () => {
    // 0.7 · 10 = 7.000000000000001 in doubles; 7 of 10 is 70% and must reach a 70% threshold.
    const r = pareto([...Array(7).fill('a'), 'b', 'c', 'd'], { threshold: 0.7 });
    expect(r.vitalFew).toEqual(['a']);
  });

  it('rejects a bad threshold, a missing column and a file with no category', async () => {
    expect(() => pareto(['a'], { threshold: 0 })).toThrow(ServqualError);
    await expect(paretoCsv(complaints, { category: 'reason' })).rejects.toThrow(
      'pareto: no column "reason" in the header (columns: "complaint_id", "branch", "category")',
    );
    expect(() => pareto(['', ' '])).toThrow('pareto: none of the 2 rows has a category');
  });

  it('renders md, html (with the chart), csv and json, en and zh, escaped', async () => {
    const r = await paretoCsv(complaints, { category: 'category', threshold: 0.75 });
    const md = renderParetoMarkdown(r);
    expect(md).toContain('3 of 6 categories account for 78.6% of complaints');
    expect(renderParetoMarkdown(r, 'zh')).toContain('6 类中的 3 类占投诉的 78.6%');
    const html = renderParetoHtml(r, 'zh');
    expect(html).toContain('id="chart-pareto"');
    expect(html).toContain('class="threshold"');
    expect((html.match(/class="bar vital"/g) ?? []).length).toBe(3);
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;)');
    const csv = renderParetoCsv(r).split('\r\n');
    expect(csv[4]).toBe('"\'=HYPERLINK(""http://x"")",1,0.07142857142857142,0.8571428571428571,no');
    const cli = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'pareto', complaints, '--category', 'category', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(cli.status).toBe(0);
    expect((JSON.parse(cli.stdout) as { vitalFew: string[] }).vitalFew).toHaveLength(6);
    const missing = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'pareto', complaints], { encoding: 'utf8' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('--category');
  });
});
