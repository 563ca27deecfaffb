import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs the CLI to completion. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Starts the real server (src/server/main.ts) and resolves once it listens, or when it exits. */
export function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/server/main.ts'], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    let out = '';
    const exited = new Promise<number>((res) => child.on('exit', (code) => res(code ?? -1)));
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('đang chạy tại')) resolve({ child, output: () => out, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => resolve({ child, output: () => out, exited }));
    // Generous: a start on a loaded two-core machine (tsx, PGlite) has taken over a minute.
    setTimeout(() => reject(new Error('server did not start: ' + out)), 180_000).unref();
  });
}

export async function stopServer(child: ChildProcess, exited: Promise<number>): Promise<void> {
  child.kill('SIGTERM');
  await exited;
}
