import { sql } from 'drizzle-orm';
import type { OrgUnitKind } from '../../domain/orgUnits/orgUnitKind';
import { date, index, integer, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** An era of the org tree: the Kiên Giang 2020 structure, the two-tier An Giang from 01/07/2025, … */
export const orgEras = pgTable('org_eras', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  source: text('source').notNull().default(''),
});

/**
 * A node of the organisation tree (SPEC §2). Keyed by (era, code) because official codes are reused
 * across eras. `path` is the chain of ids from the root, "/<id>/<id>/", so scope is a prefix test in SQL.
 * `searchText` (folded, no diacritics) and `sortKey` (Vietnamese order) are derived on write.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eraId: text('era_id').notNull().references(() => orgEras.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** Where the unit's notices are e-mailed (thông báo, nhắc hạn hồ sơ); none → in-app only. */
    email: text('email'),
    /** province | department | district | commune | par_unit */
    kind: text('kind').$type<OrgUnitKind>().notNull(),
    /** Administrative type from the GSO list: tinh, thanh_pho, thi_xa, huyen, xa, phuong, thi_tran, dac_khu. */
    adminType: text('admin_type'),
    /** For par_unit: province or district (II.2.a distinguishes them). */
    parUnitLevel: text('par_unit_level').$type<'province' | 'district'>(),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    unique('org_units_era_code').on(t.eraId, t.code),
    index('org_units_parent').on(t.parentId),
    index('org_units_path').on(t.path.op('text_pattern_ops')),
    index('org_units_era_sort').on(t.eraId, t.sortKey),
    // Lists and exports order by `sort_key collate "C"` (ratings, registrations): read in that order, page by page.
    index('org_units_sort_c').on(sql`${t.sortKey} collate "C"`),
  ],
);

/** How a unit of one era became a unit of the next (merge, rename, …), e.g. the 2020→2025 mapping. */
export const orgUnitLineage = pgTable(
  'org_unit_lineage',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromUnitId: uuid('from_unit_id').notNull().references(() => orgUnits.id),
    toUnitId: uuid('to_unit_id').notNull().references(() => orgUnits.id),
    changeType: text('change_type').notNull(),
    effectiveDate: date('effective_date').notNull(),
    note: text('note'),
  },
  (t) => [unique('org_unit_lineage_pair').on(t.fromUnitId, t.toUnitId), index('org_unit_lineage_to').on(t.toUnitId)],
);
