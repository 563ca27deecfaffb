import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgUnits } from '../../../db/schema';
import { can } from '../../../domain/access/policy';
import { inScope } from '../../../domain/access/scope';
import { PAR_CLASSIFICATION_LABELS } from '../../../domain/eligibility/eligibilityRules';
import { rankCommuneResults } from '../../../domain/par/communeParResults';
import type { Classification } from '../../../domain/par/classificationScheme';
import type { LocalDate } from '../../../domain/time/localDate';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { assessCommune } from './assessCommune';
import { districtCommunes, findDistrictPublication } from './communeParQueries';
import { publishCommuneParResults } from './publishCommuneParResults';
import { CommuneParBody, DistrictCommuneParams, DistrictCommuneResultsSchema, DistrictParams, PublicationBody } from './schema';

const TAGS = ['Chỉ số CCHC'];

async function loadUnit(db: AppDeps['db'], id: string, what: string) {
  const [unit] = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path, parentId: orgUnits.parentId })
    .from(orgUnits)
    .where(eq(orgUnits.id, id));
  if (!unit) throw notFound(what);
  return unit;
}

/**
 * Communes' CCHC results assessed by their district (Kiên Giang: UBND cấp huyện assesses its communes; basis B): the
 * district's Phòng Nội vụ records each commune's class (and points) and publishes them under its own decision. Before
 * publication only the district and the province see the classes; others see the communes without them.
 */
export const communeParRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/par-results/:year/districts/:districtId/communes',
    {
      config: { access: 'parResult.read' },
      schema: { tags: TAGS, summary: 'Kết quả CCHC các xã do huyện đánh giá và công bố trong năm', params: DistrictParams, response: { 200: DistrictCommuneResultsSchema } },
    },
    async (req) => {
      const { year, districtId } = req.params;
      const district = await loadUnit(db, districtId, 'Huyện');
      if (district.kind !== 'district') throw notFound('Huyện');
      const user = authorize(req);
      const record = { unitId: district.id, unitPath: district.path };
      const publication = await findDistrictPublication(db, year, district.id);
      // Before its publication a district's assessment is a working draft: only the district and the province see it.
      const visible = Boolean(publication) || inScope(user, record);
      const communes = await districtCommunes(db, year, district.id);
      const ranks = new Map(
        publication ? (publication.snapshot as ReturnType<typeof rankCommuneResults>).map((r) => [r.communeUnitId, r] as const) : [],
      );
      return {
        year,
        district: { id: district.id, code: district.code, name: district.name },
        publication: publication
          ? {
              id: publication.id,
              decisionNumber: publication.decisionNumber,
              decisionDate: publication.decisionDate,
              signer: publication.signer,
              createdAt: publication.createdAt.toISOString(),
            }
          : null,
        canEdit: !publication && can(user, 'communePar.manage', record),
        communes: communes.map((c) => {
          // Once published, the snapshot is what counts (and what eligibility reads).
          const published = ranks.get(c.communeUnitId);
          const classification = (published ? published.classification : visible ? c.classification : null) as Classification | null;
          return {
            communeUnitId: c.communeUnitId,
            code: c.code,
            name: c.name,
            totalPoints: published ? published.totalPoints : visible ? c.totalPoints : null,
            classification,
            classificationLabel: classification ? PAR_CLASSIFICATION_LABELS[classification] : null,
            rank: published?.rank ?? null,
          };
        }),
      };
    },
  );

  app.put(
    '/api/par-results/:year/districts/:districtId/communes/:communeId',
    {
      config: { access: 'communePar.manage' },
      schema: { tags: TAGS, summary: 'Phòng Nội vụ huyện ghi kết quả CCHC (xếp loại, điểm) của một xã thuộc huyện; classification null xóa', params: DistrictCommuneParams, body: CommuneParBody, response: { 200: z.object({ year: z.number(), communeUnitId: z.string(), classification: z.string().nullable(), totalPoints: z.number().nullable() }) } },
    },
    async (req) => {
      const { year, districtId, communeId } = req.params;
      const district = await loadUnit(db, districtId, 'Huyện');
      // Another district's Phòng Nội vụ answers 404, as if the district did not exist.
      const user = authorize(req, { unitId: district.id, unitPath: district.path });
      const commune = await loadUnit(db, communeId, 'Đơn vị cấp xã');
      const saved = await assessCommune(db, auditContext(req), user, {
        year,
        district,
        commune,
        classification: req.body.classification,
        totalPoints: req.body.totalPoints ?? null,
        asOf: now(),
      });
      return { year, communeUnitId: commune.id, classification: saved?.classification ?? null, totalPoints: saved?.totalPoints == null ? null : Number(saved.totalPoints) };
    },
  );

  app.post(
    '/api/par-results/:year/districts/:districtId/publication',
    {
      config: { access: 'communePar.manage' },
      schema: { tags: TAGS, summary: 'Huyện công bố kết quả CCHC các xã của năm (số, ngày quyết định, người ký); sau đó không sửa được', params: DistrictParams, body: PublicationBody, response: { 201: z.object({ id: z.string(), year: z.number(), districtUnitId: z.string(), decisionNumber: z.string(), decisionDate: z.string(), signer: z.string(), resultCount: z.number() }) } },
    },
    async (req, reply) => {
      const { year, districtId } = req.params;
      const district = await loadUnit(db, districtId, 'Huyện');
      const user = authorize(req, { unitId: district.id, unitPath: district.path });
      const row = await publishCommuneParResults(db, auditContext(req), user, {
        year,
        district,
        decisionNumber: req.body.decisionNumber,
        decisionDate: req.body.decisionDate as LocalDate,
        signer: req.body.signer,
        asOf: now(),
      });
      reply.code(201);
      return { id: row.id, year, districtUnitId: district.id, decisionNumber: row.decisionNumber, decisionDate: row.decisionDate, signer: row.signer, resultCount: (row.snapshot as unknown[]).length };
    },
  );
};
