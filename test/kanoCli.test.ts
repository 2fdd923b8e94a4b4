import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KanoReportSchema } from '../src/report/KanoReportSchema.js';
import { kano } from '../src/kano/kano.js';
import { renderKanoHtml } from '../src/render/renderKanoHtml.js';

// Runs the built command (dist/cli/main.js, built by `npm test`'s pretest) as a user would.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'main.js');
function servqual(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, cwd: root });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('servqual kano', () => {
  it('reads the attributes from the F_/D_ pairs of the header, from standard input', () => {
    // (1,5) O, (2,5) M, (2,5) M: wifi is must-be; bar: (1,3) A, blank, (1,3) A: 2 respondents, 1 missing
    const r = servqual(['kano', '-', '--format', 'json'], 'id,F_wifi,D_wifi,F_bar,D_bar\n1,1,5,1,3\n2,2,5,,\n3,2,5,1,3\n');
    expect(r.code).toBe(0);
    const report = KanoReportSchema.parse(JSON.parse(r.stdout));
    expect(report.attributes.map((a) => [a.id, a.category, a.n, a.missing])).toEqual([
      ['wifi', 'M', 3, 0],
      ['bar', 'A', 2, 1],
    ]);
    expect(r.stderr).toBe('3 rows read: 3 used, 0 excluded\n');
  });
  it('writes the bundled example as Chinese HTML with the Better–Worse chart', () => {
    const r = servqual([
      'kano',
      'examples/hotel-kano.csv',
      '--instrument',
      'examples/hotel-kano.json',
      '--format',
      'html',
      '--lang',
      'zh',
      '--period',
      'quarter',
      '-q',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('id="chart-better-worse"');
    expect(r.stdout).toContain('五分钟内办完入住：2025-Q2 为魅力型，2025-Q3 变为一维型。');
  });
  it('names a missing column', () => {
    const r = servqual(['kano', '-', '--instrument', 'examples/hotel-kano.json'], 'F_wifi,D_wifi\n1,5\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('header: no column "F_checkin" for attribute "checkin"');
  });
  it('prints the Kano questionnaire header and text', () => {
    expect(servqual(['template', '--kano', '--instrument', 'examples/hotel-kano.json']).stdout).toBe(
      'respondent_id,F_wifi,D_wifi,F_checkin,D_checkin,F_clean,D_clean,F_upgrade,D_upgrade,F_note,D_note,F_minibar,D_minibar\n',
    );
    expect(servqual(['template', '--kano', '--instrument', 'examples/hotel-kano.json', '--questionnaire']).stdout).toContain(
      '1. [F_wifi] If the hotel offered "Free Wi-Fi in the room", how would you feel?\n   1 I like it\n',
    );
  });
});

describe('the Kano HTML page', () => {
  it('escapes every string from the data', () => {
    const page = renderKanoHtml(kano({ header: ['F_<b>&', 'D_<b>&'], rows: [['1', '5']] }));
    expect(page).not.toContain('<b>&');
    expect(page).toContain('&lt;b&gt;&amp;');
  });
});
