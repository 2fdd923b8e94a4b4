import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { journey, ServqualError, stagesFromRatings } from '../src/index.js';
import { readJourneyCsv } from '../src/node/index.js';
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
    expect(r.weakest).toBe('breakfast');
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
    expect((await readJourneyCsv(file, { threshold: 4 })).map((s) => s.stage)).toEqual(['desk', 'room']);
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
    expect((JSON.parse(r.stdout) as { weakest: string }).weakest).toBe('breakfast');
  });
});
