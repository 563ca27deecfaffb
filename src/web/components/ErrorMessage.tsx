/** An inline field error, with the visually hidden "Lỗi:" prefix screen readers announce first. */
export function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">Lỗi:</span> {message}
    </p>
  );
}
