import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Server-side sessions, in the database so that any app node can serve any request.
 * `id` is the SHA-256 of the cookie token: a leaked table does not leak usable cookies.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Every login attempt, success or not, with its client address: the history, for investigating an attack. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    ip: text('ip'),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('login_attempts_user_at').on(t.username, t.at)],
);

/**
 * The login throttle: one row per username and window, the number of attempts counted in it. Each login
 * reserves an attempt here with one atomic upsert before the password is checked, so that every app node
 * together checks at most LOGIN_MAX_FAILURES passwords per username and window; a success deletes the row.
 */
export const loginThrottle = pgTable('login_throttle', {
  username: text('username').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().default(sql`now()`),
  attempts: integer('attempts').notNull(),
});
