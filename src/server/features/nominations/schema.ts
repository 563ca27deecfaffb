import { z } from 'zod';
import { NOMINEE_KINDS } from '../../../domain/nominations/nominationRules';

/** The answers are the contract in src/shared/contracts/nominations.ts. */
export { NominationOverviewResponse, NominationSchema } from '../../../shared/contracts/nominations';

export const CampaignIdParams = z.strictObject({ id: z.uuid() });
export const NominationIdParams = z.strictObject({ id: z.uuid() });

/** A page of each list of the nominations page; `q` searches the candidates (unit or person name, diacritics optional). */
export const NominationListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  candidatePage: z.coerce.number().int().min(1).max(10_000).default(1),
  candidatePageSize: z.coerce.number().int().min(1).max(200).default(50),
  q: z.string().max(200).optional(),
});

export const ProposeNominationBody = z.strictObject({
  /** `unit`: a commune, proposed by its district; `person`: an individual, proposed by their collective. */
  nomineeKind: z.enum(NOMINEE_KINDS),
  /** The commune's org unit id, or the person's id. */
  nomineeId: z.uuid(),
});

export const WithdrawNominationBody = z.strictObject({
  /** Why it is withdrawn: kept with the nomination and in the audit log. */
  reason: z.string().trim().min(1).max(1000),
});
