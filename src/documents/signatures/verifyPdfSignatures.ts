import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { formatVnDateTime } from '../../domain/time/localDate';
import { commonName, formatName, organization } from './certificateNames';
import { findPdfSignatures, type PdfSignatureField } from './findPdfSignatures';
import { parseCertificate, type CertificateInput } from './parseCertificate';
import { pkiEngine } from './pkiEngine';

export type SignatureStatus = 'valid' | 'invalid' | 'untrusted';

export const SIGNATURE_STATUS_LABELS: Record<SignatureStatus, string> = {
  valid: 'Hợp lệ',
  invalid: 'Không hợp lệ',
  untrusted: 'Không xác định được chuỗi tin cậy',
};

/** Each check: true passed, false failed, null could not be made (an earlier step failed). */
export type SignatureChecks = {
  /** The digest of the signed byte ranges equals the CMS messageDigest attribute. */
  digestMatches: boolean | null;
  /** The CMS signature over the signed attributes verifies with the signer certificate's key. */
  signatureVerified: boolean | null;
  /** The signer certificate chains to a CA certificate the administrator trusts. */
  chainTrusted: boolean | null;
  /** The signer certificate (and its chain) was valid at the signing time. */
  certificateValidAtSigningTime: boolean | null;
  /** Nothing but whitespace follows the signed ranges (no incremental update after signing). */
  unchangedAfterSigning: boolean;
};

export type SignatureVerification = {
  /** 1-based, in the order the signatures were added to the file. */
  index: number;
  subFilter: string | null;
  signerName: string | null;
  signerOrganization: string | null;
  /** The CA that issued the signer certificate (its CN, else its whole name). */
  issuerName: string | null;
  certificateSerialNumber: string | null;
  certificateValidFrom: Date | null;
  certificateValidTo: Date | null;
  /** The CMS signingTime attribute, as claimed by the signer; null when absent. */
  signingTime: Date | null;
  /** The instant the certificate's validity was judged at: the signing time, else the verification time. */
  checkedAt: Date;
  status: SignatureStatus;
  statusLabel: string;
  checks: SignatureChecks;
  /** What failed, in Vietnamese; empty when valid. */
  reasons: string[];
  /** Facts that do not change the result (a later signature, no signing time …). */
  notes: string[];
  summary: string;
};

export type PdfSignatureReport = {
  status: 'unsigned' | 'signed';
  statusLabel: string;
  signatures: SignatureVerification[];
  /** Signed, and every signature valid. */
  allValid: boolean;
  summary: string;
};

const SUPPORTED_SUB_FILTERS = ['adbe.pkcs7.detached', 'ETSI.CAdES.detached'];
const OID = {
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  rsaEncryption: '1.2.840.113549.1.1.1',
  keyUsage: '2.5.29.15',
};
// keyUsage bits (RFC 5280 §4.2.1.3), first byte of the BIT STRING.
const DIGITAL_SIGNATURE = 0x80;
const NON_REPUDIATION = 0x40;
// pkijs CertificateChainValidationEngine: "The certificate is either not yet valid or expired".
const CERTIFICATE_OUT_OF_VALIDITY = 8;
// Writers may end the file with a line break after %%EOF; that is not a change to the document.
const TRAILING_WHITESPACE = /^[\s\0]*$/;

/**
 * Verifies every digital signature (ký số, PAdES / CMS detached) of a PDF against the CA certificates the
 * administrator trusts, as of `asOf` (used when a signature carries no signingTime). Pure: no clock, no I/O, no
 * revocation lookup (CRL/OCSP need the network). Never throws on malformed input: each problem becomes a reason.
 */
export async function verifyPdfSignatures(pdf: Uint8Array, trustedCertificates: readonly CertificateInput[], asOf: Date): Promise<PdfSignatureReport> {
  const fields = findPdfSignatures(pdf);
  if (fields.length === 0) {
    return { status: 'unsigned', statusLabel: 'Chưa ký số', signatures: [], allValid: false, summary: 'Tài liệu không có chữ ký số.' };
  }
  const trusted = trustedCertificates.flatMap((input) => {
    try {
      return [parseCertificate(input).certificate];
    } catch {
      return []; // validated when uploaded; an unreadable one simply trusts nothing
    }
  });
  // Last first: whether an earlier signature's revision was followed by a properly signed one needs the later result.
  const signatures: SignatureVerification[] = [];
  for (let i = fields.length - 1; i >= 0; i--) {
    signatures[i] = await verifyOne(pdf, fields[i], i + 1, fields, signatures, trusted, asOf);
  }
  const allValid = signatures.every((s) => s.status === 'valid');
  const invalid = signatures.filter((s) => s.status !== 'valid').length;
  return {
    status: 'signed',
    statusLabel: 'Đã ký số',
    signatures,
    allValid,
    summary: allValid ? `Tài liệu có ${signatures.length} chữ ký số, tất cả hợp lệ.` : `Tài liệu có ${signatures.length} chữ ký số, ${invalid} chữ ký chưa hợp lệ.`,
  };
}

/** While checking: `reasons` are failures that make the signature invalid; an unknown chain is kept apart. */
type Draft = Omit<SignatureVerification, 'status' | 'statusLabel' | 'summary'> & { trustReason: string | null };

async function verifyOne(pdf: Uint8Array, field: PdfSignatureField, index: number, all: PdfSignatureField[], later: SignatureVerification[], trusted: pkijs.Certificate[], asOf: Date): Promise<SignatureVerification> {
  const draft: Draft = {
    index,
    subFilter: field.subFilter,
    signerName: null,
    signerOrganization: null,
    issuerName: null,
    certificateSerialNumber: null,
    certificateValidFrom: null,
    certificateValidTo: null,
    signingTime: null,
    checkedAt: asOf,
    checks: { digestMatches: null, signatureVerified: null, chainTrusted: null, certificateValidAtSigningTime: null, unchangedAfterSigning: true },
    reasons: [],
    notes: [],
    trustReason: null,
  };
  if (field.byteRange) checkCoverage(pdf, field.byteRange, field, all, later, draft);
  if (field.problem || !field.byteRange || !field.contents) {
    draft.reasons.unshift(field.problem ?? 'Không đọc được chữ ký số.');
    return finish(draft);
  }
  if (field.subFilter && !SUPPORTED_SUB_FILTERS.includes(field.subFilter)) {
    draft.reasons.push(`Kiểu chữ ký /SubFilter ${field.subFilter} chưa được hỗ trợ kiểm tra (hỗ trợ: ${SUPPORTED_SUB_FILTERS.join(', ')}).`);
    return finish(draft);
  }
  const signedData = readSignedData(field.contents);
  const signerInfo = signedData?.signerInfos[0];
  if (!signedData || !signerInfo) {
    draft.reasons.push('Không đọc được dữ liệu chữ ký số (CMS) trong /Contents: dữ liệu hỏng hoặc bị cắt cụt.');
    return finish(draft);
  }
  const signer = await findSignerCertificate(signedData, signerInfo);
  if (!signer) {
    draft.reasons.push('Không tìm thấy chứng thư số của người ký trong dữ liệu chữ ký.');
    return finish(draft);
  }
  draft.signerName = commonName(signer.subject);
  draft.signerOrganization = organization(signer.subject);
  draft.issuerName = commonName(signer.issuer) ?? formatName(signer.issuer);
  draft.certificateSerialNumber = Buffer.from(signer.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase();
  draft.certificateValidFrom = signer.notBefore.value;
  draft.certificateValidTo = signer.notAfter.value;
  draft.signingTime = signingTimeOf(signerInfo);
  draft.checkedAt = draft.signingTime ?? asOf;
  if (!draft.signingTime) draft.notes.push(`Chữ ký không ghi thời điểm ký (signingTime): hiệu lực chứng thư được xét tại thời điểm kiểm tra ${formatVnDateTime(asOf)}.`);

  await checkSignature(pdf, field.byteRange, signerInfo, signer, draft);
  checkValidity(signer, draft);
  checkKeyUsage(signer, draft);
  await checkChain(signedData, signer, trusted, draft);
  return finish(draft);
}

/** Bytes after the signed ranges: an incremental update (or anything else) added after signing. */
function checkCoverage(pdf: Uint8Array, [, , secondStart, secondLength]: [number, number, number, number], field: PdfSignatureField, all: PdfSignatureField[], later: SignatureVerification[], draft: Draft) {
  const end = secondStart + secondLength;
  if (end > pdf.length || TRAILING_WHITESPACE.test(Buffer.from(pdf.subarray(end)).toString('latin1'))) return;
  // Several people signing one after another (ký nhiều lần) each add a revision with their own signature. Only a later
  // signature whose own bytes are intact vouches for what was added: a broken or forged one appended with the edit
  // does not.
  const vouching = all.findIndex((other, j) => {
    const result = later[j];
    return other.offset > field.offset && other.byteRange !== null && other.byteRange[2] + other.byteRange[3] > end && result?.checks.digestMatches === true && result.checks.signatureVerified === true;
  });
  if (vouching !== -1) {
    draft.notes.push(`Chữ ký này xác nhận một phiên bản trước của tài liệu; phần bổ sung sau đó được xác nhận bởi chữ ký số thứ ${vouching + 1}.`);
    return;
  }
  draft.checks.unchangedAfterSigning = false;
  draft.reasons.push(`Tài liệu đã bị thay đổi sau khi ký: có ${pdf.length - end} byte được thêm vào sau phần đã ký (bản cập nhật bổ sung không có chữ ký).`);
}

function readSignedData(contents: Uint8Array): pkijs.SignedData | null {
  try {
    const asn1 = asn1js.fromBER(contents);
    if (asn1.offset === -1) return null;
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== OID.signedData) return null;
    return new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return null;
  }
}

/** The certificate the SignerInfo names, by issuer and serial number or by subject key identifier (RFC 5652 §5.3). */
async function findSignerCertificate(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): Promise<pkijs.Certificate | null> {
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signerInfo.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ?? null;
  }
  const keyId = new Uint8Array(sid.idBlock.isConstructed ? sid.valueBlock.value[0].valueBlock.valueHex : sid.valueBlock.valueHex);
  for (const certificate of certificates) {
    const digest = new Uint8Array(await pkiEngine.digest({ name: 'SHA-1' }, new Uint8Array(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)));
    if (Buffer.from(digest).equals(keyId)) return certificate;
  }
  return null;
}

function attribute(signerInfo: pkijs.SignerInfo, oid: string): unknown {
  return signerInfo.signedAttrs?.attributes.find((a) => a.type === oid)?.values[0];
}

function signingTimeOf(signerInfo: pkijs.SignerInfo): Date | null {
  const value = attribute(signerInfo, OID.signingTime);
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) {
    const date = value.toDate();
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

/** Digest of the signed ranges against messageDigest, then the signature over the signed attributes. */
async function checkSignature(pdf: Uint8Array, [a, b, c, d]: [number, number, number, number], signerInfo: pkijs.SignerInfo, signer: pkijs.Certificate, draft: Draft) {
  const hash = pkiEngine.getAlgorithmByOID(signerInfo.digestAlgorithm.algorithmId);
  if (!('name' in hash)) {
    draft.reasons.push(`Thuật toán băm của chữ ký (${signerInfo.digestAlgorithm.algorithmId}) không được hỗ trợ.`);
    return;
  }
  const messageDigest = attribute(signerInfo, OID.messageDigest);
  if (!signerInfo.signedAttrs || !attribute(signerInfo, OID.contentType) || !(messageDigest instanceof asn1js.OctetString)) {
    // PAdES and adbe.pkcs7.detached both sign the attributes; a bare signature over the ranges is not accepted.
    draft.reasons.push('Chữ ký thiếu thuộc tính bắt buộc (contentType, messageDigest) trong phần thuộc tính đã ký.');
    return;
  }
  const signedBytes = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const digest = Buffer.from(await pkiEngine.digest(hash, signedBytes));
  draft.checks.digestMatches = digest.equals(Buffer.from(messageDigest.valueBlock.valueHexView));
  if (!draft.checks.digestMatches) {
    draft.reasons.push('Nội dung tài liệu đã bị thay đổi sau khi ký: giá trị băm của phần được ký không khớp với giá trị băm trong chữ ký (messageDigest).');
  }
  try {
    const rsa = signerInfo.signatureAlgorithm.algorithmId === OID.rsaEncryption;
    draft.checks.signatureVerified = await pkiEngine.verifyWithPublicKey(
      signerInfo.signedAttrs.encodedValue,
      signerInfo.signature,
      signer.subjectPublicKeyInfo,
      signerInfo.signatureAlgorithm,
      rsa ? hash.name : undefined,
    );
  } catch {
    draft.checks.signatureVerified = false;
  }
  if (!draft.checks.signatureVerified) draft.reasons.push('Chữ ký số không đúng: chữ ký trên các thuộc tính đã ký không khớp với khóa công khai của chứng thư người ký.');
}

function checkValidity(signer: pkijs.Certificate, draft: Draft) {
  const at = draft.checkedAt;
  const when = draft.signingTime ? `tại thời điểm ký ${formatVnDateTime(at)}` : `tại thời điểm kiểm tra ${formatVnDateTime(at)}`;
  if (signer.notBefore.value > at) {
    draft.checks.certificateValidAtSigningTime = false;
    draft.reasons.push(`Chứng thư số của người ký chưa có hiệu lực ${when} (hiệu lực từ ${formatVnDateTime(signer.notBefore.value)}).`);
  } else if (signer.notAfter.value < at) {
    draft.checks.certificateValidAtSigningTime = false;
    draft.reasons.push(`Chứng thư số của người ký đã hết hạn ${when} (hết hạn ${formatVnDateTime(signer.notAfter.value)}).`);
  } else {
    draft.checks.certificateValidAtSigningTime = true;
  }
}

/** keyUsage, when present, must allow signing (digitalSignature or nonRepudiation): not an encryption-only key. */
function checkKeyUsage(signer: pkijs.Certificate, draft: Draft) {
  const extension = signer.extensions?.find((e) => e.extnID === OID.keyUsage);
  if (!extension) return;
  const bits = extension.parsedValue instanceof asn1js.BitString ? new Uint8Array(extension.parsedValue.valueBlock.valueHexView)[0] ?? 0 : 0;
  if ((bits & (DIGITAL_SIGNATURE | NON_REPUDIATION)) === 0) {
    draft.reasons.push('Chứng thư số của người ký không được phép dùng để ký (keyUsage không có digitalSignature hay nonRepudiation).');
  }
}

/** The chain from the signer to a trusted CA, judged at the signing time; the CMS's own certificates may fill gaps. */
async function checkChain(signedData: pkijs.SignedData, signer: pkijs.Certificate, trusted: pkijs.Certificate[], draft: Draft) {
  if (trusted.length === 0) {
    draft.checks.chainTrusted = false;
    draft.trustReason = 'Không xác định được chuỗi tin cậy: quản trị hệ thống chưa cấu hình chứng thư CA tin cậy nào.';
    return;
  }
  const intermediates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const atSigning = await chainResult(signer, intermediates, trusted, draft.checkedAt);
  if (atSigning.result) {
    draft.checks.chainTrusted = true;
    return;
  }
  // A path that exists but holds a certificate out of its validity at the signing time is a trusted chain that was
  // not valid then (an expiry, not an unknown CA); find out by judging it at instants when its certificates overlap.
  let trustedPath = false;
  if (atSigning.expired) {
    for (const instant of overlapInstants(signer, [...intermediates, ...trusted])) {
      if ((trustedPath = (await chainResult(signer, intermediates, trusted, instant)).result)) break;
    }
  }
  draft.checks.chainTrusted = trustedPath;
  if (trustedPath) {
    if (draft.checks.certificateValidAtSigningTime) {
      draft.checks.certificateValidAtSigningTime = false;
      draft.reasons.push(`Chứng thư của tổ chức cấp (CA) trong chuỗi không còn hiệu lực tại thời điểm ${formatVnDateTime(draft.checkedAt)}.`);
    }
    return;
  }
  draft.trustReason = `Không xác định được chuỗi tin cậy: chứng thư của người ký do "${draft.issuerName}" cấp, không thuộc các CA tin cậy đã cấu hình.`;
}

/** Instants within the signer's validity when each other certificate starts or ends being valid too. */
function overlapInstants(signer: pkijs.Certificate, others: pkijs.Certificate[]): Date[] {
  const from = signer.notBefore.value.getTime();
  const to = signer.notAfter.value.getTime();
  const instants = others.flatMap((c) => [Math.max(from, c.notBefore.value.getTime()), Math.min(to, c.notAfter.value.getTime())]);
  return [...new Set([from, to, ...instants])].filter((t) => t >= from && t <= to).map((t) => new Date(t));
}

async function chainResult(signer: pkijs.Certificate, intermediates: pkijs.Certificate[], trusted: pkijs.Certificate[], checkDate: Date): Promise<{ result: boolean; expired: boolean }> {
  const engine = new pkijs.CertificateChainValidationEngine({ certs: [...intermediates.filter((c) => c !== signer), signer], trustedCerts: trusted, checkDate });
  try {
    const outcome = await engine.verify({}, pkiEngine);
    return { result: outcome.result, expired: outcome.resultCode === CERTIFICATE_OUT_OF_VALIDITY };
  } catch (error) {
    // pkijs throws (rather than returns) a path whose certificates fail the date check, and when no path is found.
    return { result: false, expired: (error as { resultCode?: number } | null)?.resultCode === CERTIFICATE_OUT_OF_VALIDITY };
  }
}

function finish({ trustReason, ...draft }: Draft): SignatureVerification {
  const status: SignatureStatus = draft.reasons.length > 0 ? 'invalid' : trustReason ? 'untrusted' : 'valid';
  if (trustReason) draft.reasons.push(trustReason);
  const who = draft.signerName ? ` của ${draft.signerName}` : '';
  const summary =
    status === 'valid'
      ? `Chữ ký số${who} hợp lệ: tài liệu không thay đổi sau khi ký, chứng thư do ${draft.issuerName} cấp còn hiệu lực tại thời điểm ${formatVnDateTime(draft.checkedAt)}.`
      : `Chữ ký số${who}: ${SIGNATURE_STATUS_LABELS[status].toLowerCase()} — ${draft.reasons.join(' ')}`;
  return { ...draft, status, statusLabel: SIGNATURE_STATUS_LABELS[status], summary };
}
