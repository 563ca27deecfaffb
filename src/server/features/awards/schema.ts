import { z } from 'zod';
import { isLocalDate } from '../../../domain/time/localDate';

/** The answers are the contract in src/shared/contracts/awards.ts. */
export { AwardDecisionSchema, AwardHistorySchema, AwardProposalListSchema, AwardProposalSchema } from '../../../shared/contracts/awards';

export const IdParams = z.strictObject({ id: z.uuid() });
export const EntryParams = z.strictObject({ id: z.uuid(), entryId: z.uuid() });

const text = (max: number) => z.string().trim().min(1).max(max);
const localDate = z.string().refine(isLocalDate, { message: 'Ngày không hợp lệ (yyyy-mm-dd)' });

/** The Tờ trình's number, date and signer: optional while drafting, required to submit it. */
export const ProposalBody = z.strictObject({
  number: z.string().trim().max(50).nullable().optional(),
  proposalDate: localDate.nullable().optional(),
  signerName: z.string().trim().max(200).nullable().optional(),
  signerPosition: z.string().trim().max(200).nullable().optional(),
});

export const ReturnProposalBody = z.strictObject({ reason: text(2000) });

/** The signed Quyết định: "xx/QĐ-UBND", its date, who signed and as what. */
export const DecisionBody = z.strictObject({
  number: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^\d+\/QĐ-[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u, { message: 'Số quyết định theo dạng «123/QĐ-UBND»' }),
  decisionDate: localDate,
  signerName: text(200),
  signerPosition: text(200),
});
