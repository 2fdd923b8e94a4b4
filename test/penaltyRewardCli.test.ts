import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/index.js';

// Runs the built command (dist/cli/main.js, built by `npm test`'s pretest) as a user would.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'main.js');
function servqual(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, cwd: root });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const survey = 'test/fixtures/penalty-reward/survey.csv';
const instrument = 'test/fixtures/penalty-reward/instrument.json';
// test/fixtures/penalty-reward/make.R (R's lm and confint) wrote reference.json.
const reference = JSON.parse(readFileSync(join(root, 'test/fixtures/penalty-reward/reference.json'), 'utf8')) as {
  r2: number;
  coefficients: Record<string, { n: number; estimate: number; ci95: [number, number] }>;
};

describe('servqual analyze --penalty-reward', () => {
  it('adds penalty–reward to the JSON report, as lm() in R fits it', () => {
    const r = servqual(['analyze', survey, '--instrument', instrument, '--penalty-reward', '--format', 'json', '-q']);
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    const pr = report.penaltyReward;
    expect(pr?.r2).toBeCloseTo(reference.r2, 12);
    for (const f of pr?.factors ?? []) {
      expect(f.penalty?.estimate).toBeCloseTo(reference.coefficients[`${f.id}_low`]?.estimate as number, 12);
      expect(f.reward?.estimate).toBeCloseTo(reference.coefficients[`${f.id}_high`]?.estimate as number, 12);
      expect(f.lowN).toBe(reference.coefficients[`${f.id}_low`]?.n);
    }
    // Asymmetry from R's estimates: room (0.024 − 1.599) / 1.623 = −0.970 basic; staff (0.724 − 1.068) / 1.792 = −0.192
    // performance (inside ±0.2); extras (1.396 − 0.227) / 1.623 = 0.721 excitement.
    expect(pr?.factors.map((f) => f.class)).toEqual(['basic', 'performance', 'excitement']);
    expect(pr?.thresholds).toMatchObject({ basic: -0.2, excitement: 0.2 });
  });

  it('takes the asymmetry band, the cut-offs and the smallest group from flags, and shows refusals with their reasons', () => {
    // A band of ±0.1 makes staff (−0.192) basic. With at least 135 per dummy, room's low (132) and all
    // but room's high (137) are too few: every factor is refused, each with its reason.
    const wide = ReportSchema.parse(
      JSON.parse(servqual(['analyze', survey, '--instrument', instrument, '--penalty-reward', '--pr-asymmetry', '0.1', '--format', 'json', '-q']).stdout),
    );
    expect(wide.penaltyReward?.factors.map((f) => f.class)).toEqual(['basic', 'basic', 'excitement']);
    // A band other than the conventional ±0.2 is not called the convention, in the JSON or in words.
    expect(wide.penaltyReward?.thresholds.source).toContain('set for this analysis');
    const zh = servqual(['analyze', survey, '--instrument', instrument, '--penalty-reward', '--pr-asymmetry', '0.1', '--lang', 'zh', '-q']).stdout;
    expect(zh).toContain('不对称性界限由本次分析设定');
    const r = servqual(['analyze', survey, '--instrument', instrument, '--penalty-reward', '--pr-min-group', '135', '--lang', 'zh', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## 惩罚—奖励分析');
    // the note's source of the ±0.2 bands in Chinese too (it was the JSON's English sentence)
    expect(r.stdout).toContain('以 ±0.2 为界');
    expect(r.stdout).not.toContain('impact-asymmetry');
    expect(r.stdout).toContain('低分（132 人）或高分（137 人）的受访者少于 135 人');
    const cut = ReportSchema.parse(
      JSON.parse(
        servqual(['analyze', survey, '--instrument', instrument, '--penalty-reward', '--pr-low', '1', '--pr-high', '5', '--format', 'json', '-q']).stdout,
      ),
    );
    expect(cut.penaltyReward?.cutoffs).toEqual({ low: 1, high: 5 });
  });

  it('writes the section in CSV and HTML, and labels the IPA points with their class when asked', () => {
    const csv = servqual(['analyze', survey, '--instrument', instrument, '--penalty-reward', '--format', 'csv', '-q']).stdout;
    expect(csv).toContain('\r\nPenalty–reward analysis\r\n');
    expect(csv).toMatch(/\r\nRoom,132,137,-1\.5988387497413\d*,/);
    const html = servqual([
      'analyze',
      survey,
      '--instrument',
      instrument,
      '--penalty-reward',
      '--ipa-labels',
      'class',
      '--format',
      'html',
      '--lang',
      'zh',
      '-q',
    ]).stdout;
    expect(html).toContain('<section id="penalty-reward">');
    expect(html).toMatch(/<text [^>]*>客房 · 基本因素<\/text>/);
    const plain = servqual(['analyze', survey, '--instrument', instrument, '--penalty-reward', '--format', 'html', '-q']).stdout;
    expect(plain).not.toContain('Room · basic');
  });

  it('refuses what it cannot do, with a reason and a nonzero exit', () => {
    const stdin = servqual(['analyze', '-', '--instrument', instrument, '--penalty-reward'], readFileSync(join(root, survey), 'utf8'));
    expect(stdin.code).not.toBe(0);
    expect(stdin.stderr).toContain('--penalty-reward reads the survey a second time: give a FILE, not standard input');
    const labels = servqual(['analyze', survey, '--instrument', instrument, '--ipa-labels', 'class']);
    expect(labels.code).not.toBe(0);
    expect(labels.stderr).toContain('--ipa-labels class: the classes come from --penalty-reward');
    // The servqual22 fixture has no overall column.
    const noOverall = servqual(['analyze', 'test/fixtures/servqual-small40/data.csv', '--penalty-reward', '-q']);
    expect(noOverall.code).not.toBe(0);
    expect(noOverall.stderr).toContain('no column "overall" for the penalty–reward analysis');
  });

  describe('reads the survey as the analysis does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'servqual-pr-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const hotel = readFileSync(join(root, 'examples/hotel-survey.csv'), 'utf8').trimEnd().split(/\r?\n/);
    /** The hotel survey with the first 30 respondents' overall cell replaced. */
    const withOverall = (cell: string) => {
      const file = join(dir, `overall-${cell === '' ? 'blank' : cell}.csv`);
      writeFileSync(file, `${hotel.map((line, i) => (i >= 1 && i <= 30 ? line.replace(/,[^,]*$/, `,${cell}`) : line)).join('\n')}\n`);
      return file;
    };
    const penaltyRewardOf = (...args: string[]) =>
      ReportSchema.parse(JSON.parse(servqual(['analyze', ...args, '--penalty-reward', '--format', 'json', '-q']).stdout)).penaltyReward;

    it('sets aside an overall outside its scale, or a missing code, as if the cell were empty', () => {
      // hotel-survey's overall is on 1–7: 99 is outside it. The reference is the same file with the 30
      // cells left empty; before, 99 entered the regression as a satisfaction of 99.
      const blank = penaltyRewardOf(withOverall(''));
      const outside = penaltyRewardOf(withOverall('99'));
      const coded = penaltyRewardOf(withOverall('98'), '--missing', '98');
      expect(outside).toEqual(blank);
      expect(coded).toEqual(blank);
      // 240 rows. The two the report's data quality excludes are left out here too: row 17 (P5 = 55,
      // outside 1–7) and row 101 (E12 = "n/a"). The other 29 of rows 1–30 have no overall; every other
      // row is used.
      expect(blank?.leftOutFor).toEqual({ excluded: 2, noOverall: 29, tooFewAnswers: 0 });
      expect(blank?.n).toBe(240 - 31);
    });

    it('uses the rows the report uses', () => {
      // hotel-survey: 238 of 240 rows used (rows 17 and 101 excluded), each with overall satisfaction and
      // every dimension's score, so penalty–reward has all 238 and no more
      const report = ReportSchema.parse(JSON.parse(servqual(['analyze', 'examples/hotel-survey.csv', '--penalty-reward', '--format', 'json', '-q']).stdout));
      expect([report.sample.used, report.penaltyReward?.n, report.penaltyReward?.leftOutFor]).toEqual([
        238,
        238,
        { excluded: 2, noOverall: 0, tooFewAnswers: 0 },
      ]);
    });

    it('gives a Qualtrics export (three header rows, answers in words, --map) the same analysis as the plain file', () => {
      const qualtrics = penaltyRewardOf('examples/hotel-qualtrics.csv', '--map', 'examples/hotel-qualtrics-map.json');
      expect(qualtrics?.n).toBeGreaterThan(200);
      expect(qualtrics).toEqual(penaltyRewardOf('examples/hotel-survey.csv'));
    });
  });
});
