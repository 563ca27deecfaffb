/**
 * Asks before an action that cannot be undone, saying what will happen. One place, so every irreversible button
 * asks the same way (and a browser test can answer it).
 */
export function confirmAction(whatWillHappen: string): boolean {
  return window.confirm(`${whatWillHappen}\n\nBạn có chắc chắn muốn tiếp tục?`);
}
