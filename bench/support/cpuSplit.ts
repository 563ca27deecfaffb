/**
 * Where the two cores' time goes during a load run, from /proc (Linux): the whole machine's busy and idle time, and
 * the CPU time of given processes (the server, the database backends serving it). Per request, these say which part
 * of the stack a figure like "endpoint ÷ pgbench" is made of. null off Linux.
 */
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Busy and idle milliseconds of all CPUs together since boot. */
export function machineCpuMs(): { busy: number; idle: number } | null {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = (fields[3]! + fields[4]!) * TICK_MS; // idle + iowait
    return { busy: fields.reduce((a, b) => a + b, 0) * TICK_MS - idle, idle };
  } catch {
    return null;
  }
}

/** User + system milliseconds used so far by these processes (a process gone since counts 0). */
export function processesCpuMs(pids: readonly number[]): number {
  let ms = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ms += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      // gone
    }
  }
  return ms;
}
