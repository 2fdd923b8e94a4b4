// Measures what the package costs a user: the packages and bytes `npm install servqual` brings into
// an app, and the bytes a page bundles for `import { analyze } from 'servqual'`.
//   npm run build && node bench/installSize.mjs [--json]
// Packs this build (`npm pack`), installs the tarball into a temporary project with production
// dependencies only (the registry through npm, as a user's install), counts the packages in its
// node_modules (every folder with a package.json, servqual included) and their bytes on disk (file
// sizes; and on disk, in blocks, as `du` gives them), then bundles the import with esbuild for a browser, minified, and reports the
// bundle's bytes and gzip bytes and the five largest inputs. The figures are in the README's
// "Install size" section.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'servqual-size-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const tarball = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root))[0];
  const app = join(work, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
  npm(['install', join(work, tarball.filename), '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], app);

  // Every installed package (a folder of node_modules, or of a scope, with a package.json) and its bytes.
  const packages = [];
  const walkModules = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (name.startsWith('@')) walkModules(path);
      else if (statSync(join(path, 'package.json'), { throwIfNoEntry: false }) !== undefined) {
        packages.push({ name: path.slice(path.lastIndexOf('node_modules') + 13), bytes: bytesOf(path) });
        const nested = join(path, 'node_modules');
        if (statSync(nested, { throwIfNoEntry: false }) !== undefined) walkModules(nested);
      }
    }
  };
  const bytesOf = (dir) => {
    let total = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) total += entry.name === 'node_modules' ? 0 : bytesOf(path);
      else if (entry.isFile()) total += statSync(path).size;
    }
    return total;
  };
  walkModules(join(app, 'node_modules'));
  const scopes = new Map();
  for (const p of packages) {
    const scope = p.name.startsWith('@') ? p.name.split('/')[0] : p.name;
    const s = scopes.get(scope) ?? { packages: 0, bytes: 0 };
    scopes.set(scope, { packages: s.packages + 1, bytes: s.bytes + p.bytes });
  }

  writeFileSync(join(app, 'entry.js'), "import { analyze } from 'servqual';\nglobalThis.analyze = analyze;\n");
  const bundled = await build({
    entryPoints: [join(app, 'entry.js')],
    absWorkingDir: app,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(bundled.metafile.outputs)[0].inputs)
    .map(([path, { bytesInOutput }]) => [path.replace(/^node_modules\//, ''), bytesInOutput])
    .sort((a, b) => b[1] - a[1]);
  const byPackage = new Map();
  for (const [path, bytes] of inputs) {
    const parts = path.split('/');
    const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytes);
  }

  const result = {
    tarball: { bytes: tarball.size, unpacked: tarball.unpackedSize, files: tarball.entryCount },
    install: {
      packages: packages.length,
      bytes: packages.reduce((a, p) => a + p.bytes, 0),
      // What the disk gives them (`du`: whole blocks, so many small files cost more than their bytes).
      onDisk: Number(execFileSync('du', ['-sk', join(app, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]) * 1024,
      scopes: Object.fromEntries(scopes),
    },
    bundle: {
      entry: "import { analyze } from 'servqual'",
      bytes: code.length,
      gzip: gzipSync(code).length,
      byPackage: Object.fromEntries([...byPackage].sort((a, b) => b[1] - a[1])),
    },
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    const kb = (b) => `${(b / 1000).toFixed(0)} kB`;
    const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
    console.log(`tarball:  ${kb(result.tarball.bytes)} packed, ${mb(result.tarball.unpacked)} unpacked, ${result.tarball.files} files`);
    console.log(`install:  ${result.install.packages} packages, ${mb(result.install.bytes)} (${mb(result.install.onDisk)} on disk)`);
    for (const [scope, s] of [...scopes].sort((a, b) => b[1].bytes - a[1].bytes))
      console.log(`  ${scope.padEnd(22)} ${String(s.packages).padStart(4)} packages ${mb(s.bytes).padStart(8)}`);
    console.log(`bundle:   ${result.bundle.entry}: ${kb(result.bundle.bytes)} minified, ${kb(result.bundle.gzip)} gzip`);
    for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${name.padEnd(22)} ${kb(bytes).padStart(8)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
