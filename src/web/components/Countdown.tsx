import { useEffect, useState } from 'react';
import { countdown, type Countdown as CountdownValue } from '../../domain/time/legalDeadline';

/**
 * Time left until a deadline ("Còn 3 ngày 4 giờ"), ticking every 30 seconds. It starts from the server's count
 * and keeps the server's clock offset, so a wrong clock on the user's computer cannot move a legal deadline.
 */
export function Countdown({ until, initial }: { until: string; initial: CountdownValue }) {
  const end = new Date(until).getTime();
  const [skew] = useState(() => {
    const left = ((initial.days * 24 + initial.hours) * 60 + initial.minutes) * 60_000 * (initial.overdue ? -1 : 1);
    return end - left - Date.now();
  });
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const timer = window.setInterval(() => setValue(countdown({ asOf: new Date(Date.now() + skew), deadlineInstant: new Date(end) })), 30_000);
    return () => window.clearInterval(timer);
  }, [skew, end]);
  return <strong>{value.label}</strong>;
}
