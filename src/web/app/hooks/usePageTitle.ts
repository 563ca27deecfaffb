import { useEffect } from 'react';

export const APP_NAME = 'ThiĐua CCHC';

/**
 * Sets document.title to "<title> — ThiĐua CCHC", prefixed "Lỗi: " while the page's form has errors
 * (screen reader users hear the problem first when the page is announced).
 */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Lỗi: ' : ''}${title} — ${APP_NAME}`;
  }, [title, hasErrors]);
}
