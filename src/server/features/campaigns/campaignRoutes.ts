import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { campaigns, orgEras } from '../../../db/schema';
import { campaignDefinitionSchema, isDraftPlanNumber } from '../../../domain/campaigns/campaignDefinition';
import { cloneCampaign } from '../../../domain/campaigns/cloneCampaign';
import { CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS, CAMPAIGN_TRANSITIONS, checkTransition, PLAN_EDITABLE_STATUSES, type CampaignStatus } from '../../../domain/campaigns/campaignStatus';
import { checkRegistrationOpen } from '../../../domain/campaigns/registrationWindow';
import { writeAudit } from '../../kit/audit';
import type { AppDeps } from '../../deps';
import { AppError, validation } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { listCampaigns, loadCampaign, myRegistrationUnits, presentCampaignSummary, type CampaignRecord } from './campaignQueries';
import {
  CampaignCloneBody,
  CampaignCloneResponse,
  CampaignCreateBody,
  CampaignDetailSchema,
  CampaignListQuery,
  CampaignListResponse,
  CampaignStatusBody,
  CampaignSummarySchema,
  CampaignUpdateBody,
  IdParams,
} from './schema';

const TAGS = ['Đợt thi đua'];

/** Statuses from which the plan data may still be corrected: before the ranking is published and dossiers start. */

export const campaignRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  async function assertEra(eraId: string) {
    const [era] = await db.select({ id: orgEras.id }).from(orgEras).where(eq(orgEras.id, eraId));
    if (!era) throw validation([{ path: 'eraId', message: `Thời kỳ: không có thời kỳ "${eraId}"` }]);
  }

  app.get('/api/campaigns', { config: { access: 'campaign.read' }, schema: { tags: TAGS, summary: 'Danh sách đợt thi đua', querystring: CampaignListQuery, response: { 200: CampaignListResponse } } }, async (req) => {
    authorize(req);
    return listCampaigns(db, req.query);
  });

  app.get(
    '/api/campaigns/:id',
    { config: { access: 'campaign.read' }, schema: { tags: TAGS, summary: 'Chi tiết đợt thi đua: kế hoạch, mốc thời gian, trạng thái', params: IdParams, response: { 200: CampaignDetailSchema } } },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const asOf = now();
      const window = checkRegistrationOpen({ asOf, campaign: campaign.definition, status: campaign.status });
      return {
        ...presentCampaignSummary(campaign),
        definition: campaign.definition as unknown as Record<string, unknown>,
        hasRuleSet: campaign.ruleSet !== null,
        registrationDeadlineAt: window.deadline.toISOString(),
        serverNow: asOf.toISOString(),
        registrationWindow: { open: window.allowed, message: window.message },
        nextStatuses: (CAMPAIGN_TRANSITIONS[campaign.status] as readonly CampaignStatus[]).map((status) => ({ status, label: CAMPAIGN_STATUS_LABELS[status] })),
        statusSteps: CAMPAIGN_STATUSES.map((status) => ({ status, label: CAMPAIGN_STATUS_LABELS[status] })),
        myUnits: await myRegistrationUnits(db, user, campaign),
      };
    },
  );

  app.post('/api/campaigns', { config: { access: 'campaign.manage' }, schema: { tags: TAGS, summary: 'Lập đợt thi đua mới (dự thảo)', body: CampaignCreateBody, response: { 201: CampaignSummarySchema } } }, async (req, reply) => {
    const user = authorize(req);
    const { eraId, definition } = req.body;
    await assertEra(eraId);
    const created = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(campaigns)
        .values({ year: definition.year, planNumber: definition.planNumber, planDate: definition.planDate, eraId, status: 'draft', definition })
        .returning();
      await writeAudit(tx, auditContext(req), { action: 'campaign.create', entityType: 'campaign', entityId: row.id, orgUnitId: user.unitId, after: { eraId, status: 'draft', definition } });
      return row as CampaignRecord;
    });
    return reply.code(201).send(presentCampaignSummary(created));
  });

  app.patch(
    '/api/campaigns/:id',
    { config: { access: 'campaign.manage' }, schema: { tags: TAGS, summary: 'Sửa nội dung kế hoạch của đợt thi đua', params: IdParams, body: CampaignUpdateBody, response: { 200: CampaignSummarySchema } } },
    async (req) => {
      const user = authorize(req);
      const { definition } = req.body;
      const updated = await db.transaction(async (tx) => {
        const current = await loadCampaign(tx, req.params.id, { forUpdate: true });
        if (!PLAN_EDITABLE_STATUSES.includes(current.status)) {
          throw new AppError('CONFLICT', `Không thể sửa kế hoạch khi đợt thi đua đang ở trạng thái «${CAMPAIGN_STATUS_LABELS[current.status]}»: kết quả xếp hạng đã công bố, tiêu chuẩn và chỉ tiêu không được thay đổi.`);
        }
        const [row] = await tx
          .update(campaigns)
          .set({ definition, year: definition.year, planNumber: definition.planNumber, planDate: definition.planDate, updatedAt: now() })
          .where(eq(campaigns.id, current.id))
          .returning();
        await writeAudit(tx, auditContext(req), { action: 'campaign.update', entityType: 'campaign', entityId: current.id, orgUnitId: user.unitId, before: { definition: current.definition }, after: { definition } });
        return row as CampaignRecord;
      });
      return presentCampaignSummary(updated);
    },
  );

  app.post(
    '/api/campaigns/:id/status',
    { config: { access: 'campaign.manage' }, schema: { tags: TAGS, summary: 'Chuyển trạng thái đợt thi đua (dự thảo → … → kết thúc)', params: IdParams, body: CampaignStatusBody, response: { 200: CampaignSummarySchema } } },
    async (req) => {
      const user = authorize(req);
      const to = req.body.status;
      const updated = await db.transaction(async (tx) => {
        // Checked under the row lock, so two secretaries clicking at once cannot both move it.
        const current = await loadCampaign(tx, req.params.id, { forUpdate: true });
        const check = checkTransition(current.status, to);
        if (!check.allowed) throw new AppError('CONFLICT', check.reason, [{ path: 'status', message: `Trạng thái: ${check.reason}` }]);
        if (current.status === 'draft' && isDraftPlanNumber(current.definition.planNumber)) {
          // Opening registration means the plan was issued: it must carry the number the văn thư gave it.
          const reason = `Kế hoạch chưa được cấp số (${current.definition.planNumber}); hãy nhập số, ký hiệu và ngày ban hành trước khi mở đăng ký thi đua.`;
          throw new AppError('CONFLICT', reason, [{ path: 'status', message: `Trạng thái: ${reason}` }]);
        }
        const [row] = await tx.update(campaigns).set({ status: to, updatedAt: now() }).where(and(eq(campaigns.id, current.id), eq(campaigns.status, current.status))).returning();
        await writeAudit(tx, auditContext(req), { action: 'campaign.status', entityType: 'campaign', entityId: current.id, orgUnitId: user.unitId, before: { status: current.status }, after: { status: to } });
        return row as CampaignRecord;
      });
      return presentCampaignSummary(updated);
    },
  );

  app.post(
    '/api/campaigns/:id/clone',
    { config: { access: 'campaign.manage' }, schema: { tags: TAGS, summary: 'Sao chép đợt thi đua sang năm mới (dự thảo; không sao chép kết quả)', params: IdParams, body: CampaignCloneBody, response: { 201: CampaignCloneResponse } } },
    async (req, reply) => {
      const user = authorize(req);
      const source = await loadCampaign(db, req.params.id);
      const { year } = req.body;
      if (year === source.year) throw validation([{ path: 'year', message: `Năm: đợt thi đua mới phải ở năm khác năm ${source.year} của đợt gốc` }]);
      const eraId = req.body.eraId ?? source.eraId;
      await assertEra(eraId);
      const { definition: draft, warnings } = cloneCampaign(source.definition, { year });
      const parsed = campaignDefinitionSchema.safeParse(draft);
      if (!parsed.success) {
        throw validation(parsed.error.issues.map((i) => ({ path: ['definition', ...i.path].join('.'), message: i.message })), 'Bản sao chưa hợp lệ: ' + parsed.error.issues.map((i) => i.message).join('; '));
      }
      const definition = parsed.data;
      // The criteria are copied for review, not as results: registrations, PAR results and decisions stay with the source.
      const ruleSet = source.ruleSet === null ? null : { ...(source.ruleSet as Record<string, unknown>), year };
      if (ruleSet) warnings.push(`ruleSet: bộ tiêu chuẩn xét Bằng khen được sao chép từ đợt ${source.year}; cần rà soát theo kế hoạch năm ${year}.`);
      const created = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(campaigns)
          .values({ year, planNumber: definition.planNumber, planDate: definition.planDate, eraId, status: 'draft', definition, ruleSet, clonedFromId: source.id })
          .returning();
        await writeAudit(tx, auditContext(req), { action: 'campaign.clone', entityType: 'campaign', entityId: row.id, orgUnitId: user.unitId, after: { clonedFromId: source.id, year, eraId, warnings } });
        return row as CampaignRecord;
      });
      return reply.code(201).send({ campaign: presentCampaignSummary(created), warnings });
    },
  );
};
