import { z } from 'zod';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

/** The answers (InitiativeSchema, InitiativeListResponse) are the contract in src/shared/contracts/initiatives.ts. */
export { InitiativeListResponse, InitiativeSchema } from '../../../shared/contracts/initiatives';

export const InitiativeListQuery = z.strictObject({
  campaignId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  /** Title or unit name; the unit name is matched without diacritics. */
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const fields = {
  /** The campaign it is recorded for (II.1.b), if any. */
  campaignId: z.uuid().nullable(),
  title: text(300),
  description: text(5000),
  /** The effect: what changed for citizens and organisations. */
  effect: text(5000),
  periodFrom: isoDate.nullable(),
  periodTo: isoDate.nullable(),
};

export const InitiativeCreateBody = z.strictObject({
  /** The unit that applied it: the user's own unit (a district aggregator: the district or its Phòng Nội vụ). */
  orgUnitId: z.uuid(),
  ...fields,
  campaignId: fields.campaignId.optional(),
  periodFrom: fields.periodFrom.optional(),
  periodTo: fields.periodTo.optional(),
});

export const InitiativeUpdateBody = z.strictObject(fields).partial();
export const IdParams = z.strictObject({ id: z.uuid() });
