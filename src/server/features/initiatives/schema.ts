import { z } from 'zod';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const InitiativeSchema = z.object({
  id: z.string(),
  campaignId: z.string().nullable(),
  orgUnitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  description: z.string(),
  effect: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Whether the signed-in user may edit or delete it. */
  canEdit: z.boolean(),
});

export const InitiativeListQuery = z.strictObject({
  campaignId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  /** Title or unit name; the unit name is matched without diacritics. */
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const InitiativeListResponse = z.object({ items: z.array(InitiativeSchema), total: z.number(), page: z.number(), pageSize: z.number() });

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
