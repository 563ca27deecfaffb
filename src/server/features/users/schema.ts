import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/schema';

/** The answers (UserSchema, UserListResponse, UserCreatedResponse, PasswordResetResponse) are the contract in src/shared/contracts/users.ts. */
export { PasswordResetResponse, UserCreatedResponse, UserListResponse, UserSchema } from '../../../shared/contracts/users';

export const UserListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  role: z.enum(ROLES).optional(),
  active: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const UserCreateBody = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[a-zA-Z0-9._-]+$/, { error: 'Chỉ gồm chữ không dấu, số và . _ -' }),
  fullName: z.string().trim().min(1).max(120),
  email: z.email().max(200).nullable().optional(),
  role: z.enum(ROLES),
  orgUnitId: z.uuid(),
  /** Leave empty to have the system generate a temporary password, shown once. */
  password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX).optional(),
});

export const UserUpdateBody = z
  .strictObject({
    fullName: z.string().trim().min(1).max(120),
    email: z.email().max(200).nullable(),
    role: z.enum(ROLES),
    orgUnitId: z.uuid(),
    active: z.boolean(),
  })
  .partial();

export const IdParams = z.strictObject({ id: z.uuid() });
