/** "17:00 ngày 11/06/2021" in Vietnam's time (UTC+7, no daylight saving): how a closing time is written to the public. */
export function formatVnDateTimeInVietnam(at: Date): string {
  const local = new Date(at.getTime() + 7 * 60 * 60 * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ngày ${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
