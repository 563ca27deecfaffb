import { z } from 'zod';

/**
 * The answers of /api/campaigns/:id/selections: the collectives Sở Nội vụ picked as typical from the excellent group
 * (III.4.a, first bullet), the ones it may still pick, and the campaign's limit.
 */
const SelectedUnitSchema = z.object({ id: z.string(), code: z.string(), name: z.string(), selectedAt: z.string() });
const CandidateSchema = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const SelectionOverviewResponse = z.object({
  /** False until the year's ranking is published: there is no excellent group yet. */
  published: z.boolean(),
  quota: z.object({ limit: z.number().nullable(), description: z.string(), clause: z.string() }),
  selected: z.array(SelectedUnitSchema),
  /** Collectives (not communes) in the excellent class of the published ranking, not yet picked. */
  candidates: z.array(CandidateSchema),
});
export type SelectionOverview = z.infer<typeof SelectionOverviewResponse>;
