import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, gt, sql } from 'drizzle-orm';
import { auditEvents, campaigns, initiatives, orgEras, orgUnitLineage, orgUnits, people, registrationIndividuals, registrationSummaries, registrations, sessions, users } from '../../src/db/schema';
import { cloneCampaign } from '../../src/domain/campaigns/cloneCampaign';
import { kh34Campaign } from '../../src/domain/campaigns/kh34Campaign';
import { ERA_KG_2020 } from '../../src/db/seed/orgTreeSeed';
import { attestations, classificationSchemes, communeRecognitions, holidayCalendars, parPublications, parResults, ratings, unitMeritCriteria } from '../../src/db/schema';
import { kh34CampaignId } from '../../src/server/kit/testing/eligibilityFixtures';
import { and } from 'drizzle-orm';
import { attachments, campaignRuleSetVersions } from '../../src/db/schema';
import { communeParResults, districtParPublications, parTaskConfirmations, trustedCertificates } from '../../src/db/schema';
import { collectiveSelections, dossierScans, dossiers, nominations } from '../../src/db/schema';
import { backgroundJobs, evaluationReports, feedbackMessages, feedbackThreads } from '../../src/db/schema';
import { createJobQueue, type JobQueue } from '../../src/server/kit/jobs/jobQueue';
import { JOB_QUEUES } from '../../src/server/jobWorkers';
import { dossierAppraisals, dossierVersions } from '../../src/db/schema';
import { publicComments, publicNotices } from '../../src/db/schema';
import { councilMembers, councilSessionDossiers, councilSessions, councilVotes } from '../../src/db/schema';
import { acceptedDossier } from '../../src/server/kit/testing/councilFixtures';
import { awardDecisionEntries, awardDecisions, awardProposals } from '../../src/db/schema';
import { councilPassedDossier } from '../../src/server/kit/testing/awardFixtures';
import { createPerson } from '../../src/server/kit/testing/eligibilityFixtures';
import { buildUnsignedTestPdf, issueTestCertificate } from '../../src/documents/signatures/testing/signTestPdf';
import { makeEligibleUnit } from '../../src/server/kit/testing/nominationFixtures';
import { auditActionLabel, auditEntityLabel, auditFieldLabel } from '../../src/shared/auditLabels';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../src/server/kit/testing/testApp';

/**
 * Makes every kind of state change through the API and compares, request by request, the rows that
 * changed with the audit rows written: each changed record must have its audit row, with the actor.
 */
let t: TestApp;
let admin: Session;

const TRACKED = {
  org_units: orgUnits,
  users,
  sessions,
  org_eras: orgEras,
  org_unit_lineage: orgUnitLineage,
  campaigns,
  registrations,
  registration_individuals: registrationIndividuals,
  registration_summaries: registrationSummaries,
  people,
  initiatives,
  par_results: parResults,
  par_publications: parPublications,
  classification_schemes: classificationSchemes,
  ratings,
  attestations,
  commune_recognitions: communeRecognitions,
  unit_merit_criteria: unitMeritCriteria,
  holiday_calendars: holidayCalendars,
  attachments,
  campaign_rule_set_versions: campaignRuleSetVersions,
  trusted_certificates: trustedCertificates,
  par_task_confirmations: parTaskConfirmations,
  commune_par_results: communeParResults,
  district_par_publications: districtParPublications,
  nominations,
  collective_selections: collectiveSelections,
  dossiers,
  dossier_scans: dossierScans,
  dossier_versions: dossierVersions,
  dossier_appraisals: dossierAppraisals,
  public_notices: publicNotices,
  public_comments: publicComments,
  council_sessions: councilSessions,
  council_members: councilMembers,
  council_votes: councilVotes,
  council_session_dossiers: councilSessionDossiers,
  award_proposals: awardProposals,
  award_decisions: awardDecisions,
  award_decision_entries: awardDecisionEntries,
  feedback_threads: feedbackThreads,
  feedback_messages: feedbackMessages,
  evaluation_reports: evaluationReports,
  background_jobs: backgroundJobs,
} as const;

/** Steps of someone without an account: their audit rows have no actor (the IP is still kept). */
const ANONYMOUS_STEPS = new Set(['login', 'a visitor comments on the public list']);

async function snapshot(app: TestApp): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const [name, table] of Object.entries(TRACKED)) {
    const rows = (await app.database.db.select().from(table as typeof users)) as Record<string, unknown>[];
    // holiday_calendars is keyed by year; an evaluation report by its campaign; a council vote and an agenda item by their composite key.
    for (const row of rows) map.set(`${name}:${String(row.id ?? row.year ?? (name === 'evaluation_reports' ? row.campaignId : [row.sessionId, row.memberId, row.dossierId].filter(Boolean).join('/')))}`, JSON.stringify(row));
  }
  return map;
}

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

type Step = { name: string; run: () => Promise<{ statusCode: number; body: string }> };

/**
 * Campaign, registration, consolidation and initiative changes (issue 3). The test runs on the real clock, so the
 * registration steps use a campaign whose deadline is still ahead (2099); the late acceptance uses 34/KH-UBND.
 */
function campaignSteps(): Step[] {
  const as: Partial<Record<'secretariat' | 'officerTTGR' | 'headTTGR' | 'aggregatorGR', Session>> = {};
  const login = async (name: keyof typeof as) => (as[name] ??= await t.login(name));
  const ids = { campaign: '', registration: '', personId: '', initiative: '', kh34: '', person: '' };
  const content = 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2099';
  const definition = { ...cloneCampaign(kh34Campaign, { year: 2099 }).definition, planNumber: '12/KH-UBND' };
  const keep = (f: (body: any) => void) => (res: { statusCode: number; body: string; json: () => any }) => {
    if (res.statusCode < 300 && res.body) f(res.json());
    return res;
  };
  return [
    {
      name: 'create campaign',
      run: async () => t.req(await login('secretariat'), { method: 'POST', url: '/api/campaigns', payload: { eraId: ERA_KG_2020, definition } }).then(keep((b) => (ids.campaign = b.id))),
    },
    { name: 'update campaign', run: async () => t.req(await login('secretariat'), { method: 'PATCH', url: `/api/campaigns/${ids.campaign}`, payload: { definition: { ...definition, theme: 'Chủ đề năm 2099' } } }) },
    {
      name: 'set up the rule set from the 34/KH-UBND template',
      run: async () => t.req(await login('secretariat'), { method: 'POST', url: `/api/campaigns/${ids.campaign}/rule-set/copy`, payload: { from: 'kh34-2020', version: 0 } }),
    },
    {
      name: 'edit the rule set',
      run: async () => {
        const s = await login('secretariat');
        const { ruleSet, current } = (await t.req(s, { method: 'GET', url: `/api/campaigns/${ids.campaign}/rule-set` })).json();
        ruleSet.collective.bases[0].criteria[0].classes = ['excellent', 'good'];
        return t.req(s, { method: 'PUT', url: `/api/campaigns/${ids.campaign}/rule-set`, payload: { version: current.version, ruleSet, note: 'Mở rộng tiêu chuẩn A' } });
      },
    },
    { name: 'open registration', run: async () => t.req(await login('secretariat'), { method: 'POST', url: `/api/campaigns/${ids.campaign}/status`, payload: { status: 'registration_open' } }) },
    { name: 'clone campaign', run: async () => t.req(await login('secretariat'), { method: 'POST', url: `/api/campaigns/${ids.campaign}/clone`, payload: { year: 2100 } }) },
    {
      name: 'register',
      run: async () =>
        t
          .req(await login('officerTTGR'), { method: 'POST', url: `/api/campaigns/${ids.campaign}/registrations`, payload: { orgUnitId: (await t.unit('30904')).id, content, individuals: [{ fullName: 'Nguyễn Văn An', position: 'Công chức' }] } })
          .then(keep((b) => ((ids.registration = b.id), (ids.personId = b.individuals[0].personId)))),
    },
    {
      name: 'edit registration',
      run: async () =>
        t.req(await login('officerTTGR'), {
          method: 'PATCH',
          url: `/api/registrations/${ids.registration}`,
          payload: { version: 1, individuals: [{ personId: ids.personId, fullName: 'Nguyễn Văn An', position: 'Phó Chủ tịch' }, { fullName: 'Trần Thị Bình', position: 'Công chức' }] },
        }),
    },
    { name: 'submit registration', run: async () => t.req(await login('headTTGR'), { method: 'POST', url: `/api/registrations/${ids.registration}/submit` }) },
    { name: 'return registration', run: async () => t.req(await login('aggregatorGR'), { method: 'POST', url: `/api/registrations/${ids.registration}/review`, payload: { decision: 'return', reason: 'Bổ sung chức vụ' } }) },
    { name: 'resubmit registration', run: async () => t.req(await login('headTTGR'), { method: 'POST', url: `/api/registrations/${ids.registration}/submit` }) },
    { name: 'accept registration', run: async () => t.req(await login('aggregatorGR'), { method: 'POST', url: `/api/registrations/${ids.registration}/review`, payload: { decision: 'accept' } }) },
    { name: 'forward district list', run: async () => t.req(await login('aggregatorGR'), { method: 'POST', url: `/api/campaigns/${ids.campaign}/consolidations/district`, payload: { note: 'Đợt 1' } }) },
    { name: 'province consolidation', run: async () => t.req(await login('secretariat'), { method: 'POST', url: `/api/campaigns/${ids.campaign}/consolidations/province`, payload: { note: '' } }) },
    {
      name: 'accept a late registration',
      run: async () => {
        const [kh34] = await t.database.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.planNumber, '34/KH-UBND'));
        return t.req(await login('secretariat'), { method: 'POST', url: `/api/campaigns/${kh34.id}/late-registrations`, payload: { orgUnitId: (await t.unit('30817')).id, reason: 'Gửi qua bưu điện ngày 30/3/2020' } });
      },
    },
    {
      name: 'create initiative',
      run: async () =>
        t
          .req(await login('officerTTGR'), { method: 'POST', url: '/api/initiatives', payload: { orgUnitId: (await t.unit('30904')).id, title: 'Một cửa qua Zalo', description: 'Nhận hồ sơ qua Zalo', effect: 'Giảm đi lại' } })
          .then(keep((b) => (ids.initiative = b.id))),
    },
    { name: 'update initiative', run: async () => t.req(await login('officerTTGR'), { method: 'PATCH', url: `/api/initiatives/${ids.initiative}`, payload: { periodFrom: '2099-01-01' } }) },
    { name: 'delete initiative', run: async () => t.req(await login('officerTTGR'), { method: 'DELETE', url: `/api/initiatives/${ids.initiative}` }) },
    {
      name: 'create person',
      run: async () =>
        t
          .req(await login('officerTTGR'), { method: 'POST', url: '/api/people', payload: { fullName: 'Lê Thị Hoa', position: 'Công chức Địa chính', orgUnitId: (await t.unit('30904')).id } })
          .then(keep((b) => (ids.person = b.id))),
    },
    { name: 'update person', run: async () => t.req(await login('aggregatorGR'), { method: 'PATCH', url: `/api/people/${ids.person}`, payload: { position: 'Phó Chủ tịch UBND', birthYear: 1980 } }) },
  ];
}

/** Registrations imported from a file, then a signed scan uploaded (issue 3 part B), on a campaign open until 2098. */
function registrationFileSteps(): Step[] {
  const as: Partial<Record<'secretariat' | 'officerTTGR', Session>> = {};
  const login = async (name: keyof typeof as) => (as[name] ??= await t.login(name));
  const ids = { campaign: '' };
  const definition = { ...cloneCampaign(kh34Campaign, { year: 2098 }).definition, planNumber: '13/KH-UBND' };
  const csv = (body: string) => ({ headers: { 'content-type': 'text/csv' }, payload: body });
  const importCsv = async (body: string) =>
    t.req(await login('officerTTGR'), { method: 'POST', url: `/api/campaigns/${ids.campaign}/registrations/import`, query: { format: 'csv', dryRun: 'false' }, ...csv(body) });
  return [
    {
      name: 'create a campaign for registration files',
      run: async () => {
        const res = await t.req(await login('secretariat'), { method: 'POST', url: '/api/campaigns', payload: { eraId: ERA_KG_2020, definition } });
        if (res.statusCode < 300) ids.campaign = res.json().id;
        return res;
      },
    },
    { name: 'open it for registration', run: async () => t.req(await login('secretariat'), { method: 'POST', url: `/api/campaigns/${ids.campaign}/status`, payload: { status: 'registration_open' } }) },
    { name: 'import registrations', run: () => importCsv('Mã đơn vị,Họ và tên,Chức vụ\n30904,Võ Văn Nhập,Công chức\n30904,Đỗ Thị Tệp,Văn thư\n') },
    { name: 're-import with a changed position', run: () => importCsv('Mã đơn vị,Họ và tên,Chức vụ\n30904,Võ Văn Nhập,Phó Chủ tịch\n') },
    {
      name: 'upload a signed scan',
      run: async () => {
        const [r] = await t.database.db.select({ id: registrations.id }).from(registrations).where(and(eq(registrations.campaignId, ids.campaign), eq(registrations.orgUnitId, (await t.unit('30904')).id)));
        return t.req(await login('officerTTGR'), { method: 'POST', url: `/api/registrations/${r.id}/signed-scan`, query: { fileName: 'Bản đăng ký.pdf' }, headers: { 'content-type': 'application/pdf' }, payload: Buffer.from('%PDF-1.4 bản quét') });
      },
    },
  ];
}

/** PAR results, publication, schemes, ratings, attestations, recognitions, holiday calendars (issue 4). */
function parSteps(): Step[] {
  const as: Partial<Record<'secretariat' | 'headTTGR' | 'aggregatorGR', Session>> = {};
  const login = async (name: keyof typeof as) => (as[name] ??= await t.login(name));
  const unit = async (code: string) => (await t.unit(code)).id;
  const campaign = () => kh34CampaignId(t.database.db);
  const csv = (body: string) => ({ headers: { 'content-type': 'text/csv' }, payload: body });
  return [
    { name: 'enter PAR scores', run: async () => t.req(await login('secretariat'), { method: 'PUT', url: `/api/par-results/2020/${await unit('SNV')}`, payload: { selfScore: 95, appraisedScore: 72, surveyScore: 19 } }) },
    {
      name: 'import PAR scores',
      run: async () =>
        t.req(await login('secretariat'), { method: 'POST', url: '/api/par-results/import', query: { year: '2020', format: 'csv', dryRun: 'false' }, ...csv('Mã đơn vị,Điểm thẩm định,Điểm điều tra xã hội học\nSTP,70,18\nSNV,72,19.5\n') }),
    },
    {
      name: 'add a classification scheme',
      run: async () =>
        t.req(await login('secretariat'), {
          method: 'PUT',
          url: '/api/classification-schemes/thu-nghiem',
          payload: { name: 'Thử nghiệm', validFrom: 2099, blocks: { department: { maxPoints: 100, bands: [{ classification: 'excellent', minPercent: 90 }, { classification: 'weak', minPercent: 0 }] } } },
        }),
    },
    { name: 'publish PAR results', run: async () => t.req(await login('secretariat'), { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh' } }) },
    { name: 'rate a unit', run: async () => t.req(await login('secretariat'), { method: 'PUT', url: `/api/ratings/2020/units/${await unit('SNV-CCHC')}`, payload: { overall: 'good', parTask: 'outstanding' } }) },
    { name: 'remove a rating', run: async () => t.req(await login('secretariat'), { method: 'PUT', url: `/api/ratings/2020/units/${await unit('SNV-CCHC')}`, payload: { parTask: null } }) },
    {
      name: 'import ratings',
      run: async () => t.req(await login('secretariat'), { method: 'POST', url: '/api/ratings/import', query: { year: '2020', format: 'csv', dryRun: 'false' }, ...csv('Mã đơn vị,Xếp loại\n30904,Hoàn thành tốt nhiệm vụ\nSNV-CCHC,Hoàn thành xuất sắc nhiệm vụ\n') }),
    },
    { name: 'attest', run: async () => t.req(await login('headTTGR'), { method: 'PUT', url: `/api/campaigns/${await campaign()}/attestations/${await unit('30904')}`, payload: { compliance: true, solidarity: true } }) },
    {
      // Võ Văn Nhập was recorded in Thị trấn Giồng Riềng by the registration import above; its head confirms him.
      name: 'confirm a person’s excellent CCHC tasks',
      run: async () => {
        const [person] = await t.database.db.select({ id: people.id }).from(people).where(eq(people.fullName, 'Võ Văn Nhập'));
        return t.req(await login('headTTGR'), { method: 'PUT', url: `/api/ratings/2020/people/${person.id}/par-task-confirmation`, payload: { excellent: true, directlyDoesParWork: true } });
      },
    },
    {
      name: 'a district assesses its commune',
      run: async () => t.req(await login('aggregatorGR'), { method: 'PUT', url: `/api/par-results/2020/districts/${await unit('906')}/communes/${await unit('30904')}`, payload: { classification: 'excellent', totalPoints: 92.5 } }),
    },
    {
      name: 'the district publishes its communes’ results',
      run: async () =>
        t.req(await login('aggregatorGR'), { method: 'POST', url: `/api/par-results/2020/districts/${await unit('906')}/publication`, payload: { decisionNumber: '215/QĐ-UBND', decisionDate: '2021-05-18', signer: 'Chủ tịch UBND huyện Giồng Riềng' } }),
    },
    { name: 'recognise a commune', run: async () => t.req(await login('aggregatorGR'), { method: 'PUT', url: `/api/campaigns/${await campaign()}/recognitions/${await unit('30904')}`, payload: { decisionReference: '125/QĐ-UBND' } }) },
    {
      name: 'import attestations',
      run: async () => t.req(await login('secretariat'), { method: 'POST', url: `/api/campaigns/${await campaign()}/attestations/import`, query: { format: 'csv', dryRun: 'false' }, ...csv('Mã đơn vị,Gương mẫu chấp hành,Nội bộ đoàn kết\n30904,Có,Không\nSNV-CCHC,Có,Có\n') }),
    },
    {
      name: 'import commune recognitions',
      run: async () => t.req(await login('aggregatorGR'), { method: 'POST', url: `/api/campaigns/${await campaign()}/recognitions/import`, query: { format: 'csv', dryRun: 'false' }, ...csv('Mã xã,Số quyết định,Ngày công nhận\n30904,126/QĐ-UBND,16/01/2021\n') }),
    },
    { name: 'withdraw a recognition', run: async () => t.req(await login('aggregatorGR'), { method: 'DELETE', url: `/api/campaigns/${await campaign()}/recognitions/${await unit('30904')}` }) },
    {
      name: 'set the district’s Giấy khen criteria',
      run: async () => t.req(await login('aggregatorGR'), { method: 'PUT', url: `/api/campaigns/${await campaign()}/unit-merit-criteria/${await unit('906')}`, payload: { criteria: [{ code: '1', text: 'Hoàn thành xuất sắc nhiệm vụ CCHC' }] } }),
    },
    { name: 'update a holiday calendar', run: async () => t.req(await login('secretariat'), { method: 'PUT', url: '/api/holiday-calendars/2022', payload: { holidays: [{ date: '2022-01-01', name: 'Tết Dương lịch' }] } }) },
  ];
}

/** The administrator trusts a CA certificate for ký số verification, then stops trusting it. */
/** The year-end evaluation report (IV.3): Sở Nội vụ saves its narrative, twice (insert, then update). */
function evaluationReportSteps(): Step[] {
  const narrative = { results: 'Kết quả tốt.', limits: 'Còn chậm.', lessons: 'Nhắc hạn sớm.', proposals: '' };
  const save = async (text: typeof narrative) => t.req(await t.login('secretariat'), { method: 'PUT', url: `/api/campaigns/${await kh34CampaignId(t.database.db)}/evaluation-report/narrative`, payload: text });
  return [
    { name: 'write the evaluation report narrative', run: () => save(narrative) },
    { name: 'revise the evaluation report narrative', run: () => save({ ...narrative, proposals: 'Tiếp tục phát động.' }) },
  ];
}

/** Feedback (phản ánh, vướng mắc; issue 11, item 7): raise, answer, reply, attach, close. */
function feedbackSteps(): Step[] {
  const as: Partial<Record<'secretariat' | 'officerTTGR', Session>> = {};
  const login = async (name: keyof typeof as) => (as[name] ??= await t.login(name));
  const ids = { thread: '', message: '' };
  return [
    {
      name: 'raise feedback',
      run: async () => {
        const res = await t.req(await login('officerTTGR'), { method: 'POST', url: '/api/feedback', payload: { subject: 'Vướng mắc mẫu báo cáo', body: 'Mẫu số 02 thiếu mục.' } });
        if (res.statusCode === 201) ids.thread = res.json().id;
        return res;
      },
    },
    { name: 'answer feedback', run: async () => t.req(await login('secretariat'), { method: 'POST', url: `/api/feedback/${ids.thread}/answers`, payload: { body: 'Dùng Phụ lục kèm theo.' } }) },
    {
      name: 'reply to feedback',
      run: async () => {
        const res = await t.req(await login('officerTTGR'), { method: 'POST', url: `/api/feedback/${ids.thread}/replies`, payload: { body: 'Gửi kèm bản chụp.' } });
        if (res.statusCode === 201) ids.message = res.json().messages.at(-1).id;
        return res;
      },
    },
    {
      name: 'attach a file to feedback',
      run: async () =>
        t.req(await login('officerTTGR'), { method: 'POST', url: `/api/feedback/messages/${ids.message}/attachments`, query: { fileName: 'ban-chup.pdf' }, headers: { 'content-type': 'application/pdf' }, payload: Buffer.from('%PDF-1.4 phản ánh') }),
    },
    { name: 'close feedback', run: async () => t.req(await login('officerTTGR'), { method: 'POST', url: `/api/feedback/${ids.thread}/close` }) },
  ];
}

async function trustedCertificateSteps(): Promise<Step[]> {
  const ca = await issueTestCertificate({ commonName: 'Audit Test CA', notBefore: new Date('2020-01-01'), notAfter: new Date('2030-01-01'), isCa: true });
  let id = '';
  return [
    {
      name: 'trust a CA certificate',
      run: async () => {
        const res = await t.req(admin, { method: 'POST', url: '/api/trusted-certificates', headers: { 'content-type': 'text/plain' }, payload: ca.pem });
        id = res.json().id;
        return res;
      },
    },
    { name: 'stop trusting it', run: () => t.req(admin, { method: 'POST', url: `/api/trusted-certificates/${id}/deactivate` }) },
  ];
}

/**
 * Runs the steps in order on `app` and checks, request by request, that every tracked row changed has its audit row,
 * with the actor, the IP and Vietnamese labels for the action, the record and every field written.
 */
async function checkSteps(app: TestApp, steps: Step[]): Promise<void> {
  const unlabelled = new Set<string>();
  // The steps run one after another and nothing else writes in between (no job worker runs here), so a step's
  // "before" is the previous step's "after": one snapshot of every tracked table per step instead of two.
  let before = await snapshot(app);
  for (const step of steps) {
    const [{ max }] = (await app.database.db.execute(sql`select coalesce(max(at), '-infinity'::timestamptz) as max from audit_events`)).rows as { max: string }[];
    const res = await step.run();
    expect(res.statusCode, `${step.name}: ${res.body}`).toBeLessThan(300);
    const afterRows = await snapshot(app);
    const changed = changedKeys(before, afterRows);
    expect(changed.length, step.name).toBeGreaterThan(0);
    const audits = await app.database.db.select().from(auditEvents).where(gt(auditEvents.at, sql`${max}::timestamptz`));
    expect(audits.length, step.name).toBeGreaterThan(0);
    const audited = new Set(audits.map((a) => a.entityId));
    const auditedTypes = new Set(audits.map((a) => a.entityType));
    for (const key of changed) {
      const [table, id] = key.split(':');
      if (table === 'sessions') {
        // A session row is audited as the user's login/logout/password change.
        expect(auditedTypes.has('session') || auditedTypes.has('user'), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'campaign_rule_set_versions') {
        // A rule-set version is audited by its rule set's row (entity = the campaign), which names the version.
        expect(audits.some((a) => (a.after as { versionId?: string } | null)?.versionId === id), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'registration_individuals') {
        // The individuals are part of their registration's audit row (before/after list them).
        expect(auditedTypes.has('registration'), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'council_members' || table === 'council_votes' || table === 'council_session_dossiers') {
        // A session's members, votes and agenda are audited by the session's row, which lists them.
        const row = JSON.parse(afterRows.get(key) ?? before.get(key)!) as { sessionId: string };
        expect(audits.some((a) => a.entityType === 'councilSession' && a.entityId === row.sessionId), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'award_decision_entries') {
        // The awardees of a decision are audited by the decision's issue row, which names each entry.
        expect(audits.some((a) => a.action === 'awardDecision.issue' && ((a.after as { entryIds?: string[] } | null)?.entryIds ?? []).includes(id)), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'dossier_versions') {
        // A submitted version is audited by its dossier's submit row, which names the version and its SHA-256.
        expect(audits.some((a) => a.action === 'dossier.submit' && (a.after as { versionId?: string } | null)?.versionId === id), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'dossier_appraisals') {
        // An appraisal is audited by its dossier's accept or return row, which names it and lists the checklist.
        expect(audits.some((a) => (a.after as { appraisalId?: string } | null)?.appraisalId === id), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'feedback_messages') {
        // A message is audited by its thread's row (raise, reply, answer), which names the message.
        expect(audits.some((a) => a.entityType === 'feedbackThread' && (a.after as { messageId?: string } | null)?.messageId === id), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'attachments' && (JSON.parse(afterRows.get(key) ?? before.get(key)!) as { entityType: string }).entityType === 'feedback_message') {
        // A feedback attachment is audited by its thread's row, which names the attachment.
        expect(audits.some((a) => a.action === 'feedback.attach' && (a.after as { attachmentId?: string } | null)?.attachmentId === id), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'dossier_scans') {
        // A signed scan is audited by its dossier's upload row, which names the scan.
        expect(audits.some((a) => a.action === 'dossier.scan.upload' && (a.after as { scanId?: string } | null)?.scanId === id), `${step.name}: ${key}`).toBe(true);
      } else if (table === 'attachments' && (JSON.parse(afterRows.get(key) ?? before.get(key)!) as { entityType: string }).entityType === 'dossier') {
        // A dossier scan's file is audited by the dossier's upload row, with the file's SHA-256.
        const row = JSON.parse(afterRows.get(key)!) as { entityId: string; fileSha256: string };
        expect(audits.some((a) => a.entityId === row.entityId && (a.after as { sha256?: string } | null)?.sha256 === row.fileSha256), `${step.name}: ${key}`).toBe(true);
      } else {
        expect(audited.has(id), `${step.name}: no audit row for ${key}`).toBe(true);
      }
    }
    for (const a of audits) {
      // The log names every action and record in Vietnamese (src/shared/auditLabels.ts).
      expect(auditActionLabel(a.action), `${step.name}: ${a.action}`).not.toBe(a.action);
      expect(auditEntityLabel(a.entityType), `${step.name}: ${a.entityType}`).not.toBe(a.entityType);
      for (const side of [a.before, a.after]) {
        if (side && typeof side === 'object' && !Array.isArray(side)) for (const key of Object.keys(side)) unlabelled.add(auditFieldLabel(key) === key ? key : '');
      }
      if (!ANONYMOUS_STEPS.has(step.name)) expect(a.actorUserId, step.name).not.toBeNull();
      expect(a.ip, step.name).not.toBeNull();
    }
    before = afterRows;
  }
  // The log shows before/after as a table of labelled fields: every field written must have its label.
  unlabelled.delete('');
  expect([...unlabelled].sort()).toEqual([]);
}

/**
 * Nominations, Sở Nội vụ's selection and dossiers (issue 10): every state-changing route — propose (a commune, a
 * commune's individual, a selected department's individual), select collectives, withdraw (one, then a commune with
 * its individual), record the council meeting, upload each signed scan, submit, return. They run on their own app
 * with its clock after the 2020 ranking's publication (07/5/2021), so the dossier deadline (24/5/2021) is ahead.
 * Set-up straight in the database: eligible Thị trấn Giồng Riềng and Sở Nội vụ, each with people.
 */
async function nominationSteps(app: TestApp): Promise<Step[]> {
  const db = app.database.db;
  const campaignId = await kh34CampaignId(db);
  const unit = async (code: string) => (await app.unit(code)).id;
  const [commune, snv] = [await unit('30904'), await unit('SNV')];
  const [communePerson] = await makeEligibleUnit(db, { campaignId, unitId: commune, people: ['Lê Văn Một'] });
  const [snvPerson] = await makeEligibleUnit(db, { campaignId, unitId: snv, people: ['Trần Văn Ba'] });
  const as: Partial<Record<'secretariat' | 'aggregatorGR' | 'officerTTGR' | 'officerSNV', Session>> = {};
  const login = async (name: keyof typeof as) => (as[name] ??= await app.login(name));
  const ids = { commune: '', snvPerson: '' };
  const propose = async (who: keyof typeof as, nomineeKind: 'unit' | 'person', nomineeId: string) =>
    app.req(await login(who), { method: 'POST', url: `/api/campaigns/${campaignId}/nominations`, payload: { nomineeKind, nomineeId } });
  const dossier = (path: string) => `/api/nominations/${ids.commune}/dossier${path}`;
  const upload = (kind: string, text: string) => async () =>
    app.req(await login('aggregatorGR'), { method: 'POST', url: dossier(`/documents/${kind}/scans`), query: { fileName: `${kind}.pdf` }, headers: { 'content-type': 'application/pdf' }, payload: Buffer.from(buildUnsignedTestPdf(text)) });
  const keep = (f: (body: { id: string }) => void) => (res: { statusCode: number; body: string; json: () => { id: string } }) => {
    if (res.statusCode < 300) f(res.json());
    return res;
  };
  return [
    { name: 'propose a commune', run: async () => propose('aggregatorGR', 'unit', commune).then(keep((b) => (ids.commune = b.id))) },
    { name: 'the proposed commune proposes its individual', run: () => propose('officerTTGR', 'person', communePerson) },
    { name: 'Sở Nội vụ selects a typical collective', run: async () => app.req(await login('secretariat'), { method: 'POST', url: `/api/campaigns/${campaignId}/selections`, payload: { unitIds: [snv] } }) },
    { name: 'the selected collective proposes its individual', run: async () => propose('officerSNV', 'person', snvPerson).then(keep((b) => (ids.snvPerson = b.id))) },
    {
      name: 'withdraw a nomination',
      run: async () => app.req(await login('officerSNV'), { method: 'POST', url: `/api/nominations/${ids.snvPerson}/withdraw`, payload: { reason: 'Đơn vị bình xét lại' } }),
    },
    {
      name: 'record the council meeting',
      run: async () =>
        app.req(await login('aggregatorGR'), {
          method: 'PUT',
          url: dossier('/council-meeting'),
          payload: {
            startsAt: '2021-05-08T01:00:00.000Z',
            endsAt: '2021-05-08T02:30:00.000Z',
            place: 'Hội trường UBND huyện Giồng Riềng',
            chair: 'Nguyễn Văn An',
            secretary: 'Trần Thị Bình',
            membersTotal: 5,
            membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'],
            tallies: [{ nomineeName: 'Thị trấn Giồng Riềng', agree: 4, disagree: 0 }],
          },
        }),
    },
    { name: 'upload the signed Tờ trình', run: upload('submission_letter', 'To trinh') },
    { name: 'upload the signed Biên bản', run: upload('council_minutes', 'Bien ban') },
    { name: 'upload the signed Báo cáo thành tích', run: upload('achievement_report', 'Bao cao thanh tich') },
    { name: 'submit the dossier', run: async () => app.req(await login('aggregatorGR'), { method: 'POST', url: dossier('/submit') }) },
    { name: 'return the dossier', run: async () => app.req(await login('secretariat'), { method: 'POST', url: dossier('/return'), payload: { reason: 'Bổ sung chữ ký thư ký' } }) },
    { name: 'resubmit the supplemented dossier (version 2)', run: async () => app.req(await login('aggregatorGR'), { method: 'POST', url: dossier('/submit') }) },
    {
      name: 'return version 2 through the appraisal, with notes',
      run: async () =>
        app.req(await login('secretariat'), { method: 'POST', url: `/api/nominations/${ids.commune}/appraisal/return`, payload: { version: 2, reason: 'Báo cáo thành tích chưa ký', notes: { signatures: 'Thiếu chữ ký' } } }),
    },
    {
      name: 'withdraw the commune (its individual with it)',
      run: async () => app.req(await login('aggregatorGR'), { method: 'POST', url: `/api/nominations/${ids.commune}/withdraw`, payload: { reason: 'Huyện chọn xã khác' } }),
    },
  ];
}

/**
 * Công khai lấy ý kiến (issue 11, item 3): Sở Nội vụ turns the option on, publishes the council's list, a visitor
 * comments (no login), Sở Nội vụ approves the comment and withdraws the list. Set-up straight in the database: one
 * dossier the council passed.
 */
async function publicNoticeSteps(app: TestApp): Promise<Step[]> {
  const db = app.database.db;
  const campaignId = await kh34CampaignId(db);
  const unit = (await app.unit('30904')).id;
  const personId = await createPerson(db, unit, 'Nguyễn Thị Công Khai', 'Công chức Văn phòng');
  const [n] = await db.insert(nominations).values({ campaignId, nomineeKind: 'person', nomineeUnitId: unit, nomineePersonId: personId, proposingUnitId: unit, quotaKey: `audit:${personId}` }).returning();
  await db.insert(dossiers).values({ nominationId: n.id, campaignId, orgUnitId: unit, status: 'council_passed', version: 1 });
  const secretariat = await app.login('secretariat');
  const ids = { notice: '', comment: '' };
  return [
    { name: 'turn on the public notice option', run: () => app.req(secretariat, { method: 'PUT', url: `/api/campaigns/${campaignId}/public-notice-settings`, payload: { enabled: true, commentDays: 10 } }) },
    {
      name: 'publish the proposed list',
      run: async () => {
        const res = await app.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/public-notices`, payload: {} });
        if (res.statusCode < 300) ids.notice = res.json().id;
        return res;
      },
    },
    {
      name: 'a visitor comments on the public list',
      run: async () => {
        const res = await app.req(null, { method: 'POST', url: `/api/public/notices/${ids.notice}/comments`, payload: { authorName: 'Trần Văn Dân', contact: 'dan@example.vn', body: 'Đồng ý', entryNo: 1 } });
        const [c] = await db.select({ id: publicComments.id }).from(publicComments);
        ids.comment = c?.id ?? '';
        return res;
      },
    },
    { name: 'approve the comment', run: () => app.req(secretariat, { method: 'POST', url: `/api/public-comments/${ids.comment}/moderate`, payload: { decision: 'approve', note: 'Phù hợp' } }) },
    { name: 'withdraw the list', run: () => app.req(secretariat, { method: 'POST', url: `/api/public-notices/${ids.notice}/withdraw`, payload: { reason: 'Đăng nhầm' } }) },
  ];
}

/**
 * Tờ trình and Quyết định khen thưởng (issue 11, item 4): draft, edit, submit, return, submit again, approve, record
 * the decision (entries and dossiers → awarded), publish (public notice). Set-up straight in the database: a
 * collective and a person the council passed.
 */
async function awardSteps(app: TestApp): Promise<Step[]> {
  const db = app.database.db;
  const campaignId = await kh34CampaignId(db);
  const unit = (await app.unit('30904')).id;
  await councilPassedDossier(db, { campaignId, unitId: unit });
  await councilPassedDossier(db, { campaignId, unitId: unit, person: { fullName: 'Phạm Văn Khen', position: 'Công chức' } });
  const [secretariat, approver] = [await app.login('secretariat'), await app.login('approver')];
  const ids = { proposal: '', decision: '' };
  const url = (path = '') => `/api/award-proposals/${ids.proposal}${path}`;
  return [
    {
      name: 'draft the Tờ trình',
      run: async () => {
        const res = await app.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/award-proposals`, payload: {} });
        if (res.statusCode < 300) ids.proposal = res.json().id;
        return res;
      },
    },
    { name: 'edit the Tờ trình', run: () => app.req(secretariat, { method: 'PUT', url: url(), payload: { number: '45/TTr-SNV', proposalDate: '2021-05-10', signerName: 'Trần Văn Nam', signerPosition: 'Giám đốc' } }) },
    { name: 'submit the Tờ trình', run: () => app.req(secretariat, { method: 'POST', url: url('/submit') }) },
    { name: 'return the Tờ trình', run: () => app.req(approver, { method: 'POST', url: url('/return'), payload: { reason: 'Bổ sung' } }) },
    { name: 'submit the Tờ trình again', run: () => app.req(secretariat, { method: 'POST', url: url('/submit') }) },
    { name: 'approve the Tờ trình', run: () => app.req(approver, { method: 'POST', url: url('/approve') }) },
    {
      name: 'record the Quyết định',
      run: async () => {
        const res = await app.req(secretariat, { method: 'POST', url: url('/decision'), payload: { number: '1234/QĐ-UBND', decisionDate: '2021-05-20', signerName: 'Lê Thị Minh Phụng', signerPosition: 'Phó Chủ tịch' } });
        if (res.statusCode < 300) ids.decision = res.json().id;
        return res;
      },
    },
    { name: 'publish the Quyết định', run: () => app.req(secretariat, { method: 'POST', url: `/api/award-decisions/${ids.decision}/publish` }) },
  ];
}

/**
 * A session of the provincial council (issue 11, item 2): create it with members and agenda, edit its facts, members
 * and agenda, record votes from paper and a member's own, close it (dossiers → council_passed). Set-up straight in the
 * database: two accepted dossiers.
 */
async function councilSteps(app: TestApp): Promise<Step[]> {
  const db = app.database.db;
  const campaignId = await kh34CampaignId(db);
  const unit = async (code: string) => (await app.unit(code)).id;
  const a = await acceptedDossier(db, { campaignId, nomineeUnitId: await unit('30904'), proposingUnitId: await unit('906') });
  const b = await acceptedDossier(db, { campaignId, nomineeUnitId: await unit('STP'), proposingUnitId: await unit('STP'), personName: 'Nguyễn Thị Hội' });
  const [secretariat, council] = [await app.login('secretariat'), await app.login('council')];
  const details = { title: 'Phiên họp xét Bằng khen', heldAt: '2021-06-15T01:00:00Z', place: 'Hội trường UBND tỉnh' };
  const members = [
    { fullName: 'Lê Văn Chủ', position: 'Chủ tịch UBND tỉnh', councilRole: 'chair', orgUnitId: await unit('91'), attendance: 'present' },
    { fullName: 'Trần Thị Phó', position: 'Giám đốc Sở Nội vụ', councilRole: 'vice_chair', orgUnitId: await unit('SNV'), userId: app.users.council, attendance: 'present' },
    { fullName: 'Đỗ Văn Thư', position: 'Trưởng phòng', councilRole: 'secretary', orgUnitId: await unit('SNV-CCHC'), attendance: 'present' },
    { fullName: 'Phạm Văn Huyện', position: 'Chủ tịch UBND huyện', councilRole: 'member', orgUnitId: await unit('906'), attendance: 'written' },
  ];
  let id = '';
  const url = (path = '') => `/api/council-sessions/${id}${path}`;
  const memberIds = async () => ((await app.req(secretariat, { method: 'GET', url: url() })).json().members as { id: string }[]).map((m) => m.id);
  return [
    {
      name: 'create a council session',
      run: async () => {
        const res = await app.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/council-sessions`, payload: { ...details, members, dossierIds: [a.dossierId] } });
        if (res.statusCode < 300) id = res.json().id;
        return res;
      },
    },
    { name: 'edit the session', run: () => app.req(secretariat, { method: 'PUT', url: url(), payload: { ...details, place: 'Phòng họp số 2' } }) },
    { name: 'set the agenda', run: () => app.req(secretariat, { method: 'PUT', url: url('/agenda'), payload: { dossierIds: [a.dossierId, b.dossierId] } }) },
    {
      name: 'edit the members',
      run: async () => {
        const ids = await memberIds();
        return app.req(secretariat, { method: 'PUT', url: url('/members'), payload: { members: [...members.map((m, i) => ({ ...m, id: ids[i], userId: m.userId ?? null })), { fullName: 'Võ Văn Thêm', position: 'Ủy viên', councilRole: 'member', orgUnitId: null, attendance: 'present' }] } });
      },
    },
    { name: 'a member records their own votes', run: () => app.req(council, { method: 'PUT', url: url('/my-votes'), payload: { votes: [{ dossierId: a.dossierId, vote: 'agree' }, { dossierId: b.dossierId, vote: 'agree' }] } }) },
    {
      name: 'record votes from paper',
      run: async () => {
        const s = (await app.req(secretariat, { method: 'GET', url: url() })).json() as { members: { id: string; fullName: string }[] };
        const others = s.members.filter((m) => m.fullName !== 'Trần Thị Phó');
        const votes = others.flatMap((m) => [a.dossierId, b.dossierId].filter((d) => !(m.fullName === 'Phạm Văn Huyện' && d === a.dossierId)).map((dossierId) => ({ memberId: m.id, dossierId, vote: 'agree' })));
        return app.req(secretariat, { method: 'PUT', url: url('/votes'), payload: { votes } });
      },
    },
    { name: 'close the council session', run: () => app.req(secretariat, { method: 'POST', url: url('/close') }) },
  ];
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

describe('audit completeness', () => {
  it('writes an audit row for every record changed by every state-changing request', async () => {
    const gr = await t.unit('906');
    const tt = await t.unit('30904');
    let createdUserId = '';
    let officer: Session | null = null;
    const steps: { name: string; run: () => Promise<{ statusCode: number; body: string }> }[] = [
      { name: 'login', run: async () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'council', password: TEST_PASSWORD } }) },
      {
        name: 'create unit',
        run: () => t.req(admin, { method: 'POST', url: '/api/org-units', payload: { eraId: ERA_KG_2020, code: '906-A', name: 'Tổ A', kind: 'par_unit', parUnitLevel: 'district', parentId: gr.id } }),
      },
      { name: 'update unit', run: () => t.req(admin, { method: 'PATCH', url: `/api/org-units/${tt.id}`, payload: { shortName: 'TT Giồng Riềng' } }) },
      {
        name: 'import units',
        run: () =>
          t.req(admin, {
            method: 'POST',
            url: '/api/org-units/import',
            query: { eraId: ERA_KG_2020, format: 'csv', dryRun: 'false' },
            headers: { 'content-type': 'text/csv' },
            payload: 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Cấp chuyên trách CCHC,Mã đơn vị cấp trên\n906-B,Tổ B,Đơn vị chuyên trách CCHC,Cấp huyện,906\n906-A,Tổ A đổi tên,Đơn vị chuyên trách CCHC,Cấp huyện,906\n',
          }),
      },
      {
        name: 'create user',
        run: async () => {
          const res = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: 'canbo.tt', fullName: 'Lê Văn C', role: 'unit_officer', orgUnitId: tt.id, password: 'MatKhau#2020' } });
          createdUserId = res.json().id;
          return res;
        },
      },
      { name: 'update user', run: () => t.req(admin, { method: 'PATCH', url: `/api/users/${createdUserId}`, payload: { fullName: 'Lê Văn Cường' } }) },
      {
        name: 'login as the new user',
        run: async () => {
          officer = await t.login('canbo.tt', 'MatKhau#2020');
          return { statusCode: 200, body: '' };
        },
      },
      { name: 'change own password', run: () => t.req(officer, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'MatKhau#2020', newPassword: 'MatKhau#2021' } }) },
      { name: 'turn off own e-mail notifications', run: () => t.req(officer, { method: 'PUT', url: '/api/auth/email-notifications', payload: { enabled: false } }) },
      { name: 'reset password', run: () => t.req(admin, { method: 'POST', url: `/api/users/${createdUserId}/reset-password` }) },
      { name: 'deactivate user', run: () => t.req(admin, { method: 'PATCH', url: `/api/users/${createdUserId}`, payload: { active: false } }) },
      ...campaignSteps(),
      ...feedbackSteps(),
      ...evaluationReportSteps(),
      ...registrationFileSteps(),
      ...parSteps(),
      ...(await trustedCertificateSteps()),
      { name: 'logout', run: () => t.req(admin, { method: 'POST', url: '/api/auth/logout' }) },
    ];

    await checkSteps(t, steps);
    // Dozens of requests in sequence: on a loaded two-core machine this takes well over the default minute.
  }, 240_000);

  it('writes an audit row for every nomination, selection and dossier change (issue 10)', async () => {
    const app = await createTestApp({}, { now: () => new Date('2021-05-10T03:00:00Z') });
    try {
      await checkSteps(app, await nominationSteps(app));
      // The withdrawal of the commune also withdrew its individual: both rows changed in that step, both audited.
      const withdrawals = await app.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'nomination.withdraw'));
      expect(withdrawals).toHaveLength(3);
    } finally {
      await app.close();
    }
  }, 240_000);

  it('writes an audit row when a background job is started (issue 12, item 4)', async () => {
    // The queue is started (so the job can be sent in the request's transaction) but no worker takes it here: the
    // step's change is the queued row alone; the worker's later progress is the system's, not a user's change.
    let jobs: JobQueue | undefined;
    const app = await createTestApp({}, { jobs: (database) => (jobs = createJobQueue(database)) });
    try {
      await jobs!.start(JOB_QUEUES);
      const snv = await app.login('secretariat');
      const campaignId = await kh34CampaignId(app.database.db);
      await checkSteps(app, [
        {
          name: 'write the evaluation report narrative before generating it',
          run: () => app.req(snv, { method: 'PUT', url: `/api/campaigns/${campaignId}/evaluation-report/narrative`, payload: { results: 'Kết quả tốt.', limits: 'Còn chậm.', lessons: 'Nhắc hạn sớm.', proposals: '' } }),
        },
        { name: 'start generating the evaluation report in the background', run: () => app.req(snv, { method: 'POST', url: `/api/campaigns/${campaignId}/evaluation-report/jobs` }) },
      ]);
    } finally {
      await jobs?.stop();
      await app.close();
    }
  }, 240_000);

  it('writes an audit row for every public notice and comment change (issue 11, item 3)', async () => {
    const app = await createTestApp();
    try {
      await checkSteps(app, await publicNoticeSteps(app));
    } finally {
      await app.close();
    }
  }, 240_000);

  it('writes an audit row for every Tờ trình and Quyết định change (issue 11, item 4)', async () => {
    const app = await createTestApp();
    try {
      await checkSteps(app, await awardSteps(app));
    } finally {
      await app.close();
    }
  }, 240_000);

  it('writes an audit row for every council session change (issue 11, item 2)', async () => {
    const app = await createTestApp();
    try {
      await checkSteps(app, await councilSteps(app));
    } finally {
      await app.close();
    }
  }, 240_000);

  it('writes nothing, audit included, when a change is refused', async () => {
    const [{ n: before }] = (await t.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows as { n: number }[];
    const s = await t.login('officerTTGR');
    const [{ n: afterLogin }] = (await t.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows as { n: number }[];
    const tt = await t.unit('30904');
    expect((await t.req(s, { method: 'PATCH', url: `/api/org-units/${tt.id}`, payload: { name: 'Bị từ chối' } })).statusCode).toBe(403);
    const [{ n: after }] = (await t.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows as { n: number }[];
    expect(afterLogin).toBe(before + 1);
    expect(after).toBe(afterLogin);
  });
});
