import type { Actor } from '../actor';
import { can } from '../policy';
import { inScope } from '../scope';
import { canIssueGiayKhen } from '../../eligibility/unitMeritCriteria';

/** A unit that issues Giấy khen (Khoản 2, Mục III) as these rules need it. */
export type MeritIssuer = { id: string; path: string; kind: string };

/**
 * Whether the actor may read the Giấy khen criteria of `issuer`: anyone whose scope holds the issuer, and anyone
 * under it — a commune reads its district's list (read-only), since that is what its Giấy khen will be judged by.
 */
export function mayReadUnitMeritCriteria(actor: Actor, issuer: MeritIssuer): boolean {
  return inScope(actor, { unitId: issuer.id, unitPath: issuer.path }) || actor.unitPath.startsWith(issuer.path);
}

/**
 * Whether the actor may set the Giấy khen criteria of `issuer`: its own department or district (a district's Phòng
 * Nội vụ: its district), and only a unit that issues Giấy khen.
 */
export function mayEditUnitMeritCriteria(actor: Actor, issuer: MeritIssuer): boolean {
  return can(actor, 'unitMeritCriteria.manage', { unitId: issuer.id, unitPath: issuer.path }) && canIssueGiayKhen(issuer.kind);
}
