import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, servqual22, type Lang } from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';

// Opens the HTML report of the bundled example in Debian's Chromium (no browser download) and checks
// that every chart is drawn and the page logs no error. CI installs chromium (.ci/run); elsewhere the
// test is skipped when /usr/bin/chromium is missing, and says so.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') throw new Error(`browser test: no Chromium at ${CHROMIUM} in CI; .ci/run should have installed it`);
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

      // What a manager reads first (issue 16): the summary at the top, with the top three actions and
      // the wording of their weakest items; the item table with every item's wording and verdict; the
      // causes with remedies under each dimension to fix or improve.
      const summary = await page.$eval('#summary', (el) => ({
        top: el.querySelectorAll('ol > li').length,
        topText: el.querySelector('ol > li')?.textContent ?? '',
        y: el.getBoundingClientRect().top,
      }));
      const causesPerActing = await page.$$eval('#priorities li.action-fix, #priorities li.action-improve', (lis) =>
        lis.map((li) => li.querySelectorAll('.causes > ul > li').length),
      );
      const seen = {
        first: await page.$eval('main > section', (el) => el.id),
        top: summary.top,
        topText: summary.topText,
        summaryTop: Math.round(summary.y),
        wording: await page.$$eval('#items tbody tr', (trs) => trs.map((tr) => tr.querySelector('td.wording')?.textContent ?? '')),
        acting: causesPerActing.length,
        withCauses: causesPerActing.filter((n) => n > 0).length,
        remedies: await page.$$eval('.causes li li', (lis) => lis.map((li) => li.textContent ?? '')),
      };
      expect(seen.first).toBe('summary');
      expect(seen.summaryTop).toBeLessThan(200);
      expect(seen.top).toBe(3);
      expect(seen.topText).toContain(lang === 'en' ? '“Its records and accounts are free of errors.”' : '“公司的记录和账目准确无误。”');
      expect(seen.wording).toHaveLength(22);
      expect(seen.wording.every((w) => w.length > 5)).toBe(true);
      expect(seen.acting).toBeGreaterThanOrEqual(3);
      expect(seen.withCauses).toBe(seen.acting);
      expect(new Set(seen.remedies).size).toBe(seen.remedies.length);

      // The IPA labels as Chromium draws them (issue 17): each label's drawn box inside the plot frame,
      // no two overlapping (the placer works on estimated widths; this checks the real glyphs).
      const ipa = await page.$eval('#chart-ipa', (svg) => {
        type Drawn = { getBBox(): { x: number; y: number; width: number; height: number } };
        const f = (svg.querySelector('rect[fill="none"]') as unknown as Drawn).getBBox();
        const boxes = [...svg.querySelectorAll('text.label')].map((t) => {
          const b = (t as unknown as Drawn).getBBox();
          return { text: t.textContent ?? '', x: b.x, y: b.y, width: b.width, height: b.height };
        });
        return { frame: { x: f.x, y: f.y, width: f.width, height: f.height }, boxes };
      });
      expect(ipa.boxes).toHaveLength(5);
      for (const [i, b] of ipa.boxes.entries()) {
        expect(b.x >= ipa.frame.x && b.y >= ipa.frame.y, b.text).toBe(true);
        expect(b.x + b.width <= ipa.frame.x + ipa.frame.width && b.y + b.height <= ipa.frame.y + ipa.frame.height, b.text).toBe(true);
        for (const o of ipa.boxes.slice(i + 1)) {
          const apart = b.x + b.width <= o.x || o.x + o.width <= b.x || b.y + b.height <= o.y || o.y + o.height <= b.y;
          expect(apart, `${b.text} / ${o.text}`).toBe(true);
        }
      }

      for (const width of [1280, 420]) {
        await page.setViewportSize({ width, height: 900 });
        // nothing wider than the screen
        const overflow = await page.$eval('html', (el) => el.scrollWidth - el.clientWidth);
        expect(overflow, `${lang} at ${width} px`).toBeLessThanOrEqual(0);
        // and nothing cut off inside its own box (issue 17: at 420 px the Dimensions table was): the
        // tables fit their box, reflowed into labelled cards on a phone; the charts scale to the page
        const cut = await page.$$eval('.scroll, svg.chart', (els) =>
          els
            .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > (el.ownerDocument.documentElement?.clientWidth ?? 0))
            .map((el) => el.id || el.className),
        );
        expect(cut, `${lang} at ${width} px`).toEqual([]);
        await page.screenshot({ path: `${artifacts}report.${lang}.${width}.png`, fullPage: true });
      }
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
    // no weights or overall column in this fixture: importance is equal and the IPA grid is left out
    expect(ids).toEqual(['chart-gaps:5', 'chart-zone:10']);
    await page.close();
  });
});
