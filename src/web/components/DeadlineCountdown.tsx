import { useEffect, useMemo, useState } from 'react';
import { countdown } from '../../domain/time/legalDeadline';

/** The offset of the server's clock from this computer's, measured when the answer carrying `serverNow` arrives. */
function clockSkew(serverNow: string): number {
  return new Date(serverNow).getTime() - Date.now();
}

/**
 * "Còn 11 ngày 14 giờ" until a deadline, ticking every 30 seconds. It counts from the server's clock (`serverNow`)
 * and keeps that offset, so a wrong clock on the user's computer cannot move a legal deadline (SPEC §4.4).
 * The label is computed while rendering, not kept in state: when the deadline or the server time changes (a
 * reload, another campaign, another row), the very first render already shows the new value, never the old one.
 */
export function DeadlineCountdown({ deadlineAt, serverNow }: { deadlineAt: string; serverNow: string }) {
  const skew = useMemo(() => clockSkew(serverNow), [serverNow]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  // `now` may lag behind by up to one tick; a fresh serverNow is newer than it and wins, so no stale value shows.
  const asOf = Math.max(now + skew, new Date(serverNow).getTime());
  const value = countdown({ asOf: new Date(asOf), deadlineInstant: new Date(deadlineAt) });
  return (
    <strong className={value.overdue ? 'tag tag--grey' : 'tag tag--green'} data-testid="deadline-countdown">
      {value.label}
    </strong>
  );
}
