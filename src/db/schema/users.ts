import { sql } from 'drizzle-orm';
import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from './orgUnits';
import type { Role } from '../../domain/access/roles';

/** An account. `username` is stored lower-case; `role` is one of src/domain/access/roles.ts. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  fullName: text('full_name').notNull(),
  email: text('email'),
  /** Whether this person also wants notices by e-mail (issue 11: users choose e-mail on/off). */
  emailNotifications: boolean('email_notifications').notNull().default(true),
  passwordHash: text('password_hash').notNull(),
  role: text('role').$type<Role>().notNull(),
  orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
  active: boolean('active').notNull().default(true),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
});
