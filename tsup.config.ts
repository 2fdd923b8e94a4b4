import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: browser-safe core and the Node subpath, as ESM and CommonJS with types.
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // Shared chunks, so `servqual` and `servqual/node` use one copy of the core (one ServqualError class).
    splitting: true,
    silent: true,
  },
  {
    // The CLI: ESM with a shebang; it imports the library through relative paths.
    // The worker of --threads is its own file beside the CLI, found through import.meta.url.
    entry: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
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
