import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineInstrument, type Instrument, ServqualError, analyze } from '../src/index.js';
import { analyzeCsv } from '../src/node/index.js';
import { chiSquareUpperTail, noncentralChiSquareCdf } from '../src/stats/chiSquare.js';
import { ReportSchema } from '../src/report/ReportSchema.js';

// Golden values: test/fixtures/validity/make-validity.R (lavaan 0.6-14 `cfa(estimator = "ML")`,
// `fitMeasures`, `standardizedSolution`, semTools 0.5-6 `htmt(htmt2 = FALSE)`, `lavInspect(fit,
// "cor.lv")`), on the two real data sets it writes beside them: Holzinger & Swineford (1939) and
// psych's bfi (reverse-keyed items, missing cells, listwise).
//
// lavaan stops when the objective changes by less than 1e-10 relative, which leaves bfi's 60 estimates
// up to 2e-5 from the optimum. The script therefore also polishes lavaan's estimates with Newton steps
// on the same ML discrepancy (its χ² falls from 4165.46743638 to 4165.46743594, ours is
// 4165.46743594): parameter-derived values are compared with the polished optimum to 1e-6 and with
// lavaan's printed ones to 5e-5; the fit measures are lavaan's own, to 1e-6.
const dir = 'test/fixtures/validity';
const golden = JSON.parse(readFileSync(`${dir}/validity-golden.json`, 'utf8'));

interface Golden {
  n: number;
  fit: Record<string, number>;
  polishedChisq: number;
  dimensions: Array<{
    id: string;
    cr: number;
    ave: number;
    polished: { cr: number; ave: number };
    loadings: Array<{ id: string; std: number; polished: number }>;
  }>;
  pairs: Array<{ a: string; b: string; htmt: number; phi: number; polishedPhi: number }>;
}

const relative = (actual: number | null | undefined, expected: number, tolerance = 1e-6) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance * Math.max(Math.abs(expected), 1e-300));
};

function instrumentOf(id: string, scale: [number, number], factors: Record<string, string[]>, reverse: string[] = []): Instrument {
  return defineInstrument({
    id,
    name: { en: id },
    scale: { min: scale[0], max: scale[1] },
    dimensions: Object.entries(factors).map(([d, items]) => ({
      id: d,
      name: { en: d },
      items: items.map((item) => (reverse.includes(item) ? { id: item, reverse: true } : { id: item })),
    })),
  });
}

const hs = instrumentOf('hs', [0, 10], { visual: ['x1', 'x2', 'x3'], textual: ['x4', 'x5', 'x6'], speed: ['x7', 'x8', 'x9'] });
const five = (letter: string) => [1, 2, 3, 4, 5].map((i) => `${letter}${i}`);
const bfi = instrumentOf('bfi', [1, 6], { A: five('A'), C: five('C'), E: five('E'), N: five('N'), O: five('O') }, ['A1', 'C4', 'C5', 'E1', 'E2', 'O2', 'O5']);

async function checkAgainstLavaan(file: string, instrument: Instrument, g: Golden) {
  const report = await analyzeCsv(`${dir}/${file}`, { instrument, method: 'servperf', validity: 'perception' });
  ReportSchema.parse(report);
  const v = report.validity;
  expect(v?.n).toBe(g.n);
  const cfa = v?.cfa;
  expect(cfa?.df).toBe(g.fit.df);
  for (const key of ['chisq', 'cfi', 'tli', 'rmsea', 'srmr'] as const) relative(cfa?.[key], g.fit[key] as number);
  // lavaan prints p = 0 where the tail underflows; compare on the absolute scale there.
  if ((g.fit.pvalue as number) > 1e-300) relative(cfa?.pvalue, g.fit.pvalue as number);
  else expect(cfa?.pvalue).toBeLessThan(1e-300);
  relative(cfa?.rmseaCi?.[0], g.fit['rmsea.ci.lower'] as number);
  relative(cfa?.rmseaCi?.[1], g.fit['rmsea.ci.upper'] as number);
  relative(cfa?.chisq, g.polishedChisq, 1e-12);
  g.dimensions.forEach((d, f) => {
    const ours = v?.dimensions[f];
    expect(ours?.id).toBe(d.id);
    relative(ours?.cr, d.polished.cr);
    relative(ours?.ave, d.polished.ave);
    relative(ours?.cr, d.cr, 5e-5);
    relative(ours?.ave, d.ave, 5e-5);
    d.loadings.forEach((l, i) => {
      expect(`P${ours?.loadings[i]?.id}`).toBe(l.id);
      relative(ours?.loadings[i]?.std, l.polished);
      relative(ours?.loadings[i]?.std, l.std, 5e-5);
    });
  });
  g.pairs.forEach((pair, i) => {
    expect([v?.htmt[i]?.a, v?.htmt[i]?.b]).toEqual([pair.a, pair.b]);
    relative(v?.htmt[i]?.value, pair.htmt);
    relative(v?.fornellLarcker[i]?.correlation, pair.polishedPhi);
    relative(v?.fornellLarcker[i]?.correlation, pair.phi, 5e-5);
  });
  return report;
}

describe('measurement validity against lavaan and semTools', () => {
  it('Holzinger & Swineford (1939): CFA fit, standardized loadings, CR, AVE, HTMT, factor correlations', async () => {
    const report = await checkAgainstLavaan('hs.csv', hs, golden.hs as Golden);
    // HTMT .38 at most: no pair is flagged, so no warning.
    expect(report.warnings.filter((w) => w.code === 'NOT_DISCRIMINANT')).toEqual([]);
  });

  it('bfi: reverse-keyed items recoded, respondents with missing cells left out (listwise), 2,436 of 2,800', async () => {
    const report = await checkAgainstLavaan('bfi.csv', bfi, golden.bfi as Golden);
    expect(report.sample.rows).toBe(2800);
  });

  it('Fornell–Larcker holds where √AVE of both exceeds the factor correlation (from the lavaan values)', async () => {
    const report = await analyzeCsv(`${dir}/hs.csv`, { instrument: hs, method: 'servperf', validity: 'perception' });
    const g = golden.hs as Golden;
    for (const row of report.validity?.fornellLarcker ?? []) {
      const ave = (id: string) => (g.dimensions.find((d) => d.id === id) as { ave: number }).ave;
      const phi = (g.pairs.find((p) => p.a === row.a && p.b === row.b) as { phi: number }).phi;
      expect(row.holds).toBe(Math.abs(phi) < Math.min(Math.sqrt(ave(row.a)), Math.sqrt(ave(row.b))));
    }
  });
});

describe('when validity cannot be computed, it says why and never gives NaN', () => {
  // Two dimensions of two items; every respondent answers item b1 as a1, so the covariance is singular.
  const tiny = instrumentOf('tiny', [1, 5], { a: ['a1', 'a2'], b: ['b1', 'b2'] });
  const rows = [
    [1, 2, 1, 3],
    [2, 2, 2, 4],
    [3, 5, 3, 3],
    [4, 4, 4, 5],
    [5, 3, 5, 2],
    [2, 4, 2, 1],
  ].map(([a1, a2, b1, b2]) => ({ Pa1: a1, Pa2: a2, Pb1: b1, Pb2: b2 }));

  it('a singular covariance: no model, a note, HTMT still given', () => {
    const report = analyze(rows, { instrument: tiny, method: 'servperf', validity: 'perception' });
    expect(report.validity?.cfa).toBeNull();
    expect(report.validity?.notes.map((n) => n.en).join(' ')).toMatch(/not positive definite/);
    expect(JSON.stringify(report)).not.toMatch(/NaN|null,"above85":true/);
    // a1 ≡ b1, so |r(a1, b1)| = 1 and HTMT is well above .9: the pair is flagged and warned about.
    expect(report.validity?.htmt[0]?.above90).toBe(true);
    expect(report.warnings.some((w) => w.code === 'NOT_DISCRIMINANT')).toBe(true);
  });

  it('too few respondents with every item: a note, nothing computed', () => {
    const report = analyze(rows.slice(0, 3), { instrument: tiny, method: 'servperf', validity: 'perception' });
    expect(report.validity).toMatchObject({ n: 3, cfa: null, htmt: [] });
    expect(report.validity?.notes[0]?.en).toMatch(/3 for 4 items/);
  });

  it('expectations or gaps need servqual', () => {
    expect(() => analyze(rows, { instrument: tiny, method: 'servperf', validity: 'gap' })).toThrow(ServqualError);
  });

  it('is absent unless asked for', () => {
    expect(analyze(rows, { instrument: tiny, method: 'servperf' })).not.toHaveProperty('validity');
  });
});

describe('the chi-square laws behind the p-value and the RMSEA interval', () => {
  it('agree with R pchisq to 1e-12', () => {
    // R 4.2.2: pchisq(85.3055217699727, 24, lower.tail = FALSE); pchisq(200, 150, lower.tail = FALSE);
    // pchisq(85.3055217699727, 24, ncp = 30); pchisq(4165.46743638485, 265, ncp = 3900); pchisq(0.5, 10, ncp = 2)
    relative(chiSquareUpperTail(85.3055217699727, 24), 8.5025531646414368e-9, 1e-12);
    relative(chiSquareUpperTail(200, 150), 0.0039731859708216086, 1e-12);
    relative(noncentralChiSquareCdf(85.3055217699727, 24, 30), 0.98485216683616206, 1e-12);
    relative(noncentralChiSquareCdf(4165.46743638485, 265, 3900), 0.50457497632495796, 1e-10);
    relative(noncentralChiSquareCdf(0.5, 10, 2), 2.5348520473601384e-6, 1e-12);
  });
});

describe('the Measurement section', () => {
  // Dimension names that are markup in every format the report is written in.
  const hostile = defineInstrument({
    id: 'hostile',
    name: { en: 'Hostile' },
    scale: { min: 0, max: 10 },
    dimensions: [
      { id: 'visual', name: { en: '<img src=x onerror=alert(1)>', zh: '视觉|维度' }, items: [{ id: 'x1' }, { id: 'x2' }, { id: 'x3' }] },
      { id: 'textual', name: { en: '# Textual | *bold*' }, items: [{ id: 'x4' }, { id: 'x5' }, { id: 'x6' }] },
      { id: 'speed', name: { en: 'Speed' }, items: [{ id: 'x7' }, { id: 'x8' }, { id: 'x9' }] },
    ],
  });

  it('escapes names in HTML and Markdown, in en and zh', async () => {
    const { renderHtml, renderMarkdown } = await import('../src/index.js');
    const report = await analyzeCsv(`${dir}/hs.csv`, { instrument: hostile, method: 'servperf', validity: 'perception' });
    for (const lang of ['en', 'zh'] as const) {
      const html = renderHtml(report, { lang });
      const section = html.slice(html.indexOf('<section id="measurement">'), html.indexOf('</section>', html.indexOf('<section id="measurement">')));
      expect(section).not.toContain('<img');
      expect(section).toContain(lang === 'en' ? '&lt;img src=x onerror=alert(1)&gt;' : '视觉|维度');
      const md = renderMarkdown(report, { lang });
      const start = md.indexOf(lang === 'en' ? '## Measurement' : '## 测量效度');
      expect(start).toBeGreaterThan(0);
      const table = md.slice(start, md.indexOf('Hu ', start));
      // Every row of the fit, loading and HTMT tables keeps its column count: no unescaped "|" from a name.
      for (const line of table.split('\n').filter((l) => l.startsWith('| '))) {
        const cells = line.replace(/\\\|/g, '').split('|').length - 2;
        expect([3, 4]).toContain(cells);
      }
    }
  });

  it('the CLI: --validity adds the section and the summary line; --validity-of gap under servperf is a usage error naming the flag', async () => {
    const { execFileSync, spawnSync } = await import('node:child_process');
    const cli = 'dist/cli/main.js';
    const out = execFileSync(process.execPath, [cli, 'analyze', 'examples/hotel-survey.csv', '--validity', '-q'], { encoding: 'utf8' });
    expect(out).toContain('## Measurement');
    // The bundled example was generated with five separate dimensions: no pair is flagged.
    expect(out).not.toContain('Not measured as separate things');
    const bad = spawnSync(
      process.execPath,
      [cli, 'analyze', `${dir}/hs.csv`, '--instrument', `${dir}/hs-instrument.json`, '--validity', '--validity-of', 'gap', '-q'],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--validity-of');
  });
});
