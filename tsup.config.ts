import { build as esbuild, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/** `debug` as a logger that logs nothing (see stdlibT). */
const silentDebug: Plugin = {
  name: 'silent-debug',
  setup(build) {
    build.onResolve({ filter: /^debug$/ }, () => ({ path: 'debug', namespace: 'silent-debug' }));
    build.onLoad({ filter: /.*/, namespace: 'silent-debug' }, () => ({ contents: 'module.exports = function () { return function () {}; };', loader: 'js' }));
  },
};

/**
 * The two t-distribution functions of @stdlib (t-cdf, t-quantile), bundled into the library as one
 * module, so an install does not fetch the 224 small packages they are made of (9.4 MB; 26 MB on
 * disk). Their code is unchanged, so every p-value and interval is the same to the last bit, which
 * no other distributions package would give (and the small ones, jStat and the like, are less
 * accurate in the tails). The module is built apart with its local names shortened: its 417
 * CommonJS modules would otherwise each carry their path as a property name that no bundler of an
 * application can shorten (22 kB of a page's bundle). One of them (gammaincinv) logs rare
 * numerical warnings through `debug`, whose Node build requires tty and util (not browser-safe, and
 * an ESM chunk cannot require): that log is silent unless DEBUG names it and changes no value, so it
 * is a logger that logs nothing.
 */
const stdlibT: Plugin = {
  name: 'stdlib-t',
  setup(build) {
    const names: Record<string, string> = { '@stdlib/stats-base-dists-t-cdf': 'tCdf', '@stdlib/stats-base-dists-t-quantile': 'tQuantile' };
    build.onResolve({ filter: /^@stdlib\/stats-base-dists-t-(cdf|quantile)$/ }, (args) => ({ path: args.path, namespace: 'stdlib-t' }));
    build.onResolve({ filter: /^stdlib-t$/ }, () => ({ path: 'stdlib-t', namespace: 'stdlib-t-bundle' }));
    build.onLoad({ filter: /.*/, namespace: 'stdlib-t' }, (args) => ({
      contents: `export { ${names[args.path]} as default } from 'stdlib-t';`,
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'stdlib-t-bundle' }, async () => {
      const bundled = await esbuild({
        stdin: {
          contents: Object.entries(names)
            .map(([pkg, name]) => `export { default as ${name} } from '${pkg}';`)
            .join('\n'),
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        mainFields: ['main'],
        target: 'node20',
        minifyIdentifiers: true,
        plugins: [silentDebug],
        write: false,
        logLevel: 'silent',
      });
      return { contents: bundled.outputFiles[0]?.text ?? '', loader: 'js' };
    });
  },
};

export default defineConfig([
  {
    // The library: browser-safe core and the Node subpath, as ESM and CommonJS with types.
    entry: { index: 'src/index.ts', internals: 'src/internals.ts', 'node/index': 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // Shared chunks, so `servqual` and `servqual/node` use one copy of the core (one ServqualError class).
    splitting: true,
    // exceljs, an optional dependency, stays the user's install (tsup bundles what is not a dependency or peer).
    external: ['exceljs'],
    // The t distribution of @stdlib, bundled in (see stdlibT).
    esbuildPlugins: [stdlibT],
    // CommonJS has no import.meta (a syntax error there, and sucrase, which turns the split ESM into
    // CommonJS, leaves it as is). Its one use, in src/node/threads/libraryWorker.ts, is read only
    // where __filename is undefined (ESM); tsup's `shims` would instead put a shim in a shared chunk,
    // where __filename and import.meta.url name the chunk, not dist/node/index.*.
    esbuildOptions(options, { format }) {
      if (format === 'cjs') options.define = { ...options.define, 'import.meta.url': 'undefined' };
    },
    silent: true,
  },
  {
    // The script of the workers analyzeCsv starts for `threads`: dist/node/worker.js and worker.cjs,
    // found beside dist/node/index.js and index.cjs (see src/node/threads/libraryWorker.ts). Bundled
    // whole with its dependencies, as the CLI's is: importing the library's chunks and their
    // dependencies (@stdlib, date-fns: hundreds of small modules) took a worker 4 times as long to
    // load (measured 1.0–1.5 s against 0.23–0.28 s on a busy 2-core machine), while the main thread
    // scored blocks alone.
    entry: { 'node/worker': 'src/node/threads/worker.ts' },
    format: ['esm', 'cjs'],
    // No source maps (2.2 MB each): a worker's errors reach the caller as a code and a message only.
    sourcemap: false,
    target: 'node20',
    silent: true,
    noExternal: [/.*/],
    // Bundled CommonJS (the @stdlib packages) may require Node built-ins; give the ESM file a require.
    banner: ({ format }) =>
      format === 'esm' ? { js: "import { createRequire as __servqualRequire } from 'node:module';\nconst require = __servqualRequire(import.meta.url);" } : {},
  },
  {
    // The CLI: ESM with a shebang; it imports the library through relative paths.
    // The worker of --threads is the library's worker script, bundled again beside the CLI (whole, so
    // it loads sooner) and found through import.meta.url.
    entry: { main: 'src/cli/main.ts', worker: 'src/node/threads/worker.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    // Chunks: main.js holds only what starts the workers (they start ~30 ms sooner than when it held
    // the whole CLI, 1.9 MB to compile); the rest of the CLI is a chunk it imports after.
    splitting: true,
    silent: true,
    // Dependencies bundled in: one file loads in a fraction of the time of hundreds of small modules
    // (date-fns, @stdlib), and the CLI starts and spawns workers that much sooner.
    noExternal: [/.*/],
    // Bundled CommonJS (the @stdlib packages) may require Node built-ins; give the ESM file a require.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __servqualRequire } from 'node:module';\nconst require = __servqualRequire(import.meta.url);",
    },
  },
]);
