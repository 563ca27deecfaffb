import { z } from 'zod';
import { ROLES } from '../../domain/access/roles';
import { pageOf } from './page';

/**
 * The answers of the accounts API (/api/users…): the server serialises with these schemas and documents them
 * (OpenAPI); the web takes their types (`import type`).
 */

/** An account: its role and unit; never its password. */
export const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  orgUnitId: z.string(),
  unitName: z.string(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const UserListResponse = pageOf(UserSchema);

/** A new account, with the generated temporary password shown once (null when the admin typed one). */
export const UserCreatedResponse = UserSchema.extend({ temporaryPassword: z.string().nullable() });
export type CreatedUser = z.infer<typeof UserCreatedResponse>;

export const PasswordResetResponse = z.object({ temporaryPassword: z.string() });
export type PasswordReset = z.infer<typeof PasswordResetResponse>;
