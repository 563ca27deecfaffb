/**
 * What the benchmarks that run the real server in its own process share: starting it (under tsx, as `npm start`
 * runs it, so worker threads load the way they do in production) and reading the JSON line it announces itself
 * with, its resident memory from /proc, and the server side of that handshake.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** A server script started by startBenchServer: its process, why it ended once it has, and what it announced. */
export type BenchServer<T> = T & { child: ChildProcess; port: number; /** the server's own process, not the tsx launcher */ pid: number; exited: Promise<string> };

/** Starts `script` (relative to the project) under tsx and resolves once it prints its `{"port":…}` line. */
export function startBenchServer<T extends object>(script: string, env: NodeJS.ProcessEnv): Promise<BenchServer<T>> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script], { cwd: ROOT, env });
    let out = '';
    let err = '';
    const exited = new Promise<string>((done) => child.on('exit', (code, signal) => done(`exit ${signal ?? code}${err ? `: ${err.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}` : ''}`)));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve({ child, exited, ...(JSON.parse(line) as T & { port: number; pid: number }) });
    });
    void exited.then((why) => reject(new Error(`${script} ${why}\n${out}`)));
  });
}

/** Ends a bench server at once and waits (at most 2 s) for it to be gone. */
export async function killBenchServer(server: BenchServer<object>): Promise<void> {
  server.child.kill('SIGKILL');
  await Promise.race([server.exited, sleep(2000)]).catch(() => undefined);
}

/** Resident memory of a process (VmRSS), in bytes; 0 once it is gone. */
export function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The p-th percentile (nearest rank) of ascending numbers. */
export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/**
 * The server side: listens on a free port, prints `{"port":…,"pid":…, …announce}` for the driver and closes on
 * SIGTERM/SIGINT. `main` failing prints why and exits 1.
 */
export function serveBench(main: () => Promise<{ app: FastifyInstance; announce: object; close: () => Promise<void> }>): void {
  main()
    .then(async ({ app, announce, close }) => {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      console.log(JSON.stringify({ port, pid: process.pid, ...announce }));
      const stop = () => void close().finally(() => process.exit(0));
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
