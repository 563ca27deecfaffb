import { z } from 'zod';
import { REGISTRATION_STATUSES } from '../../../domain/campaigns/registrationRules';

const text = (max: number) => z.string().trim().min(1).max(max);

/** One individual as the form sends it (annex "2. Cá nhân": full name, position, unit, content). */
export const RegistrationIndividualInput = z.strictObject({
  /** An existing person record (keep it when editing); omit to record a new person of the unit. */
  personId: z.uuid().optional(),
  fullName: text(120),
  position: text(200),
  /** Nội dung đăng ký; defaults to the campaign's registration content. */
  content: text(500).optional(),
});

export const RegistrationCreateBody = z.strictObject({
  /** The registering collective (the officer's own unit; for a district aggregator the district or its Phòng Nội vụ). */
  orgUnitId: z.uuid(),
  /** Nội dung đăng ký of the collective (the form fills in the campaign's default, "Hoàn thành xuất sắc nhiệm vụ …"). */
  content: text(500),
  /** The individuals (annex "2. Cá nhân"); an empty list registers the collective alone. */
  individuals: z.array(RegistrationIndividualInput).max(100),
});

export const RegistrationUpdateBody = z.strictObject({
  /** The version read; a stale edit is refused instead of overwriting someone else's. */
  version: z.number().int().min(1),
  content: text(500).optional(),
  /** The whole list, replacing the saved one. */
  individuals: z.array(RegistrationIndividualInput).max(100).optional(),
});

export const RegistrationReviewBody = z.strictObject({
  /** accept = Tiếp nhận; return = Trả lại (with a reason). */
  decision: z.enum(['accept', 'return']),
  reason: z.string().trim().max(1000).optional(),
});

export const LateAcceptanceBody = z.strictObject({
  orgUnitId: z.uuid(),
  /** Why Sở Nội vụ accepts it after the deadline (II.3.b); written to the audit log. */
  reason: z.string().trim().min(10).max(1000),
});

export const RegistrationListQuery = z.strictObject({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  orgUnitId: z.uuid().optional(),
  /** Unit name, without diacritics if you like ("giong rieng"). */
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The answers (IndividualSchema, RegistrationSummarySchema, RegistrationDetailSchema, RegistrationListResponse) are the contract in src/shared/contracts/registrations.ts. */
export { IndividualSchema, RegistrationDetailSchema, RegistrationListResponse, RegistrationSummarySchema } from '../../../shared/contracts/registrations';
export const IdParams = z.strictObject({ id: z.uuid() });
