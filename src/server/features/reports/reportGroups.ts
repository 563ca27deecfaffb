import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';

/**
 * How reports and the dashboard group units: by the unit's ancestor one level below the reader's scope root — for the
 * province, the top level under the province (the districts of a three-tier era; the communes, wards and special zones
 * of the two-tier An Giang 2025 era); for a district, its communes; for a unit, itself. An ancestor that is not a
 * district or commune (a department, a provincial PAR unit, the district itself and its Phòng Nội vụ for a district
 * reader) falls in one "own level" group, `OWN_LEVEL_GROUP`.
 *
 * Everything is SQL over `org_units` (unaliased: the unit being counted) joined to `report_group` (its group), so
 * every figure is an aggregate computed and scoped in the database (src/db/scoped.ts `orgUnitScopeWhere`).
 */
export const OWN_LEVEL_GROUP = 'own';

export type GroupLevel = { depth: number; ownLabel: string };

/** The depth whose units are the groups for this reader, and what the "own level" group is called. */
export function groupLevel(actor: Actor): GroupLevel {
  const scope = scopeOf(actor);
  const depth = actor.unitPath.split('/').filter(Boolean).length - 1;
  if (scope.kind === 'all') return { depth: 1, ownLabel: 'Sở, ban, ngành và đơn vị cấp tỉnh' };
  if (scope.kind === 'subtree') return { depth: depth + 1, ownLabel: 'Cấp huyện (UBND huyện và Phòng Nội vụ)' };
  return { depth, ownLabel: 'Đơn vị của tôi' };
}

/** `left join org_units report_group …`: the group unit of `org_units` at the level's depth (districts and communes only). */
export function groupJoin(level: GroupLevel): SQL {
  const part = level.depth + 2;
  return sql`left join org_units report_group on report_group.id::text = split_part(org_units.path, '/', ${sql.raw(String(part))}) and report_group.kind in ('district', 'commune')`;
}

/** The group key, name, kind and Vietnamese sort key columns (the own-level group sorts first). */
export function groupColumns(level: GroupLevel): SQL {
  return sql`coalesce(report_group.id::text, ${OWN_LEVEL_GROUP}) as group_id, coalesce(report_group.name, ${level.ownLabel}) as group_name, coalesce(report_group.kind, 'own') as group_kind, coalesce(report_group.code, '') as group_code, coalesce(report_group.sort_key, '') collate "C" as group_sort`;
}

/** The filter on one group (none: every group). */
export function groupWhere(groupId: string | undefined): SQL {
  return groupId ? sql`coalesce(report_group.id::text, ${OWN_LEVEL_GROUP}) = ${groupId}` : sql`true`;
}

/** The group of a row as the queries return it. */
export type GroupRef = { groupId: string; groupName: string; groupKind: 'district' | 'commune' | 'own'; groupCode: string };

export function groupOf(row: Record<string, unknown>): GroupRef {
  return { groupId: String(row.group_id), groupName: String(row.group_name), groupKind: row.group_kind as GroupRef['groupKind'], groupCode: String(row.group_code) };
}

/** The collective kind (II.2.a) of `org_units` in SQL, as `collectiveKindOf` (domain/campaigns/registrationScope.ts) says. */
export const COLLECTIVE_KIND_SQL = sql`(case when org_units.kind in ('department', 'district', 'commune') then org_units.kind when org_units.kind = 'par_unit' then (case org_units.par_unit_level when 'district' then 'par_unit_district' when 'province' then 'par_unit_province' end) end)`;
