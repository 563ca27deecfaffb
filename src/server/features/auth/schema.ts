import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../domain/auth/passwordPolicy';

/** The floor every new password meets before the full rule (src/domain/auth/passwordPolicy.ts) is applied. */
export const PASSWORD_MIN = PASSWORD_MIN_LENGTH;
export const PASSWORD_MAX = PASSWORD_MAX_LENGTH;

export const LoginSchema = z.strictObject({
  /** Account name, case-insensitive. */
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX),
  newPassword: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX),
});

/** Turn the e-mail of one's own notices on or off. */
export const SetEmailNotificationsSchema = z.strictObject({ enabled: z.boolean() });

/** The answers (SessionUserSchema, SessionResponseSchema, OkSchema, …) are the contract in src/shared/contracts/auth.ts. */
export { EmailNotificationsSchema, OkSchema, SessionResponseSchema, SessionUserSchema } from '../../../shared/contracts/auth';
