/** The first focusable element: jumps past the header and navigation to the page content. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main-content">
      Bỏ qua, đến nội dung chính
    </a>
  );
}
