import { z } from 'zod';
import { ATTENDANCES, COUNCIL_ROLES, PASS_RULES, VOTE_CHOICES } from '../../../domain/council/councilTally';

/** The answers are the contract in src/shared/contracts/council.ts. */
export { CouncilSessionListSchema, CouncilSessionSchema } from '../../../shared/contracts/council';

export const CampaignIdParams = z.strictObject({ id: z.uuid() });
export const SessionIdParams = z.strictObject({ id: z.uuid() });

const text = (max: number) => z.string().trim().min(1, 'không được để trống').max(max, `dài quá ${max} ký tự`);

/** The session's own facts: title, time (an ISO instant), place, quorum and pass rule. */
export const SessionDetailsBody = z.strictObject({
  title: text(300),
  // Within 2000–2100: the notices and minutes print it as a Vietnamese date, which starts at year 1000 (fuzzing sent 0800).
  heldAt: z.iso.datetime({ offset: true }).refine((v) => {
    const year = new Date(v).getUTCFullYear();
    return year >= 2000 && year <= 2100;
  }, 'phải là thời điểm trong các năm 2000–2100'),
  place: text(500),
  /** An award session needs 80% of the members (DOMAIN §1.5); below half is no quorum at all. */
  quorumPercent: z.number().int().min(50, 'tối thiểu 50').max(100, 'tối đa 100').default(80),
  passRule: z.enum(PASS_RULES).default('majority_of_members'),
});
export type SessionDetails = z.infer<typeof SessionDetailsBody>;

export const MemberInput = z.strictObject({
  /** An existing member of the session (keeps their votes); none for a new one. */
  id: z.uuid().optional(),
  fullName: text(200),
  position: text(300),
  councilRole: z.enum(COUNCIL_ROLES),
  orgUnitId: z.uuid().nullable(),
  userId: z.uuid().nullable().default(null),
  attendance: z.enum(ATTENDANCES),
});
export type MemberInput = z.infer<typeof MemberInput>;

export const MembersBody = z.strictObject({ members: z.array(MemberInput).max(100) });
export const AgendaBody = z.strictObject({ dossierIds: z.array(z.uuid()).max(200) });

export const CreateSessionBody = SessionDetailsBody.extend({
  members: z.array(MemberInput).max(100).default([]),
  dossierIds: z.array(z.uuid()).max(200).default([]),
});

/** A vote per (member, nominee); null clears what was recorded. */
const VoteInput = z.strictObject({ memberId: z.uuid(), dossierId: z.uuid(), vote: z.enum(VOTE_CHOICES).nullable(), note: z.string().trim().max(1000).nullable().default(null) });
export type VoteInput = z.infer<typeof VoteInput>;
export const VotesBody = z.strictObject({ votes: z.array(VoteInput).min(1).max(5000) });
/** A council member's own votes: the member is the caller. */
export const MyVotesBody = z.strictObject({ votes: z.array(VoteInput.omit({ memberId: true })).min(1).max(500) });
