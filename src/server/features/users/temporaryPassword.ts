import { randomBytes } from 'node:crypto';

/** A temporary password that is easy to read aloud over the phone: no 0/O, 1/l. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(14), (b) => alphabet[b % alphabet.length]).join('');
}
