import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, servqual22, type Lang } from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';

// Opens the HTML report of the bundled example in Debian's Chromium (no browser download) and checks
// that every chart is drawn and the page logs no error. CI installs chromium (.ci/run); elsewhere the
// test is skipped when /usr/bin/chromium is missing, and says so.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env['CI'] === 'true') throw new Error(`browser test: no Chromium at ${CHROMIUM} in CI; .ci/run should have installed it`);
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

describe.skipIf(!available)('the HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['en', 'zh'] as Lang[]) {
    it(`shows every chart of the example, in ${lang}`, async () => {
      const report = await analyzeCsv(fileURLToPath(new URL('../examples/hotel-survey.csv', import.meta.url)), {
        instrument: servqual22,
        by: ['branch'],
        period: 'quarter',
      });
      mkdirSync(artifacts, { recursive: true });
      const file = `${artifacts}report.${lang}.html`;
      writeFileSync(file, renderHtml(report, { lang }));

      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
      await page.goto(`file://${file}`);

      const charts = await page.$$eval('svg.chart', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const marks = svg.querySelectorAll('rect.bar, circle.point, polyline.series, rect.cell').length;
          return {
            id: svg.id,
            width: box.width,
            height: box.height,
            marks,
            title: svg.querySelector('title')?.textContent ?? '',
            desc: svg.querySelector('desc')?.textContent ?? '',
          };
        }),
      );
      expect(charts.map((c) => c.id)).toEqual(['chart-gaps', 'chart-ep', 'chart-ipa', 'chart-trend', 'chart-heat-branch']);
      for (const c of charts) {
        expect(c.width, c.id).toBeGreaterThan(100);
        expect(c.height, c.id).toBeGreaterThan(100);
        expect(c.marks, c.id).toBeGreaterThanOrEqual(5);
        expect(c.title.length, c.id).toBeGreaterThan(0);
        expect(c.desc.length, c.id).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.screenshot({ path: `${artifacts}report.${lang}.png`, fullPage: true });
      await page.close();
    });
  }

  it('shows the zone of tolerance of three-column data', async () => {
    const report = await analyzeCsv(fileURLToPath(new URL('./fixtures/three-column/data.csv', import.meta.url)), { instrument: servqual22 });
    mkdirSync(artifacts, { recursive: true });
    const file = `${artifacts}report.three-column.html`;
    writeFileSync(file, renderHtml(report));
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    const ids = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => `${s.id}:${s.querySelectorAll('rect.band, circle.point, rect.bar').length}`));
    expect(ids).toEqual(['chart-gaps:5', 'chart-zone:10', 'chart-ipa:5']);
    await page.close();
  });
});
