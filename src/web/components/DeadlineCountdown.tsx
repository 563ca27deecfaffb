import { useEffect, useState } from 'react';
import { countdown } from '../../domain/time/legalDeadline';

/**
 * "Còn 11 ngày 14 giờ" until a deadline, ticking every 30 seconds. It counts from the server's clock (`serverNow`)
 * and keeps that offset, so a wrong clock on the user's computer cannot move a legal deadline (SPEC §4.4).
 */
export function DeadlineCountdown({ deadlineAt, serverNow }: { deadlineAt: string; serverNow: string }) {
  const [skew] = useState(() => new Date(serverNow).getTime() - Date.now());
  const compute = () => countdown({ asOf: new Date(Date.now() + skew), deadlineInstant: new Date(deadlineAt) });
  const [value, setValue] = useState(compute);
  useEffect(() => {
    const timer = window.setInterval(() => setValue(compute()), 30_000);
    return () => window.clearInterval(timer);
  }, [deadlineAt, skew]);
  return (
    <strong className={value.overdue ? 'tag tag--grey' : 'tag tag--green'} data-testid="deadline-countdown">
      {value.label}
    </strong>
  );
}
