import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
export const GENDERS = ['male', 'female'] as const;

export const PersonSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  position: z.string(),
  orgUnitId: z.string(),
  unitName: z.string(),
  birthYear: z.number().nullable(),
  gender: z.enum(GENDERS).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Whether the signed-in user may edit it. */
  canEdit: z.boolean(),
});

export const PersonListQuery = z.strictObject({
  orgUnitId: z.uuid().optional(),
  /** Part of the full name; matched without diacritics ("nguyen van a" finds "Nguyễn Văn A"). */
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const PersonListResponse = z.object({ items: z.array(PersonSchema), total: z.number(), page: z.number(), pageSize: z.number() });

const fields = {
  fullName: text(120),
  /** Chức vụ (SPEC §2). */
  position: text(200),
  /** The unit the person works in: within the actor's scope. */
  orgUnitId: z.uuid(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  gender: z.enum(GENDERS).nullable(),
};

export const PersonCreateBody = z.strictObject({ ...fields, birthYear: fields.birthYear.optional(), gender: fields.gender.optional() });
export const PersonUpdateBody = z.strictObject(fields).partial();
export const IdParams = z.strictObject({ id: z.uuid() });
