import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Action } from '../../../domain/access/permissions';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useSession } from './SessionContext';

const CHANGE_PASSWORD = '/doi-mat-khau';

/**
 * Shows its children only to a signed-in user (and, with `ability`, only to one who has it).
 * A user who must change their password is sent to the change-password page first.
 */
export function RequireSession({ children, ability }: { children: ReactNode; ability?: Action }) {
  const { status, session, can } = useSession();
  const location = useLocation();
  if (status === 'loading') return <LoadingMessage text="Đang tải phiên đăng nhập…" />;
  if (!session) return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  if (session.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD) return <Navigate to={CHANGE_PASSWORD} replace />;
  if (ability && !can(ability)) return <Navigate to="/khong-co-quyen" replace />;
  return <>{children}</>;
}
