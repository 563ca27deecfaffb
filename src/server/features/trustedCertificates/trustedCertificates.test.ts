import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, trustedCertificates } from '../../../db/schema';
import { appendIncrementalUpdate, buildUnsignedTestPdf, issueTestCertificate, signTestPdf, type TestIdentity } from '../../../documents/signatures/testing/signTestPdf';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

const NOW = new Date('2021-06-01T03:00:00Z');
const UPLOAD_LIMIT = 64 * 1024;

let t: TestApp;
let admin: Session;
let root: TestIdentity;
let signer: TestIdentity;

const upload = (as: Session, payload: string | Buffer, contentType = 'application/octet-stream') =>
  t.req(as, { method: 'POST', url: '/api/trusted-certificates', headers: { 'content-type': contentType }, payload });
const verify = (as: Session, payload: Buffer | Uint8Array, contentType = 'application/pdf') =>
  t.req(as, { method: 'POST', url: '/api/signatures/verify', headers: { 'content-type': contentType }, payload: Buffer.from(payload) });

beforeAll(async () => {
  t = await createTestApp({ uploadLimitBytes: UPLOAD_LIMIT }, { now: () => NOW });
  admin = await t.login('admin');
  root = await issueTestCertificate({ commonName: 'Test Root CA', organization: 'Ban Cơ yếu Chính phủ (thử)', notBefore: new Date('2019-01-01'), notAfter: new Date('2030-01-01'), isCa: true });
  signer = await issueTestCertificate({ commonName: 'Nguyễn Văn An', organization: 'UBND huyện Giồng Riềng', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: root });
}, 120_000);
afterAll(async () => t?.close());

describe('trusted CA certificates (admin only)', () => {
  it('refuses every role but the administrator (403), for listing, adding and deactivating', async () => {
    for (const name of ['secretariat', 'aggregatorGR', 'officerTTGR', 'headTTGR'] as const) {
      const s = await t.login(name);
      expect((await t.req(s, { method: 'GET', url: '/api/trusted-certificates' })).statusCode, name).toBe(403);
      expect((await upload(s, root.pem, 'text/plain')).statusCode, name).toBe(403);
      expect((await t.req(s, { method: 'POST', url: '/api/trusted-certificates/00000000-0000-4000-8000-000000000000/deactivate' })).statusCode, name).toBe(403);
    }
    expect(await t.database.db.select().from(trustedCertificates)).toEqual([]);
  });

  it('refuses a file that is not a certificate, and a signer certificate (not a CA), naming the field; nothing stored', async () => {
    for (const [payload, message] of [
      ['xin chào, đây không phải chứng thư', /không phải chứng thư số X\.509/],
      ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n', /không phải chứng thư số X\.509/],
      ['-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', /không có khối "BEGIN CERTIFICATE"/],
      [signer.pem, /không phải chứng thư của tổ chức cung cấp dịch vụ chứng thực \(CA\)/],
    ] as const) {
      const res = await upload(admin, payload, 'text/plain');
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'file', message: expect.stringMatching(message) });
    }
    const empty = await upload(admin, Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].path).toBe('file');
    const big = await upload(admin, Buffer.alloc(70 * 1024, 0x41));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.fields[0]).toMatchObject({ path: 'file', message: expect.stringContaining('64 KB') });
    expect(await t.database.db.select().from(trustedCertificates)).toEqual([]);
  });

  it('adds a CA certificate (PEM), shows subject, validity and fingerprint, and audits it; a second upload conflicts', async () => {
    const res = await upload(admin, root.pem, 'text/plain');
    expect(res.statusCode, res.body).toBe(201);
    const added = res.json();
    expect(added).toMatchObject({
      subjectCommonName: 'Test Root CA',
      subject: 'C=VN, O=Ban Cơ yếu Chính phủ (thử), CN=Test Root CA',
      notBefore: '2019-01-01T00:00:00.000Z',
      notAfter: '2030-01-01T00:00:00.000Z',
      active: true,
      createdByName: 'Người dùng admin',
      createdAt: NOW.toISOString(),
    });
    const expected = Buffer.from(await crypto.subtle.digest('SHA-256', new Uint8Array(root.der))).toString('hex').toUpperCase().match(/../g)!.join(':');
    expect(added.fingerprintSha256).toBe(expected);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'trustedCertificate.add'), eq(auditEvents.entityId, added.id)));
    expect(audit).toMatchObject({ entityType: 'trustedCertificate', actorUserId: t.users.admin });
    expect(audit.after).toMatchObject({ fingerprintSha256: expected, active: true });

    const again = await upload(admin, Buffer.from(root.der));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields[0].path).toBe('file');
    const list = await t.req(admin, { method: 'GET', url: '/api/trusted-certificates' });
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([added.id]);
  });
});

describe('POST /api/signatures/verify', () => {
  it('verifies a signed PDF against the trusted list: valid with signer, organisation, CA and time', async () => {
    const pdf = await signTestPdf({ signer, chain: [root], signingTime: new Date('2021-05-20T02:00:00Z') });
    const res = await verify(await t.login('officerTTGR'), pdf);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ status: 'signed', statusLabel: 'Đã ký số', allValid: true, trustedCertificateCount: 1, verifiedAt: NOW.toISOString() });
    expect(report.signatures[0]).toMatchObject({
      signerName: 'Nguyễn Văn An',
      signerOrganization: 'UBND huyện Giồng Riềng',
      issuerName: 'Test Root CA',
      signingTime: '2021-05-20T02:00:00.000Z',
      status: 'valid',
      statusLabel: 'Hợp lệ',
    });
    const edited = (await verify(admin, appendIncrementalUpdate(pdf))).json();
    expect(edited.signatures[0].reasons.join(' ')).toMatch(/Tài liệu đã bị thay đổi sau khi ký/);
  });

  it('an unsigned PDF is "Chưa ký số"; garbage /Contents is a Vietnamese reason, not a 500', async () => {
    const unsigned = await verify(admin, buildUnsignedTestPdf(), 'application/octet-stream');
    expect(unsigned.json()).toMatchObject({ status: 'unsigned', statusLabel: 'Chưa ký số', signatures: [] });
    const pdf = Buffer.from(await signTestPdf({ signer, chain: [root], signingTime: new Date('2021-05-20T02:00:00Z') }));
    const start = pdf.indexOf('/Contents <') + '/Contents <'.length;
    pdf.write('FF'.repeat(200), start, 'latin1');
    const res = await verify(admin, pdf);
    expect(res.statusCode).toBe(200);
    expect(res.json().signatures[0]).toMatchObject({ status: 'invalid', reasons: ['Không đọc được dữ liệu chữ ký số (CMS) trong /Contents: dữ liệu hỏng hoặc bị cắt cụt.'] });
  });

  it('refuses an .exe renamed .pdf, an empty file and an oversized one, naming the field', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(500)]);
    const renamed = await verify(admin, exe);
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().error.fields[0]).toMatchObject({ path: 'file', message: expect.stringContaining('không phải PDF') });
    const empty = await verify(admin, Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].path).toBe('file');
    const big = await verify(admin, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(UPLOAD_LIMIT + 1, 0x20)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.fields[0].path).toBe('file');
    expect((await t.req(null, { method: 'POST', url: '/api/signatures/verify', headers: { 'content-type': 'application/pdf' }, payload: buildUnsignedTestPdf() as Buffer })).statusCode).toBe(401);
  });

  it('after the administrator deactivates the CA, its signatures are no longer trusted (audited)', async () => {
    const [row] = await t.database.db.select().from(trustedCertificates);
    const res = await t.req(admin, { method: 'POST', url: `/api/trusted-certificates/${row.id}/deactivate` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ active: false, deactivatedAt: NOW.toISOString() });
    const audits = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'trustedCertificate.deactivate'), eq(auditEvents.entityId, row.id)));
    expect(audits).toHaveLength(1);
    const pdf = await signTestPdf({ signer, chain: [root], signingTime: new Date('2021-05-20T02:00:00Z') });
    const report = (await verify(admin, pdf)).json();
    expect(report).toMatchObject({ trustedCertificateCount: 0, allValid: false });
    expect(report.signatures[0].status).toBe('untrusted');
    expect((await t.req(admin, { method: 'POST', url: '/api/trusted-certificates/00000000-0000-4000-8000-000000000000/deactivate' })).statusCode).toBe(404);
    // Uploading it again trusts it again.
    expect((await upload(admin, root.pem, 'text/plain')).json()).toMatchObject({ id: row.id, active: true, deactivatedAt: null });
  });
});

describe('adding the same CA certificate twice at once', () => {
  // On PGlite the two are serialised; on PostgreSQL (TEST_DATABASE_URL) they race and the unique fingerprint decides.
  it('stores it once; the other upload gets the conflict on `file`, never a 500', async () => {
    const other = await issueTestCertificate({ commonName: 'Concurrent CA', notBefore: new Date('2019-01-01'), notAfter: new Date('2030-01-01'), isCa: true });
    const answers = await Promise.all([upload(admin, other.pem, 'text/plain'), upload(admin, Buffer.from(other.der))]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().error.fields[0].path).toBe('file');
    const rows = await t.database.db.select().from(trustedCertificates).where(eq(trustedCertificates.subjectCommonName, 'Concurrent CA'));
    expect(rows).toHaveLength(1);
  });
});
