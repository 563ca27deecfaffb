/**
 * The event loop's turns measured in the main thread's own CPU time, which other processes on a busy machine do not
 * inflate (the health checks' latency does: at load 10–20 on two cores a thread waits on the run queue most of the
 * time). A 2 ms interval timer runs once per loop iteration at most; between two of its runs the main thread's CPU
 * time (Linux: /proc/thread-self/schedstat, in ns) is what that iteration ran before the timer, or a health check,
 * could be answered. Each iteration is kept as `[end (epoch ms), CPU ms, wall ms, run-queue wait ms]`.
 */
import fs from 'node:fs';

export type Turn = [at: number, cpuMs: number, wallMs: number, waitMs: number];

/** Starts the probe (Linux only: elsewhere it records nothing) and returns the turns recorded so far, live. */
export function startTurnProbe(): Turn[] {
  const turns: Turn[] = [];
  const read = () => {
    try {
      const [cpu, wait] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
      return { cpu, wait, wall: performance.now() };
    } catch {
      return null;
    }
  };
  let last = read();
  if (!last) return turns;
  setInterval(() => {
    const now = read()!;
    turns.push([Date.now(), (now.cpu - last!.cpu) / 1e6, now.wall - last!.wall, (now.wait - last!.wait) / 1e6]);
    last = now;
  }, 2).unref();
  return turns;
}

/** Turns ending within [from, to] (epoch ms): p99 and max of their CPU, how many held ≥ 50 ms of CPU, and the run-queue wait's share of the wall time. */
export function summariseTurns(turns: readonly Turn[], from: number, to: number) {
  const within = turns.filter(([at]) => at >= from && at <= to);
  const cpu = within.map(([, c]) => c).sort((a, b) => a - b);
  const at = (p: number) => (cpu.length ? cpu[Math.min(cpu.length - 1, Math.ceil((p / 100) * cpu.length) - 1)] : NaN);
  const wall = within.reduce((s, t) => s + t[2], 0);
  const wait = within.reduce((s, t) => s + t[3], 0);
  const busy = cpu.reduce((s, c) => s + c, 0);
  return { turns: cpu.length, p99: at(99), max: cpu[cpu.length - 1] ?? NaN, over50: cpu.filter((c) => c >= 50).length, busyMs: busy, waitShare: wall ? wait / wall : NaN };
}
