import { formatVnDate, formatVnDateTime, isLocalDate } from '../../../domain/time/localDate';

/** '2020-03-03' → '03/03/2020'; empty for null; the text itself when it is not an ISO day. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  return isLocalDate(day) ? formatVnDate(day) : iso;
}

/** An ISO instant → 'dd/mm/yyyy HH:mm' in Vietnam time (Asia/Ho_Chi_Minh, UTC+7 all year). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatVnDateTime(date);
}
