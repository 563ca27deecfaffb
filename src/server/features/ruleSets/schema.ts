import { z } from 'zod';
import { RuleSetSchema } from '../../../shared/contracts/ruleSets';

export { RuleSetStateSchema, RuleSetVersionListSchema, RuleSetVersionSchema } from '../../../shared/contracts/ruleSets';

export const CampaignIdParams = z.strictObject({ id: z.uuid() });

export const VersionParams = z.strictObject({ id: z.uuid(), version: z.coerce.number().int().min(1).max(100_000) });

const note = z.string().trim().max(500).optional();

/** PUT /api/campaigns/{id}/rule-set: the whole rule set, replaced, and the version it was edited from. */
export const RuleSetPutBody = z.strictObject({
  /** The version the edit starts from (GET …/rule-set `current.version`); a newer one on the server answers 409. */
  version: z.number().int().min(0),
  ruleSet: RuleSetSchema,
  /** Why it changed, kept with the version ("Điều chỉnh ngưỡng tiêu chuẩn A theo Kế hoạch số 12/KH-UBND"). */
  note,
});

/** POST /api/campaigns/{id}/rule-set/copy: set the rule set up from a template or another campaign. */
export const RuleSetCopyBody = z.strictObject({
  /** "kh34-2020" (the built-in 34/KH-UBND 2020 criteria) or the id of the campaign to copy from. */
  from: z.string().trim().min(1).max(64),
  /** The version being replaced (0 when the campaign has none yet). */
  version: z.number().int().min(0),
  note,
});
