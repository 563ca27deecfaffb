/**
 * `tsx bench/nationalData.ts --database <name> [--scale 1|0.1]`: builds a synthetic country on PostgreSQL through the
 * product's own schema (issue 13 §2), in a database it drops and creates. The real first start runs first
 * (migrations, then seedAll: the Kiên Giang 2020 tree, the Kế hoạch 34 campaign with its rule set, PAR history), then
 * under the province root: 700 × scale districts, each with 13 communes and its Phòng Nội vụ (10,500 units at full
 * size, 63 provinces' worth); one registration of the Kế hoạch 34 campaign per unit, up to 10,000 × scale; 30
 * registered individuals per registration (300,000 people at full size); ratings of 2020 (unit overall, unit PAR task
 * 2020 and 2019, person overall), attestations, and 2020 PAR scores for every district and commune. Bulk inserts are
 * `insert … select … from generate_series` so the whole country goes in with a few statements.
 * Prints the campaign id and how long each step took. Server of the database: BENCH_PG (postgres://postgres@127.0.0.1:5432).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { and, eq } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '../src/db/client';
import { campaigns, orgUnits } from '../src/db/schema';
import { seedAll } from '../src/db/seed/seedAll';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { newOrgUnitRow } from '../src/db/seed/orgUnitDerived';
import { foldDiacritics } from '../src/domain/text/foldDiacritics';
import { vietnameseSortKey } from '../src/domain/text/vietnameseSortKey';

export const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const COMMUNES_PER_DISTRICT = 13;
const PEOPLE_PER_REGISTRATION = 30;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lâm', 'Tô'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Quốc', 'Thu', 'Đức', 'Kim'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Nhung', 'Phong', 'Phúc', 'Phương', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Thủy', 'Tiến', 'Trang', 'Trí', 'Trung', 'Tú', 'Tuấn', 'Uyên', 'Vân', 'Yến'];

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  console.log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

/** Drops and creates the database on the server. */
export async function recreateDatabase(name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`database name ${name}: lower-case letters, digits and _ only`);
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return `${PG_SERVER}/${name}`;
}

/** Builds the country in `url` (already created, empty). @returns the Kế hoạch 34 campaign id */
export async function generateNation(url: string, scale: number): Promise<{ campaignId: string; units: number; people: number }> {
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  const { db } = database;
  try {
    await timed('migrations + first-start seed', async () => {
      await migrateDatabase(database);
      await seedAll(db);
    });
    const [province] = await db.select().from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.kind, 'province')));
    const [campaign] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.eraId, ERA_KG_2020));
    const era = { id: ERA_KG_2020, validFrom: province.validFrom, validTo: province.validTo };
    const districts = Math.max(1, Math.round(700 * scale));
    const rows: ReturnType<typeof newOrgUnitRow>[] = [];
    for (let d = 1; d <= districts; d++) {
      const dn = String(d).padStart(3, '0');
      const district = newOrgUnitRow(era, province, { code: `QG${dn}`, name: `Huyện ${GIVEN[d % GIVEN.length]} ${dn}`, kind: 'district', adminType: 'huyen' });
      rows.push(district);
      rows.push(newOrgUnitRow(era, district, { code: `QG${dn}-PNV`, name: `Phòng Nội vụ huyện ${GIVEN[d % GIVEN.length]} ${dn}`, kind: 'par_unit', parUnitLevel: 'district' }));
      for (let c = 1; c <= COMMUNES_PER_DISTRICT; c++) {
        const cn = String(c).padStart(2, '0');
        rows.push(newOrgUnitRow(era, district, { code: `QG${dn}${cn}`, name: `Xã ${SURNAMES[(d + c) % SURNAMES.length]} ${GIVEN[(d * 7 + c) % GIVEN.length]} ${dn}${cn}`, kind: 'commune', adminType: 'xa' }));
      }
    }
    await timed(`${rows.length} org units`, async () => {
      for (let i = 0; i < rows.length; i += 1000) await db.insert(orgUnits).values(rows.slice(i, i + 1000));
    });

    const client = await database.pool!.connect();
    const q = (text: string, values: unknown[] = []) => client.query(text, values);
    try {
      const registrationCount = Math.round(10_000 * scale);
      await timed(`${registrationCount} registrations`, () =>
        q(
          `insert into registrations (campaign_id, org_unit_id, status, content, submitted_at, version)
           select $1, id, (array['submitted','accepted','forwarded'])[1 + (row_number() over (order by code))::int % 3], 'Đăng ký thi đua chuyên đề CCHC năm 2020', now(), 1
           from org_units where era_id = $2 and code like 'QG%' order by code limit $3`,
          [campaign.id, ERA_KG_2020, registrationCount],
        ),
      );

      // Names: every surname × middle × given combination once, with the product's own search and sort keys.
      const names = SURNAMES.flatMap((s) => MIDDLES.flatMap((m) => GIVEN.map((g) => `${s} ${m} ${g}`)));
      await q(`create temporary table bench_names (n int primary key, full_name text, search_text text, sort_key text)`);
      await q(`insert into bench_names select * from unnest($1::int[], $2::text[], $3::text[], $4::text[])`, [
        names.map((_, i) => i),
        names,
        names.map(foldDiacritics),
        names.map(vietnameseSortKey),
      ]);
      const people = await timed(`${registrationCount * PEOPLE_PER_REGISTRATION} people + registered individuals`, async () => {
        await q(
          `create temporary table bench_members as
           select gen_random_uuid() as person_id, r.id as registration_id, r.org_unit_id, s as sort_order,
                  (r.org_unit_id::text || s)::text as seed, (array['Chuyên viên','Phó Trưởng phòng','Trưởng phòng','Công chức'])[1 + s % 4] as position
           from registrations r cross join generate_series(1, ${PEOPLE_PER_REGISTRATION}) s where r.campaign_id = $1`,
          [campaign.id],
        );
        const inserted = await q(
          `insert into people (id, full_name, position, org_unit_id, birth_year, gender, search_text, sort_key)
           select m.person_id, n.full_name, m.position, m.org_unit_id, 1965 + abs(hashtext(m.seed)) % 35, null, n.search_text, n.sort_key
           from bench_members m join bench_names n on n.n = abs(hashtext(m.seed || 'n')) % ${names.length}`,
        );
        await q(
          `insert into registration_individuals (registration_id, campaign_id, person_id, position, content, par_tasks_excellent, directly_does_par_work, sort_order)
           select registration_id, $1, person_id, position, 'Hoàn thành xuất sắc nhiệm vụ CCHC được giao', abs(hashtext(seed || 'x')) % 10 < 7, abs(hashtext(seed || 'w')) % 10 < 8, sort_order
           from bench_members`,
          [campaign.id],
        );
        return inserted.rowCount ?? 0;
      });
      const rating = (seedSql: string) => `(array['outstanding','good','good','adequate','failed'])[1 + abs(hashtext(${seedSql})) % 5]`;
      await timed('ratings, attestations', async () => {
        await q(
          `insert into ratings (year, kind, org_unit_id, person_id, rating, source)
           select y.year, y.kind, u.id, null, ${rating(`u.id::text || y.kind || y.year`)}, 'Số liệu thử'
           from org_units u cross join (values (2020, 'overall'), (2020, 'par_task'), (2019, 'par_task')) y(year, kind)
           where u.era_id = $1 and u.code like 'QG%'`,
          [ERA_KG_2020],
        );
        await q(
          `insert into ratings (year, kind, org_unit_id, person_id, rating, source)
           select 2020, 'overall', org_unit_id, person_id, ${rating(`seed || 'r'`)}, 'Số liệu thử' from bench_members`,
        );
        await q(
          `insert into attestations (campaign_id, org_unit_id, compliance, solidarity)
           select $1, org_unit_id, abs(hashtext(org_unit_id::text || 'c')) % 20 > 0, abs(hashtext(org_unit_id::text || 's')) % 20 > 0
           from registrations where campaign_id = $1`,
          [campaign.id],
        );
      });
      await timed('PAR scores 2020', () =>
        q(
          `insert into par_results (year, block_code, org_unit_id, self_score, appraised_score, survey_score, source)
           select 2020, kind, id, 70 + abs(hashtext(id::text || 'f')) % 3000 / 100.0, 45 + abs(hashtext(id::text || 'a')) % 2500 / 100.0,
                  15 + abs(hashtext(id::text || 'v')) % 1500 / 100.0, 'Số liệu thử'
           from org_units where era_id = $1 and code like 'QG%' and kind in ('district', 'commune')`,
          [ERA_KG_2020],
        ),
      );
      await q('analyze');
      return { campaignId: campaign.id, units: rows.length, people };
    } finally {
      client.release();
    }
  } finally {
    await database.close();
  }
}

async function main() {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, database: { type: 'string', default: 'bench_national' } } });
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale: a number in (0, 1]');
  const t0 = performance.now();
  console.log(`Generating a synthetic country at scale ${scale} in ${values.database}:`);
  const url = await recreateDatabase(values.database!);
  const made = await generateNation(url, scale);
  console.log(`Done in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${made.units} units, ${made.people} people; campaign ${made.campaignId}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
