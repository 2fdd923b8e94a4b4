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
    // The CLI: one ESM file with a shebang; it imports the library through relative paths.
    // The worker of --threads is its own file beside the CLI, found through import.meta.url.
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    splitting: false,
    silent: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
