import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { analyze, renderCsv, renderHtml, renderMarkdown, type Report } from '../src/index.js';
import { ticks } from '../src/render/svg.js';
import { run } from '../src/cli/run.js';
import { forTerminal } from '../src/cli/forTerminal.js';
import { writeAtomically } from '../src/cli/writeAtomically.js';
import { ServqualError } from '../src/errors.js';
import { escapeMarkdown } from '../src/render/escapeMarkdown.js';
import { tiny } from './helpers/tiny.js';
import { tempDir } from './helpers/tempDir.js';

// Text from the data reaching a reader: the Markdown report (read rendered, by markdown-it or a wiki)
// and the terminal (read through its escape sequences). A value may show; it may not act.
const root = fileURLToPath(new URL('..', import.meta.url));
const tinyJson = join(root, 'test/fixtures/hostile/tiny.json');

const FORGED = 'x\r# All branches meet targets – no action needed';
const IMG = '<img src=x onerror=alert(1)>';
const ESC = '\u001b[2J\u001b[31mred';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string): void => {
      stdout += t;
    },
    stderr: (t: string): void => {
      stderr += t;
    },
    stdin: Readable.from([]),
  };
  const code = await run(args, io, '0.0.0');
  return { code, stdout, stderr };
}

/** Whether a control other than LF (C0, DEL, C1) is in the text. */
function hasControl(text: string): boolean {
  return [...text].some((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
  });
}

function tmpFile(name: string, text: string): string {
  const file = join(tempDir('servqual-inject-'), name);
  writeFileSync(file, text);
  return file;
}

/** Two rows per hostile branch, answers as in test/helpers/tiny.ts's examples. */
function hostileSurvey(): string {
  const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;
  const rows = [FORGED, `a\nb${IMG}`, ESC].flatMap((b) => [`${quote(b)},6,6,6,2,5,5,5,3`, `${quote(b)},5,6,7,3,4,5,6,2`]);
  return `branch,E1,E2,E3,E4,P1,P2,P3,P4\n${rows.join('\n')}\n`;
}

describe('escapeMarkdown', () => {
  it('shows controls, makes <, >, & entities and doubles backslashes', () => {
    // by hand: \\ → \\\\, & → &amp;, <b → &lt;b, > → &gt;, CR → ␍ (U+240D), LF → ␊ (U+240A), ESC → ␛ (U+241B), C1 CSI → \u009b
    expect(escapeMarkdown('a\\|&<b>\r\n\u001b\u009b')).toBe('a\\\\|&amp;&lt;b&gt;\u240d\u240a\u241b\\u009b');
    // "< .001" cannot open a tag (CommonMark needs a letter, /, ! or ? after <): kept as printed
    expect(escapeMarkdown('< .001')).toBe('< .001');
  });
});

describe('forTerminal', () => {
  it('shows escape sequences and a lone CR, keeps tabs, line ends and CRLF', () => {
    expect(forTerminal('a\u001b[2Jb\rc\td\r\ne\n\u009b\u007f')).toBe('a\u241b[2Jb\u240dc\td\r\ne\n\\u009b\u2421');
  });
});

describe('Markdown report', () => {
  it('a segment value with CR, LF or a tag forges no heading and runs no HTML', () => {
    const rows = [FORGED, `a\nb${IMG}`, ESC].flatMap((branch) => [
      { branch, E1: 6, E2: 6, E3: 6, E4: 2, P1: 5, P2: 5, P3: 5, P4: 3 },
      { branch, E1: 5, E2: 6, E3: 7, E4: 3, P1: 4, P2: 5, P3: 6, P4: 2 },
    ]);
    const md = renderMarkdown(analyze(rows, { instrument: tiny, by: ['branch'], minSegmentSize: 1 }));
    const headings = md.split(/\r\n|\r|\n/).filter((l) => /^\s{0,3}#/.test(l));
    expect(headings.some((h) => h.includes('All branches'))).toBe(false);
    expect(md).not.toContain('<img');
    expect(hasControl(md)).toBe(false);
    expect(md).toContain('x\u240d# All branches meet targets – no action needed');
    expect(md).toContain('a\u240ab&lt;img src=x onerror=alert(1)&gt;');
  });

  it('an issue message with a tag or an escape sequence is escaped where printed; the JSON keeps the raw value', () => {
    const rows = [
      { E1: 6, E2: 6, E3: 6, E4: 2, P1: 5, P2: 5, P3: 5, P4: 3 },
      { E1: 5, E2: 6, E3: 7, E4: 3, P1: 4, P2: 5, P3: 6, P4: 2 },
      { E1: `${IMG}\n## Forged`, E2: 6, E3: 6, E4: 2, P1: 5, P2: 5, P3: 5, P4: ESC },
    ];
    const report = analyze(rows, { instrument: tiny });
    expect(report.dataQuality.issues.map((i) => i.message).join('\n')).toContain(IMG);
    const md = renderMarkdown(report);
    expect(md).not.toContain('<img');
    expect(md.split('\n').some((l) => /^\s{0,3}#+ Forged/.test(l))).toBe(false);
    expect(md).not.toContain('\u001b');
  });
});

describe('CLI output', () => {
  it('validate prints a cell with an escape sequence shown, not acted on', async () => {
    const file = tmpFile('esc.csv', `E1,E2,E3,E4,P1,P2,P3,P4\n6,6,6,2,5,5,5,"${ESC}"\n`);
    const { code, stdout } = await cli(['validate', file, '--instrument', tinyJson]);
    expect(code).toBe(1);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('\u241b[2J\u241b[31mred');
  });

  it('analyze prints the Markdown report with no control from the data', async () => {
    const file = tmpFile('branches.csv', hostileSurvey());
    const { code, stdout } = await cli(['analyze', file, '--instrument', tinyJson, '--by', 'branch', '--quiet']);
    expect(code).toBe(0);
    expect(hasControl(stdout)).toBe(false);
    expect(stdout).not.toContain('<img');
  });

  it('analyze --format json keeps the raw value, written as a JSON escape', async () => {
    const file = tmpFile('branches.csv', hostileSurvey());
    const { stdout } = await cli(['analyze', file, '--instrument', tinyJson, '--by', 'branch', '--quiet', '--format', 'json']);
    expect(stdout).not.toContain('\u001b');
    expect(JSON.stringify(JSON.parse(stdout).segments)).toContain(JSON.stringify(ESC).slice(1, -1));
  });

  it.each(['markdown-forge-branch.csv', 'markdown-forge-issue.csv'])(
    'the corpus file %s gives a Markdown report a CommonMark parser finds no HTML or forged heading in',
    async (name) => {
      const file = join(root, 'test/fixtures/hostile', name);
      const { stdout } = await cli([
        'analyze',
        file,
        '--instrument',
        tinyJson,
        '--quiet',
        '--min-segment',
        '1',
        ...(name.includes('branch') ? ['--by', 'branch'] : []),
      ]);
      expect(hasControl(stdout)).toBe(false);
      const tokens = new MarkdownIt({ html: true }).parse(stdout, {});
      const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
      expect(all.filter((t) => t.type.startsWith('html'))).toEqual([]);
      const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [tokens[i + 1]?.content ?? ''] : []));
      expect(headings.filter((h) => /All branches|Forged/.test(h))).toEqual([]);
    },
  );
});

describe('numbers the renderers cannot place', () => {
  const rows = [
    { E1: 6, E2: 6, E3: 6, E4: 2, P1: 5, P2: 5, P3: 5, P4: 3 },
    { E1: 5, E2: 6, E3: 7, E4: 3, P1: 4, P2: 5, P3: 6, P4: 2 },
    { E1: 7, E2: 5, E3: 6, E4: 2, P1: 6, P2: 4, P3: 5, P4: 4 },
  ];
  const clone = (): Report => JSON.parse(JSON.stringify(analyze(rows, { instrument: tiny }))) as Report;

  it('ticks: round steps, and a bounded count where adding the step no longer moves', () => {
    // by hand: (1 − 0) / 5 = 0.2 is a round step already
    expect(ticks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    // 5 and the next double up (5 + 2^-50): the step 2e-16 is under half an ulp of 5, so 5 + step = 5
    expect(ticks(5, 5 + 2 ** -50)).toEqual([5]);
    // 1e17 and 32 above (doubles are 16 apart there): a step of 10 that the sum rounds away
    const big = ticks(1e17, 1e17 + 32);
    expect(big.length).toBeLessThanOrEqual(7);
    expect(big.every((t, i) => i === 0 || t > (big[i - 1] as number))).toBe(true);
    expect(ticks(-Number.MAX_VALUE, Number.MAX_VALUE).length).toBeLessThanOrEqual(7);
    expect(ticks(Number.NaN, 1)).toEqual([]);
  });

  it('renderHtml returns on two means one ulp apart (the importance-performance chart spans them)', () => {
    const report = clone();
    const [a, b] = report.dimensions as [Report['dimensions'][number], Report['dimensions'][number]];
    a.perception.mean = 5;
    b.perception.mean = 5 + 2 ** -50;
    report.ipa.performance = 'perception';
    report.ipa.crosshairs.performance = 5;
    // Stated importance: with equal importance the report leaves the importance–performance chart out.
    report.ipa.importance = 'stated';
    expect(renderHtml(report)).toContain('class="point"');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('%s prints as – in Markdown, CSV, HTML and SVG attributes', (bad) => {
    const report = clone();
    // every number that is not a count (counts are integers) made non-finite
    const walk = (v: unknown): void => {
      if (Array.isArray(v) || (v !== null && typeof v === 'object')) {
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
          if (typeof x === 'number' && !Number.isInteger(x)) (v as Record<string, unknown>)[k] = bad;
          else walk(x);
        }
      }
    };
    walk(report.dimensions);
    walk(report.items);
    walk(report.overall);
    walk(report.ipa);
    for (const text of [renderMarkdown(report), renderCsv(report), renderHtml(report)]) {
      expect(text).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('analyze --out', () => {
  const survey = 'E1,E2,E3,E4,P1,P2,P3,P4\n6,6,6,2,5,5,5,3\n5,6,7,3,4,5,6,2\n';
  const args = (file: string, out: string): string[] => ['analyze', file, '--instrument', tinyJson, '--quiet', '--out', out];

  it('writes the report whole and leaves no temporary file', async () => {
    const file = tmpFile('s.csv', survey);
    const out = join(dirname(file), 'report.md');
    expect(await cli(args(file, out))).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^# Service quality report: Tiny\n/);
    expect(readdirSync(dirname(file)).sort()).toEqual(['report.md', 's.csv']);
  });

  it('refuses --out naming the input file, however the path is spelled, as a usage error', async () => {
    const file = tmpFile('s.csv', survey);
    symlinkSync(file, join(dirname(file), 'link.csv'));
    for (const out of [file, join(dirname(file), '.', 's.csv'), join(dirname(file), 'link.csv')]) {
      const r = await cli(args(file, out));
      expect([r.code, r.stderr]).toEqual([
        2,
        `servqual: --out: "${out}" is the input file; the report would overwrite the survey\nRun "servqual --help" for usage.\n`,
      ]);
    }
    expect(readFileSync(file, 'utf8')).toBe(survey);
  });

  it('a missing folder, a folder and a full disk are E_IO naming the path', async () => {
    const file = tmpFile('s.csv', survey);
    const missing = join(dirname(file), 'no-such-folder', 'report.md');
    const folder = join(dirname(file), 'reports');
    mkdirSync(folder);
    expect(await cli(args(file, missing))).toEqual({ code: 1, stdout: '', stderr: `servqual: cannot write ${missing}: no such folder ${dirname(missing)}\n` });
    expect(await cli(args(file, folder))).toEqual({ code: 1, stdout: '', stderr: `servqual: cannot write ${folder}: it is a folder\n` });
    // /dev/full takes no byte (ENOSPC); a device is written directly, never renamed over
    expect(await cli(args(file, '/dev/full'))).toEqual({ code: 1, stdout: '', stderr: 'servqual: cannot write /dev/full: the disk is full\n' });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('a full disk while the temporary file is written leaves the previous report as it was', async () => {
    const dir = tempDir('servqual-out-');
    const out = join(dir, 'report.md');
    writeFileSync(out, 'previous report\n');
    // the temporary file is a link to /dev/full: writing it fails with ENOSPC, as on a full disk
    const temp = join(dir, '.report.md.full.tmp');
    symlinkSync('/dev/full', temp);
    const error = await writeAtomically(out, 'new report\n', temp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServqualError);
    expect([(error as ServqualError).code, (error as ServqualError).message]).toEqual(['E_IO', `cannot write ${out}: the disk is full`]);
    expect(readFileSync(out, 'utf8')).toBe('previous report\n');
    expect(existsSync(temp)).toBe(false);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});
