import { z } from 'zod';
import { ACTIONS, type Action } from '../../domain/access/permissions';
import { ROLES } from '../../domain/access/roles';

/**
 * The answers of the sign-in API (/api/auth/…): the server serialises with these schemas and documents them
 * (OpenAPI); the web takes their types (`import type`).
 */

/** The signed-in user as the web shows them. */
export const SessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  unitId: z.string(),
  unitName: z.string(),
  mustChangePassword: z.boolean(),
});

/** A session: the user, the CSRF token to send back on every change, and the actions their role may take. */
export const SessionResponseSchema = z.object({
  user: SessionUserSchema,
  csrfToken: z.string(),
  abilities: z.array(z.enum(ACTIONS as [Action, ...Action[]])),
});
export type Session = z.infer<typeof SessionResponseSchema>;

export const OkSchema = z.object({ ok: z.literal(true) });

/** The signed-in user's choice of e-mail for their notices (their account page), and the account's address. */
export const EmailNotificationsSchema = z.object({ enabled: z.boolean(), email: z.string().nullable() });
export type EmailNotifications = z.infer<typeof EmailNotificationsSchema>;
