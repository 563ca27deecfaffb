/** A polite "loading" line with a spinner (announced once by screen readers). */
export function LoadingMessage({ text = 'Đang tải…' }: { text?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
