/** Ids and aria attributes shared by the form fields: hint id then error id in aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): { hintId?: string; errorId?: string; describedBy?: string } {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ids = [hintId, errorId].filter(Boolean).join(' ');
  return { hintId, errorId, describedBy: ids || undefined };
}
