import { z } from 'zod';
import { ORG_UNIT_KINDS } from '../../domain/orgUnits/orgUnitKind';
import { pageOf } from './page';

/**
 * The answers of the org unit API (/api/org-units…, /api/eras): the server serialises with these schemas and
 * documents them (OpenAPI); the web takes their types (`import type`).
 */

export { ORG_UNIT_KINDS };

/** A unit of the org tree in one era, with the number of its children. */
export const OrgUnitSchema = z.object({
  id: z.string(),
  eraId: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  /** Where the unit's notices are e-mailed; null → in-app only. */
  email: z.string().nullable(),
  kind: z.enum(ORG_UNIT_KINDS),
  adminType: z.string().nullable(),
  parUnitLevel: z.string().nullable(),
  parentId: z.string().nullable(),
  depth: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  childCount: z.number(),
});
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

/** A unit in a list, with its parent's name so that names that repeat ("Xã Bình An") can be told apart. */
export const OrgUnitListItemSchema = OrgUnitSchema.extend({ parentName: z.string().nullable() });
export type OrgUnitListItem = z.infer<typeof OrgUnitListItemSchema>;

export const OrgUnitListResponse = pageOf(OrgUnitListItemSchema);

/** A unit's page: its ancestors and the units it came from (predecessors) or became (successors) across eras. */
export const OrgUnitDetailResponse = OrgUnitSchema.extend({
  ancestors: z.array(z.object({ id: z.string(), name: z.string() })),
  predecessors: z.array(z.object({ id: z.string(), name: z.string(), eraId: z.string(), changeType: z.string(), effectiveDate: z.string() })),
  successors: z.array(z.object({ id: z.string(), name: z.string(), eraId: z.string(), changeType: z.string(), effectiveDate: z.string() })),
});
export type OrgUnitDetail = z.infer<typeof OrgUnitDetailResponse>;
/** One link of a unit's lineage (merger, split, rename) to a unit of another era. */
export type LineageLink = OrgUnitDetail['predecessors'][number];

/** An era of the org tree (e.g. Kiên Giang 2020, An Giang 2025). */
export const EraSchema = z.object({ id: z.string(), name: z.string(), validFrom: z.string(), validTo: z.string().nullable(), source: z.string() });
export type Era = z.infer<typeof EraSchema>;
