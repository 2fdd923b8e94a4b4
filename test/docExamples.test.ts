import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as node from '../src/node/index.js';
import * as internals from '../src/internals.js';

// Every `@example` of a doc comment in src/ is run here, as written: the code before each `//=>`
// line runs with every export of `servqual` and `servqual/node`, and of its own module, in scope (from the repository's
// root, so an example may read the bundled `examples/` files), its last statement is the value, and
// the text after `//=>` is what it must equal. Nothing is copied by hand, so the docs cannot drift.

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

interface DocExample {
  file: string;
  where: string;
  code: string;
}

/** The `@example` blocks of a file's doc comments, with the comment's ` * ` margin removed. */
function examplesOf(file: string): DocExample[] {
  const text = readFileSync(file, 'utf8');
  const out: DocExample[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = comment[0]
      .slice(3, -2)
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''));
    let start = lines.findIndex((l) => l.startsWith('@example'));
    while (start >= 0) {
      const rest = lines.slice(start + 1);
      const end = rest.findIndex((l) => l.startsWith('@'));
      const body = (end < 0 ? rest : rest.slice(0, end)).join('\n');
      const line = text.slice(0, comment.index).split('\n').length + start;
      out.push({ file, where: `${relative(root, file)}:${line}`, code: body });
      const next = end < 0 ? -1 : lines.slice(start + 1 + end).findIndex((l) => l.startsWith('@example'));
      start = next < 0 ? -1 : start + 1 + end + next;
    }
  }
  return out;
}

/** The code with its last statement returned, as JavaScript. */
function returningLast(code: string): string {
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const file = ts.createSourceFile('example.js', js, ts.ScriptTarget.ES2022, true);
  const last = file.statements.at(-1);
  if (last === undefined || !ts.isExpressionStatement(last)) throw new Error(`the line before //=> must be an expression:\n${code}`);
  return `${js.slice(0, last.getStart(file))}return (${last.expression.getText(file)});`;
}

const publicApi: Record<string, unknown> = { ...core, ...internals, ...node };
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;

/** Runs JavaScript with the library's exports (and `own`, a module's) in scope, from the repository's root. */
async function evaluate(js: string, own: Record<string, unknown> = {}): Promise<unknown> {
  const scope = { ...publicApi, ...own };
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return await new AsyncFunction(...Object.keys(scope), js)(...Object.values(scope));
  } finally {
    process.chdir(cwd);
  }
}

/** Equal as a reader of the doc would see it: numbers to 12 significant digits, the rest exactly. */
function expectSame(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(actual, where).toBeCloseTo(expected, Math.max(0, 12 - Math.ceil(Math.log10(Math.max(1, Math.abs(expected))))));
  } else if (Array.isArray(expected) && Array.isArray(actual)) {
    expect(actual.length, where).toBe(expected.length);
    expected.forEach((e, i) => expectSame(actual[i], e, `${where}[${i}]`));
  } else if (expected !== null && typeof expected === 'object' && actual !== null && typeof actual === 'object') {
    expect(Object.keys(actual).sort(), where).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected)) expectSame((actual as Record<string, unknown>)[k], e, `${where}.${k}`);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

const examples = sourceFiles(src).flatMap(examplesOf);

describe('every @example in src/ runs and gives the value it shows', () => {
  it('finds the examples', () => {
    // 16 examples were there before this runner; the count may only grow.
    expect(examples.length).toBeGreaterThanOrEqual(16);
  });
  it.each(examples.map((e) => [e.where, e] as const))('%s', async (_where, example) => {
    const segments = example.code.split(/^\/\/=> ?(.*)$/m);
    // split() with a capture group alternates code and expected values: code, value, code, value, …
    expect(segments.length, `${example.where}: an @example ends in //=> value`).toBeGreaterThanOrEqual(3);
    const own = (await import(example.file)) as Record<string, unknown>;
    let code = '';
    for (let i = 0; i + 1 < segments.length; i += 2) {
      code += segments[i];
      const actual = await evaluate(returningLast(code), own);
      const expected = await evaluate(`return (${segments[i + 1]});`);
      expectSame(actual, expected, example.where);
      code += '\n';
    }
  });
});

describe('the public API is documented', () => {
  const program = ts.createProgram([join(src, 'index.ts'), join(src, 'internals.ts'), join(src, 'node/index.ts')], {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const documented = new Map<string, { doc: boolean; example: boolean }>();
  for (const entry of ['index.ts', 'internals.ts', 'node/index.ts']) {
    const file = program.getSourceFile(join(src, entry));
    const module = file && checker.getSymbolAtLocation(file);
    for (const exported of module ? checker.getExportsOfModule(module) : []) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class))) continue;
      const tags = symbol.getJsDocTags(checker);
      documented.set(exported.name, { doc: symbol.getDocumentationComment(checker).length > 0, example: tags.some((t) => t.name === 'example') });
    }
  }

  it('every exported function and class has a doc comment', () => {
    expect(documented.size).toBeGreaterThan(40);
    expect([...documented].filter(([, d]) => !d.doc).map(([name]) => name)).toEqual([]);
  });

  it('every function a user calls first has a working example', () => {
    const first = ['analyze', 'analyzeCsv', 'createAnalyzer', 'renderMarkdown', 'renderHtml', 'diagnose', 'journey', 'loadInstrument', 'validateSurvey'];
    expect(first.filter((name) => documented.get(name)?.example !== true)).toEqual([]);
  });
});
