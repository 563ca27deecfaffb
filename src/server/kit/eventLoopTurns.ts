import type { Steps } from '../../domain/tabular/tableCodec';

/** Items handled between two turns of the event loop (the streaming XLSX writer slices rows the same way). */
export const SLICE_ITEMS = 250;

/** Resolves on the next turn of the event loop, after the I/O waiting meanwhile: other requests run in between. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Calls `each` on every item in order, letting the event loop turn every `slice` items, so a long loop of an
 * import (row checks, or one statement per row — on PGlite each runs inside this process) does not hold up every
 * other request until it ends.
 */
export async function forEachInSlices<T>(items: readonly T[], each: (item: T, index: number) => void | Promise<void>, slice = SLICE_ITEMS): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % slice === 0) await nextTurn();
    await each(items[i], i);
  }
}

/**
 * Runs pure work written in steps (src/domain/tabular/tableCodec.ts `Steps`, e.g. a reader's `rowsTo…InSteps`) to
 * its end, letting the event loop turn at each step: reading a 3,000-row file no longer holds every other request.
 */
export async function runInTurns<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
