import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPdfSignatures } from './verifyPdfSignatures';
import { findPdfSignatures } from './findPdfSignatures';
import { appendIncrementalUpdate, buildUnsignedTestPdf, countersignTestPdf, issueTestCertificate, signTestPdf, TEST_PDF_TEXT, type TestIdentity } from './testing/signTestPdf';

const SIGNED_AT = new Date('2021-03-15T02:30:00Z'); // 09:30 on 15/03/2021 in Vietnam
const AS_OF = new Date('2021-04-01T00:00:00Z');

let root: TestIdentity;
let signer: TestIdentity;
let otherRoot: TestIdentity;
let strangerSigner: TestIdentity;
let expiredSigner: TestIdentity;
let officeSigner: TestIdentity;

beforeAll(async () => {
  root = await issueTestCertificate({ commonName: 'Test Root CA Chính phủ', organization: 'Ban Cơ yếu Chính phủ (thử)', notBefore: new Date('2019-01-01'), notAfter: new Date('2030-01-01'), isCa: true });
  signer = await issueTestCertificate({ commonName: 'Nguyễn Văn An', organization: 'Sở Nội vụ tỉnh Kiên Giang', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: root });
  officeSigner = await issueTestCertificate({ commonName: 'Văn phòng UBND huyện Hòn Đất', organization: 'UBND huyện Hòn Đất', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: root });
  expiredSigner = await issueTestCertificate({ commonName: 'Trần Thị Bình', organization: 'UBND huyện Châu Thành', notBefore: new Date('2018-01-01'), notAfter: new Date('2021-01-01'), issuer: root });
  otherRoot = await issueTestCertificate({ commonName: 'Unknown CA', organization: 'Không rõ', notBefore: new Date('2019-01-01'), notAfter: new Date('2030-01-01'), isCa: true });
  strangerSigner = await issueTestCertificate({ commonName: 'Người lạ', organization: 'Không rõ', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: otherRoot });
}, 60_000);

describe('verifyPdfSignatures (ký số: PAdES / CMS detached)', () => {
  it('(a) a PDF signed by a certificate of a trusted CA is valid, with signer, organisation, CA and signing time', async () => {
    const pdf = await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT });
    const report = await verifyPdfSignatures(pdf, [root.pem], AS_OF);
    expect(report).toMatchObject({ status: 'signed', statusLabel: 'Đã ký số', allValid: true });
    expect(report.signatures).toHaveLength(1);
    const [s] = report.signatures;
    expect(s).toMatchObject({
      index: 1,
      subFilter: 'adbe.pkcs7.detached',
      signerName: 'Nguyễn Văn An',
      signerOrganization: 'Sở Nội vụ tỉnh Kiên Giang',
      issuerName: 'Test Root CA Chính phủ',
      status: 'valid',
      statusLabel: 'Hợp lệ',
      reasons: [],
      checks: { digestMatches: true, signatureVerified: true, chainTrusted: true, certificateValidAtSigningTime: true, unchangedAfterSigning: true },
    });
    expect(s.signingTime?.toISOString()).toBe(SIGNED_AT.toISOString());
    expect(s.summary).toContain('15/03/2021 09:30');
  });

  it('accepts the trusted CA as DER bytes, and ETSI.CAdES.detached signatures', async () => {
    const pdf = await signTestPdf({ signer, chain: [], signingTime: SIGNED_AT, subFilter: 'ETSI.CAdES.detached' });
    const report = await verifyPdfSignatures(pdf, [root.der], AS_OF);
    expect(report.signatures[0]).toMatchObject({ subFilter: 'ETSI.CAdES.detached', status: 'valid' });
  });

  it('(b) a byte changed inside the signed range → the digest does not match', async () => {
    const pdf = Buffer.from(await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT }));
    const at = pdf.indexOf(TEST_PDF_TEXT);
    pdf.write('9', at + TEST_PDF_TEXT.length - 1, 'latin1'); // "năm 2020" becomes "năm 2029"
    const [s] = (await verifyPdfSignatures(pdf, [root.pem], AS_OF)).signatures;
    expect(s.status).toBe('invalid');
    expect(s.statusLabel).toBe('Không hợp lệ');
    expect(s.checks.digestMatches).toBe(false);
    expect(s.checks.signatureVerified).toBe(true); // the signed attributes themselves are intact
    expect(s.reasons.join(' ')).toMatch(/không khớp với giá trị băm trong chữ ký \(messageDigest\)/);
  });

  it('a changed byte of the CMS signature value → the signature does not verify', async () => {
    const pdf = Buffer.from(await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT }));
    const [field] = findPdfSignatures(pdf);
    const cms = Buffer.from(field.contents!);
    // The RSA signature value is the last long OCTET STRING of the CMS: flip a byte near the end of the real data.
    const end = cms.length - 1 - [...cms].reverse().findIndex((b) => b !== 0);
    const hexAt = field.byteRange![1] + 1 + (end - 10) * 2;
    pdf.write(pdf[hexAt] === 0x30 ? '1' : '0', hexAt, 'latin1');
    const [s] = (await verifyPdfSignatures(pdf, [root.pem], AS_OF)).signatures;
    expect(s.checks).toMatchObject({ digestMatches: true, signatureVerified: false });
    expect(s.status).toBe('invalid');
    expect(s.reasons.join(' ')).toMatch(/Chữ ký số không đúng/);
  });

  it('(c) an incremental update appended after signing → "tài liệu đã bị thay đổi sau khi ký"', async () => {
    const signed = await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT });
    const report = await verifyPdfSignatures(appendIncrementalUpdate(signed), [root.pem], AS_OF);
    const [s] = report.signatures;
    expect(s.status).toBe('invalid');
    expect(s.checks).toMatchObject({ digestMatches: true, signatureVerified: true, unchangedAfterSigning: false });
    expect(s.reasons.join(' ')).toMatch(/Tài liệu đã bị thay đổi sau khi ký/);
    expect(report.allValid).toBe(false);
  });

  it('a trailing line break after %%EOF is not a change', async () => {
    const signed = await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT });
    const [s] = (await verifyPdfSignatures(Buffer.concat([signed, Buffer.from('\r\n')]), [root.pem], AS_OF)).signatures;
    expect(s.status).toBe('valid');
  });

  it('a second signer in a later revision (ký nhiều lần): both valid, the first notes the later signature', async () => {
    const first = await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT });
    const both = await countersignTestPdf(first, { signer: officeSigner, chain: [root], signingTime: new Date('2021-03-16T01:00:00Z') });
    const report = await verifyPdfSignatures(both, [root.pem], AS_OF);
    expect(report.signatures.map((s) => [s.signerName, s.status])).toEqual([
      ['Nguyễn Văn An', 'valid'],
      ['Văn phòng UBND huyện Hòn Đất', 'valid'],
    ]);
    expect(report.signatures[0].notes.join(' ')).toMatch(/chữ ký số thứ 2/);
    expect(report.allValid).toBe(true);
    // An unsigned edit after both still breaks the last one.
    const edited = await verifyPdfSignatures(appendIncrementalUpdate(both), [root.pem], AS_OF);
    expect(edited.signatures.map((s) => s.status)).toEqual(['valid', 'invalid']);
  });

  it('an edit appended with a broken second signature does not vouch for the edit: the first is changed after signing', async () => {
    const first = await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT });
    const both = Buffer.from(await countersignTestPdf(first, { signer: officeSigner, chain: [root], signingTime: new Date('2021-03-16T01:00:00Z') }));
    const second = findPdfSignatures(both)[1];
    both.write('FF'.repeat(300), second.byteRange![1] + 1, 'latin1');
    const report = await verifyPdfSignatures(both, [root.pem], AS_OF);
    expect(report.signatures.map((s) => s.status)).toEqual(['invalid', 'invalid']);
    expect(report.signatures[0].checks.unchangedAfterSigning).toBe(false);
    expect(report.signatures[0].reasons.join(' ')).toMatch(/Tài liệu đã bị thay đổi sau khi ký/);
  });

  it('a signature dictionary written again in a later revision is one signature, not two', async () => {
    const signed = await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT });
    const text = Buffer.from(signed).toString('latin1');
    const dictionary = text.slice(text.indexOf('<< /Type /Sig'), text.indexOf('endobj', text.indexOf('<< /Type /Sig')));
    const report = await verifyPdfSignatures(appendIncrementalUpdate(signed, dictionary), [root.pem], AS_OF);
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0].checks.unchangedAfterSigning).toBe(false);
  });

  it('(d) signed by a certificate of an unknown CA → chain not trusted', async () => {
    const pdf = await signTestPdf({ signer: strangerSigner, chain: [otherRoot], signingTime: SIGNED_AT });
    const [s] = (await verifyPdfSignatures(pdf, [root.pem], AS_OF)).signatures;
    expect(s).toMatchObject({ status: 'untrusted', statusLabel: 'Không xác định được chuỗi tin cậy', issuerName: 'Unknown CA', signerName: 'Người lạ' });
    expect(s.checks).toMatchObject({ digestMatches: true, signatureVerified: true, chainTrusted: false });
    expect(s.reasons).toEqual(['Không xác định được chuỗi tin cậy: chứng thư của người ký do "Unknown CA" cấp, không thuộc các CA tin cậy đã cấu hình.']);
  });

  it('no trusted CA configured → chain not trusted, saying so', async () => {
    const pdf = await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT });
    const [s] = (await verifyPdfSignatures(pdf, [], AS_OF)).signatures;
    expect(s.status).toBe('untrusted');
    expect(s.reasons[0]).toMatch(/chưa cấu hình chứng thư CA tin cậy/);
  });

  it('(e) an unsigned PDF → unsigned, no signatures', async () => {
    const report = await verifyPdfSignatures(buildUnsignedTestPdf(), [root.pem], AS_OF);
    expect(report).toEqual({ status: 'unsigned', statusLabel: 'Chưa ký số', signatures: [], allValid: false, summary: 'Tài liệu không có chữ ký số.' });
  });

  it('(f) the certificate had expired at the signing time → invalid, naming the expiry', async () => {
    const pdf = await signTestPdf({ signer: expiredSigner, chain: [root], signingTime: SIGNED_AT });
    const [s] = (await verifyPdfSignatures(pdf, [root.pem], AS_OF)).signatures;
    expect(s.status).toBe('invalid');
    expect(s.checks).toMatchObject({ digestMatches: true, signatureVerified: true, chainTrusted: true, certificateValidAtSigningTime: false });
    expect(s.reasons.join(' ')).toContain('đã hết hạn tại thời điểm ký 15/03/2021 09:30 (hết hạn 01/01/2021 07:00)');
  });

  it('a certificate whose keyUsage does not allow signing (keyEncipherment only) → invalid', async () => {
    const encryptionOnly = await issueTestCertificate({ commonName: 'Khóa mã hóa', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: root, keyUsage: 0x20 });
    const pdf = await signTestPdf({ signer: encryptionOnly, chain: [root], signingTime: SIGNED_AT });
    const [s] = (await verifyPdfSignatures(pdf, [root.pem], AS_OF)).signatures;
    expect(s.status).toBe('invalid');
    expect(s.reasons).toEqual(['Chứng thư số của người ký không được phép dùng để ký (keyUsage không có digitalSignature hay nonRepudiation).']);
  });

  it('judges validity at the signing time, not today: an expired certificate that was valid when signing is fine', async () => {
    const pdf = await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT });
    const [s] = (await verifyPdfSignatures(pdf, [root.pem], new Date('2026-01-01'))).signatures;
    expect(s.status).toBe('valid');
  });

  it('without signingTime the verification time is used, and the note says so', async () => {
    const pdf = await signTestPdf({ signer, chain: [root], signingTime: null });
    const valid = (await verifyPdfSignatures(pdf, [root.pem], AS_OF)).signatures[0];
    expect(valid.status).toBe('valid');
    expect(valid.notes.join(' ')).toMatch(/không ghi thời điểm ký/);
    const late = (await verifyPdfSignatures(pdf, [root.pem], new Date('2024-01-01'))).signatures[0];
    expect(late.status).toBe('invalid');
    expect(late.reasons.join(' ')).toMatch(/đã hết hạn tại thời điểm kiểm tra/);
  });

  it('a CA expired at the signing time → invalid, not "unknown CA"', async () => {
    const shortRoot = await issueTestCertificate({ commonName: 'Short Root', notBefore: new Date('2019-01-01'), notAfter: new Date('2021-02-01'), isCa: true });
    const longSigner = await issueTestCertificate({ commonName: 'Lê Văn C', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: shortRoot });
    const pdf = await signTestPdf({ signer: longSigner, chain: [], signingTime: SIGNED_AT });
    const [s] = (await verifyPdfSignatures(pdf, [shortRoot.pem], AS_OF)).signatures;
    expect(s.status).toBe('invalid');
    expect(s.checks).toMatchObject({ chainTrusted: true, certificateValidAtSigningTime: false });
    expect(s.reasons.join(' ')).toMatch(/CA\) trong chuỗi không còn hiệu lực/);
  }, 30_000);

  describe('(g) malformed signatures answer in Vietnamese, never throw', () => {
    async function withContents(mutate: (hex: string) => string) {
      const pdf = Buffer.from(await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT }));
      const [field] = findPdfSignatures(pdf);
      const [, start, end] = field.byteRange!;
      const hex = pdf.subarray(start + 1, end - 1).toString('latin1');
      pdf.write(mutate(hex), start + 1, 'latin1');
      return verifyPdfSignatures(pdf, [root.pem], AS_OF);
    }

    it.each([
      ['garbage hex', (hex: string) => 'DEADBEEF'.repeat(hex.length / 8)],
      ['truncated CMS', (hex: string) => hex.slice(0, 600).padEnd(hex.length, '0')],
      ['all zeros', (hex: string) => '0'.repeat(hex.length)],
    ])('%s in /Contents', async (_name, mutate) => {
      const report = await withContents(mutate);
      expect(report.status).toBe('signed');
      expect(report.signatures[0].status).toBe('invalid');
      expect(report.signatures[0].reasons[0]).toBe('Không đọc được dữ liệu chữ ký số (CMS) trong /Contents: dữ liệu hỏng hoặc bị cắt cụt.');
    });

    it('non-hex /Contents and a /ByteRange outside the file', async () => {
      const nonHex = await withContents((hex) => 'zz' + hex.slice(2));
      expect(nonHex.signatures[0].reasons[0]).toMatch(/không phải là chuỗi \/Contents/);
      const pdf = Buffer.from(await signTestPdf({ signer, chain: [root], signingTime: SIGNED_AT }));
      const truncated = pdf.subarray(0, pdf.length - 200);
      const report = await verifyPdfSignatures(truncated, [root.pem], AS_OF);
      expect(report.signatures[0]).toMatchObject({ status: 'invalid' });
      expect(report.signatures[0].reasons[0]).toMatch(/Phạm vi ký \(\/ByteRange .*\) không hợp lệ với tệp dài/);
    });

    it('a /ByteRange with the wrong count of numbers, and unreadable trusted certificates', async () => {
      const pdf = Buffer.concat([buildUnsignedTestPdf(), Buffer.from('\n9 0 obj << /Type /Sig /ByteRange [0 10 20] >> endobj\n')]);
      const report = await verifyPdfSignatures(pdf, ['not a certificate', new Uint8Array([1, 2, 3])], AS_OF);
      expect(report.signatures[0].reasons[0]).toMatch(/cần đúng 4 số nguyên/);
    });
  });
});
