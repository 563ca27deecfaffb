type Props = {
  /** The submit button's words. */
  label: string;
  /** While true the submit button is disabled and says `busyLabel` (if given). */
  busy?: boolean;
  busyLabel?: string;
  disabled?: boolean;
  /** When given, a secondary "Hủy" (or `cancelLabel`) button beside the submit button. */
  onCancel?: () => void;
  cancelLabel?: string;
};

/** A form's submit button and, for an edit that can be abandoned, its cancel button. */
export function FormActions({ label, busy = false, busyLabel, disabled = false, onCancel, cancelLabel = 'Hủy' }: Props) {
  const submit = (
    <button type="submit" className="button" disabled={busy || disabled}>
      {busy && busyLabel ? busyLabel : label}
    </button>
  );
  if (!onCancel) return submit;
  return (
    <div className="button-group">
      {submit}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
