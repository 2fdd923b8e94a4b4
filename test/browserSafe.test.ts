import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core (src/ outside node/ and cli/) must run in a browser: no Node built-ins, no Buffer, no process.
// tsconfig.core.json also compiles it without Node's types; this test names the offending line.
const src = fileURLToPath(new URL('../src', import.meta.url));

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node' || name === 'cli' ? [] : coreFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the core', () => {
  it('has no Node imports, Buffer or process', () => {
    const offenders: string[] = [];
    const forbidden = /from\s+['"](node:|fs|path|os|stream|util|child_process|worker_threads)['"/]|require\(|\bBuffer\b|\bprocess\./;
    const files = coreFiles(src);
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (forbidden.test(line) && !line.trimStart().startsWith('*') && !line.trimStart().startsWith('//')) {
            offenders.push(`${relative(src, file)}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(files.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
