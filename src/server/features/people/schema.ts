import { z } from 'zod';
import { GENDERS, PersonListResponse, PersonSchema } from '../../../shared/contracts/people';

/** The answers (PersonSchema, PersonListResponse) are the contract in src/shared/contracts/people.ts. */
export { PersonListResponse, PersonSchema };

const text = (max: number) => z.string().trim().min(1).max(max);

export const PersonListQuery = z.strictObject({
  orgUnitId: z.uuid().optional(),
  /** Part of the full name; matched without diacritics ("nguyen van a" finds "Nguyễn Văn A"). */
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

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
