import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_ISOLATED } from '../../vitest.config';

// The domain, server and browser projects share imported modules between the files of a worker (isolate: false in
// vitest.config.ts). A file that replaces a module or a global would find it already loaded, or leave its stand-in to
// the next file: such files belong in SERVER_ISOLATED, which runs each file in its own module graph.
const root = path.resolve(import.meta.dirname, '../..');
const SHARED_DIRS = ['src/domain', 'src/shared', 'src/db', 'src/server', 'src/cli', 'src/documents', 'test', 'e2e'];
const REPLACES = /\bvi\.(mock|doMock|stubEnv|stubGlobal|useFakeTimers)\(/;

function testFiles(dir: string): string[] {
  return (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')));
}

describe('test isolation', () => {
  it('runs every test file that replaces a module or a global in its own module graph', () => {
    const replacing = SHARED_DIRS.flatMap(testFiles)
      .filter((file) => REPLACES.test(fs.readFileSync(path.join(root, file), 'utf8')))
      .sort();
    expect(replacing).toEqual([...SERVER_ISOLATED].sort());
  });
});
