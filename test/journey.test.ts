import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { journey, journeyFromRatings, productInterval, ServqualError, stagesFromRatings, wilsonInterval } from '../src/index.js';
import { readJourneyCsv } from '../src/node/index.js';
import { renderJourneyMarkdown } from '../src/index.js';
import { tempDir } from './helpers/tempDir.js';

describe('journey(stages)', () => {
  it('chains ten stages at 95% to 0.95^10 ≈ 60% — the doc example', () => {
    const r = journey(Array.from({ length: 10 }, (_, i) => ({ stage: `s${i + 1}`, satisfied: 0.95 })));
    expect(r.satisfaction).toBeCloseTo(0.95 ** 10, 15);
    expect(r.satisfaction).toBeCloseTo(0.5987369392383786, 15);
  });

  it('names the weakest stage and what raising each stage alone gives', () => {
    // 0.97 · 0.91 · 0.95 · 0.88 · 0.96 = 0.70846… (hand computation); raising breakfast to 0.95
    // multiplies it by 0.95/0.88; stages at or above the target stay as they are
    const r = journey([
      { stage: 'booking', satisfied: 0.97 },
      { stage: 'check-in', satisfied: 0.91 },
      { stage: 'room', satisfied: 0.95 },
      { stage: 'breakfast', satisfied: 0.88 },
      { stage: 'check-out', satisfied: 0.96 },
    ]);
    const product = 0.97 * 0.91 * 0.95 * 0.88 * 0.96;
    expect(r.satisfaction).toBeCloseTo(product, 15);
    expect(r.weakest).toEqual(['breakfast']);
    expect(r.stages[3]?.ifRaised).toBeCloseTo((product / 0.88) * 0.95, 15);
    expect(r.stages[0]?.gain).toBe(0);
  });

  it('rejects a share outside 0–1, naming the stage', () => {
    expect(() => journey([{ stage: 'lobby', satisfied: 95 }])).toThrow('journey: stage 1 ("lobby"): satisfied must be between 0 and 1, got 95');
    expect(() => journey([])).toThrow(ServqualError);
  });
});

describe('stagesFromRatings(stages, ratings, threshold)', () => {
  it('counts ratings at or above the threshold among those given — the doc example', () => {
    // desk: 5 and 4 of 5, 4, 2 → 2/3; room: 5 of 3, 5 → 1/2 (the missing rating is not counted)
    expect(
      stagesFromRatings(
        ['desk', 'room'],
        [
          [5, 3],
          [4, 5],
          [2, null],
        ],
        4,
      ).map((s) => [s.satisfied, s.n]),
    ).toEqual([
      [2 / 3, 3],
      [0.5, 2],
    ]);
  });
});

describe('readJourneyCsv(file) and servqual journey', () => {
  const dir = tempDir('servqual-journey-');
  it('reads ratings with a threshold, and names a bad cell', async () => {
    const file = join(dir, 'ratings.csv');
    writeFileSync(file, 'respondent_id,desk,room\nr1,5,3\nr2,4,5\nr3,2,\n');
    expect((await readJourneyCsv(file, { threshold: 4 })).stages.map((s) => s.stage)).toEqual(['desk', 'room']);
    await expect(readJourneyCsv(file)).rejects.toThrow(/give --threshold/);
    writeFileSync(file, 'desk,room\n5,x\n');
    await expect(readJourneyCsv(file, { threshold: 4 })).rejects.toThrow('row 1, column room: "x" is not a number');
  });

  it('prints the journey of the bundled example', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'journey', join(root, 'examples/hotel-journey.csv'), '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { weakest: string[] }).weakest).toEqual(['breakfast']);
  });
});

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string): string => join(root, 'test/fixtures/journey', name);
interface Golden {
  x: number;
  n: number;
  share: number;
  ci95: [number, number];
}
// test/fixtures/journey/intervals.R: R's prop.test(x, n, correct = FALSE) on ratings.csv (rating ≥ 4 is satisfied).
const golden = JSON.parse(readFileSync(fixture('intervals.json'), 'utf8')) as { stages: Golden[]; observed: Golden; extra: Golden[] };

describe('honest uncertainty of a journey', () => {
  it("gives each stage R's Wilson interval, prop.test(correct = FALSE)", async () => {
    for (const g of [...golden.stages, golden.observed, ...golden.extra]) {
      const ci = wilsonInterval(g.x, g.n);
      expect(ci?.[0]).toBeCloseTo(g.ci95[0], 12);
      expect(ci?.[1]).toBeCloseTo(g.ci95[1], 12);
    }
    const { stages, observed } = await readJourneyCsv(fixture('ratings.csv'), { threshold: 4 });
    const r = journey(stages, { observed: observed ?? undefined });
    r.stages.forEach((s, i) => {
      expect(s.n).toBe(golden.stages[i]?.n);
      expect(s.satisfied).toBeCloseTo(golden.stages[i]?.share ?? Number.NaN, 15);
      expect(s.ci95?.[0]).toBeCloseTo(golden.stages[i]?.ci95[0] ?? Number.NaN, 12);
      expect(s.ci95?.[1]).toBeCloseTo(golden.stages[i]?.ci95[1] ?? Number.NaN, 12);
    });
    expect(r.observed?.n).toBe(golden.observed.n);
    expect(r.observed?.satisfied).toBe(golden.observed.share);
    expect(r.observed?.ci95?.[0]).toBeCloseTo(golden.observed.ci95[0], 12);
  });

  it('reports the share observed satisfied throughout beside the independence estimate', () => {
    // Three respondents, each dissatisfied at a different one of three stages: every stage share is
    // 2/3, the product (2/3)³ = 29.6%, but nobody was satisfied at every stage (0 of 3).
    const r = journeyFromRatings(
      ['a', 'b', 'c'],
      [
        [5, 5, 1],
        [5, 1, 5],
        [1, 5, 5],
      ],
      4,
    );
    expect(r.satisfaction).toBeCloseTo(8 / 27, 15);
    expect(r.observed).toMatchObject({ n: 3, satisfied: 0 });
    const md = renderJourneyMarkdown(r);
    expect(md).toContain('Independence estimate: 29.6%');
    expect(md).toContain('Observed: 0.0% [0.0%, 56.1%] of the 3 respondents who rated every stage');
    expect(md).not.toContain('of customers are satisfied at every stage');
  });

  it('reports a tie for the weakest stage as a tie', async () => {
    // ratings.csv: booking and breakfast are both 10 of 12 (R above), the lowest
    const { stages } = await readJourneyCsv(fixture('ratings.csv'), { threshold: 4 });
    const r = journey(stages);
    expect(r.weakest).toEqual(['booking', 'breakfast']);
    expect(renderJourneyMarkdown(r)).toContain('The weakest stages, tied, are "booking", "breakfast".');
    expect(renderJourneyMarkdown(r, 'zh')).toContain('并列最薄弱的环节是「booking」、「breakfast」。');
  });

  it('gives the product a delta-method interval that covers 95% in simulation (fixed seed)', () => {
    // Var(log Π) = Σ (1 − pᵢ)/(nᵢ pᵢ); three stages, true shares 0.9, 0.8, 0.95 from 60, 40 and 80
    // respondents. 4000 simulated surveys (mulberry32, seed 21): the interval should cover the true
    // product about 95% of the time, and √V should match the spread of log Π̂.
    let seed = 21;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const truth = [
      { p: 0.9, n: 60 },
      { p: 0.8, n: 40 },
      { p: 0.95, n: 80 },
    ];
    const product = truth.reduce((a, s) => a * s.p, 1);
    const deltaSd = Math.sqrt(truth.reduce((v, s) => v + (1 - s.p) / (s.n * s.p), 0));
    const runs = 4000;
    let covered = 0;
    const logs: number[] = [];
    for (let k = 0; k < runs; k++) {
      const stages = truth.map((s, i) => {
        let ok = 0;
        for (let j = 0; j < s.n; j++) if (random() < s.p) ok++;
        return { stage: `s${i}`, satisfied: ok / s.n, n: s.n };
      });
      const ci = productInterval(stages);
      if (ci !== null && ci[0] <= product && product <= ci[1]) covered++;
      logs.push(Math.log(stages.reduce((a, s) => a * s.satisfied, 1)));
    }
    const mean = logs.reduce((a, x) => a + x, 0) / runs;
    const sd = Math.sqrt(logs.reduce((a, x) => a + (x - mean) ** 2, 0) / (runs - 1));
    expect(covered / runs).toBeGreaterThan(0.93);
    expect(covered / runs).toBeLessThan(0.97);
    expect(sd / deltaSd).toBeGreaterThan(0.9);
    expect(sd / deltaSd).toBeLessThan(1.1);
  });

  it('writes the hospital outpatient template and reports a journey as html and csv', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { encoding: 'utf8' });
    const header = cli('template', '--journey', 'hospital');
    expect(header.status).toBe(0);
    expect(header.stdout.trim().split(',')).toHaveLength(12); // respondent_id and the eleven stages
    const zh = cli('template', '--journey', 'hospital', '--questionnaire', '--lang', 'zh');
    for (const word of ['停车', '问询', '挂号', '候诊', '应诊', '检验检查', '交费划价', '取中药', '取西药', '接受处置', '返回', '9.512'])
      expect(zh.stdout).toContain(word);
    const html = cli('journey', fixture('ratings.csv'), '--threshold', '4', '--format', 'html', '--lang', 'zh');
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('<html lang="zh-CN">');
    expect(html.stdout).toContain('id="chart-journey"');
    const csv = cli('journey', fixture('ratings.csv'), '--threshold', '4', '--format', 'csv');
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('\ufeffrow,stage,n,satisfied,ci95Low,ci95High,ifRaised,gain,weakest');
    // the observed row: 5 of the 10 who rated every stage (R above)
    expect(
      lines
        .find((l) => l.startsWith('observed'))
        ?.split(',')
        .slice(0, 4),
    ).toEqual(['observed', 'all stages', '10', '0.5']);
  });
});
