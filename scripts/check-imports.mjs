// Checks that every import in src/ points down the flow, and that no files import each other in a
// circle. Type-only imports count: a type is a dependency too.
//   node scripts/check-imports.mjs
// The flow, lowest first (a folder may import its own files and any folder before it):
//   errors, defaults, _lib → instrument → gapModel → data → stats → validity → prioritize → score → report → gaps, journey, operations, kano, link, pareto →
//   tables → builtins → render → index, internals → node → cli
// report/ is the contract: every layer may import it, and it imports only what comes before score.
// Prints each import against the flow and each circle; exit 1 if there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const src = fileURLToPath(new URL('../src/', import.meta.url));
// prioritize sits below score: it ranks from statistics (stats) alone, and score's buildReport calls it
// to put the ranking into the report it assembles.
const FLOW = [
  ['errors', 'defaults', '_lib'],
  ['instrument'],
  // The five-gap model as data (gaps, causes, remedies): priorities name the causes of a shortfall.
  ['gapModel'],
  ['data'],
  ['stats'],
  // Measurement validity (CFA, HTMT) of an instrument's dimensions, from the items' co-moments.
  ['validity'],
  ['prioritize'],
  ['score'],
  ['report'],
  ['gaps', 'journey', 'operations', 'kano', 'link', 'pareto'],
  // Surveys in typed tables (Parquet, workbook rows) streamed into the analyzer.
  ['tables'],
  // SQL push-down: the query of every sufficient statistic, and its result read back into a report.
  ['sql'],
  ['builtins'],
  ['render'],
  ['index', 'internals'],
  ['node'],
  ['cli'],
];
const CONTRACT = 'report';
const rankOf = new Map(FLOW.flatMap((names, rank) => names.map((name) => [name, rank])));

/** The layer of a file: its folder under src/, or its name for a file at the top (errors.ts, index.ts). */
const layerOf = (file) => relative(src, file).split('/')[0].replace(/\.ts$/, '');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const files = filesUnder(src);
const graph = new Map();
const problems = [];
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')));
  graph.set(
    file,
    targets.filter((t) => t.startsWith(src)),
  );
  const from = layerOf(file);
  for (const target of graph.get(file)) {
    const to = layerOf(target);
    if (from === to) continue;
    const [rf, rt] = [rankOf.get(from), rankOf.get(to)];
    if (rf === undefined || rt === undefined) problems.push(`${relative(src, file)} → ${relative(src, target)}: a layer the flow does not name`);
    else if (to === CONTRACT) continue;
    else if (from === CONTRACT ? rt >= rankOf.get('score') : rt > rf)
      problems.push(`${relative(src, file)} → ${relative(src, target)}: ${to} is above ${from}`);
  }
}

// Circles: the strongly connected components of more than one file (Tarjan), and files importing themselves.
let index = 0;
const stack = [];
const state = new Map();
const circles = [];
function visit(v) {
  const s = { index, low: index, onStack: true };
  index++;
  state.set(v, s);
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!state.has(w)) {
      visit(w);
      s.low = Math.min(s.low, state.get(w).low);
    } else if (state.get(w).onStack) s.low = Math.min(s.low, state.get(w).index);
  }
  if (s.low === s.index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component.map((f) => relative(src, f)).sort());
  }
}
for (const file of files) if (!state.has(file)) visit(file);

for (const p of problems) console.log(`against the flow: ${p}`);
for (const c of circles) console.log(`circle: ${c.join(' ↔ ')}`);
console.log(`${files.length} files: ${problems.length} imports against the flow, ${circles.length} circles`);
process.exit(problems.length + circles.length > 0 ? 1 : 0);
