import { formatVnDateTime } from '../../../domain/time/localDate';
import { AppError } from '../../errors';
import type { SessionRow } from './councilQueries';

/** A closed session is the record of what was voted: nothing in it changes any more. */
export function assertOpen(session: SessionRow): void {
  if (session.status !== 'open') {
    throw new AppError('CONFLICT', `Phiên họp «${session.title}» đã kết thúc${session.closedAt ? ` lúc ${formatVnDateTime(new Date(session.closedAt))}` : ''}: kết quả đã chốt, không sửa được.`);
  }
}
