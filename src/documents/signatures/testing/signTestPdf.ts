import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { pkiEngine } from '../pkiEngine';

/**
 * Test support: a throw-away PKI and PDFs that the tests sign themselves (PAdES-style CMS detached signature over the
 * /ByteRange), so every verification case — valid, tampered, appended, unknown CA, expired — is built from scratch
 * with no fixture files and no real token.
 */

export type TestIdentity = { certificate: pkijs.Certificate; der: Uint8Array; pem: string; privateKey: CryptoKey };

type NameInput = { commonName: string; organization?: string };

const RSA = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' } as const;
let serial = 1000;

function distinguishedName({ commonName, organization }: NameInput): pkijs.RelativeDistinguishedNames {
  const name = new pkijs.RelativeDistinguishedNames();
  name.typesAndValues.push(new pkijs.AttributeTypeAndValue({ type: '2.5.4.6', value: new asn1js.PrintableString({ value: 'VN' }) }));
  if (organization) name.typesAndValues.push(new pkijs.AttributeTypeAndValue({ type: '2.5.4.10', value: new asn1js.Utf8String({ value: organization }) }));
  name.typesAndValues.push(new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: commonName }) }));
  return name;
}

function extension(extnID: string, critical: boolean, value: { toSchema(): asn1js.BaseBlock } | asn1js.BaseBlock): pkijs.Extension {
  const schema = 'toSchema' in value ? value.toSchema() : value;
  return new pkijs.Extension({ extnID, critical, extnValue: schema.toBER(false) });
}

/** Issues a certificate; without `issuer` it is a self-signed root. `isCa` adds basicConstraints cA and keyCertSign. */
export async function issueTestCertificate(options: NameInput & { notBefore: Date; notAfter: Date; isCa?: boolean; issuer?: TestIdentity; keyUsage?: number }): Promise<TestIdentity> {
  const keys = await pkiEngine.generateKey(RSA, true, ['sign', 'verify']);
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ value: serial++ });
  certificate.subject = distinguishedName(options);
  certificate.issuer = options.issuer ? options.issuer.certificate.subject : distinguishedName(options);
  certificate.notBefore.value = options.notBefore;
  certificate.notAfter.value = options.notAfter;
  // keyUsage: keyCertSign + cRLSign for a CA, digitalSignature + nonRepudiation for a signer (as on a USB token).
  const usage = options.keyUsage ?? (options.isCa ? 0x06 : 0xc0);
  certificate.extensions = [
    extension('2.5.29.19', true, new pkijs.BasicConstraints({ cA: options.isCa === true })),
    extension('2.5.29.15', true, new asn1js.BitString({ valueHex: new Uint8Array([usage]).buffer, unusedBits: 1 })),
  ];
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey, pkiEngine);
  await certificate.sign(options.issuer?.privateKey ?? keys.privateKey, 'SHA-256', pkiEngine);
  const der = new Uint8Array(certificate.toSchema(true).toBER(false));
  const base64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n');
  return { certificate: pkijs.Certificate.fromBER(der), der, pem: `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`, privateKey: keys.privateKey };
}

const PLACEHOLDER_RANGE = '/ByteRange [0 0000000000 0000000000 0000000000]';
const CONTENTS_BYTES = 8192;
const PLACEHOLDER_CONTENTS = `/Contents <${'0'.repeat(CONTENTS_BYTES * 2)}>`;

function signatureDictionary(subFilter: string): string {
  return `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /${subFilter} ${PLACEHOLDER_RANGE} ${PLACEHOLDER_CONTENTS} /Reason (Ky so van ban) >>`;
}

/** A whole PDF from numbered objects, with a correct cross-reference table. */
function writePdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function documentObjects(text: string, withSignatureField: boolean, subFilter: string): string[] {
  const stream = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  return [
    `<< /Type /Catalog /Pages 2 0 R${withSignatureField ? ' /AcroForm << /Fields [4 0 R] /SigFlags 3 >>' : ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 6 0 R${withSignatureField ? ' /Annots [4 0 R]' : ''} >>`,
    withSignatureField ? '<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /V 5 0 R /T (Chu ky 1) /F 4 /P 3 0 R >>' : '<< /Producer (ThiDua test) >>',
    withSignatureField ? signatureDictionary(subFilter) : '<< /Title (Khong ky) >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
}

export const TEST_PDF_TEXT = 'To trinh de nghi khen thuong nam 2020';

/** A PDF without any signature. */
export function buildUnsignedTestPdf(text = TEST_PDF_TEXT): Uint8Array {
  return writePdf(documentObjects(text, false, ''));
}

/** Appends an incremental update (ISO 32000-1 §7.5.6) holding `objectBody` as a new object; returns the new file. */
function appendRevision(pdf: Uint8Array, objectBody: string): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const previousXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? 0);
  const size = Math.max(...[...text.matchAll(/\/Size (\d+)/g)].map((m) => Number(m[1])));
  const number = size;
  let out = '\n';
  const offset = pdf.length + out.length;
  out += `${number} 0 obj\n${objectBody}\nendobj\n`;
  const xref = pdf.length + out.length;
  out += `xref\n0 1\n0000000000 65535 f \n${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${number + 1} /Root 1 0 R /Prev ${previousXref} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([pdf, Buffer.from(out, 'latin1')]));
}

/** Someone edits the signed file: an incremental update adding an object (by default a note), with no new signature. */
export function appendIncrementalUpdate(pdf: Uint8Array, objectBody = '<< /Type /Annot /Subtype /Text /Rect [100 100 200 200] /Contents (Sua sau khi ky) /P 3 0 R >>'): Uint8Array {
  return appendRevision(pdf, objectBody);
}

export type SignOptions = {
  signer: TestIdentity;
  /** Certificates embedded in the CMS besides the signer's (intermediates, or the root as many tokens do). */
  chain?: TestIdentity[];
  /** The CMS signingTime attribute; omitted when null. */
  signingTime: Date | null;
  subFilter?: 'adbe.pkcs7.detached' | 'ETSI.CAdES.detached';
};

/** A PDF signed once over its whole content. */
export async function signTestPdf(options: SignOptions & { text?: string }): Promise<Uint8Array> {
  const subFilter = options.subFilter ?? 'adbe.pkcs7.detached';
  return fillSignature(writePdf(documentObjects(options.text ?? TEST_PDF_TEXT, true, subFilter)), options);
}

/** A second signer signs an already signed PDF in a new revision (ký nhiều lần: the head, then the office). */
export async function countersignTestPdf(pdf: Uint8Array, options: SignOptions): Promise<Uint8Array> {
  return fillSignature(appendRevision(pdf, signatureDictionary(options.subFilter ?? 'adbe.pkcs7.detached')), options);
}

/** Fills the last placeholder: writes the /ByteRange around /Contents, then the CMS over those ranges into /Contents. */
async function fillSignature(prepared: Uint8Array, { signer, chain = [], signingTime }: SignOptions): Promise<Uint8Array> {
  const pdf = Buffer.from(prepared);
  const text = pdf.toString('latin1');
  const rangeAt = text.lastIndexOf(PLACEHOLDER_RANGE);
  const contentsAt = text.indexOf('/Contents <', rangeAt) + '/Contents '.length;
  const contentsEnd = contentsAt + CONTENTS_BYTES * 2 + 2;
  const range = [0, contentsAt, contentsEnd, pdf.length - contentsEnd];
  const written = `/ByteRange [0 ${range.slice(1).map((n) => String(n).padEnd(10, ' ')).join(' ')}]`;
  pdf.write(written, rangeAt, 'latin1');
  const signed = Buffer.concat([pdf.subarray(0, contentsAt), pdf.subarray(contentsEnd)]);
  const cms = await detachedCms(signed, signer, chain, signingTime);
  if (cms.length > CONTENTS_BYTES) throw new Error('CMS larger than the /Contents placeholder');
  pdf.write(`<${Buffer.from(cms).toString('hex').padEnd(CONTENTS_BYTES * 2, '0')}>`, contentsAt, 'latin1');
  return new Uint8Array(pdf);
}

/** CMS SignedData, detached, with the signed attributes PAdES requires: contentType, messageDigest, signingTime. */
async function detachedCms(data: Uint8Array, signer: TestIdentity, chain: TestIdentity[], signingTime: Date | null): Promise<Uint8Array> {
  const digest = await pkiEngine.digest({ name: 'SHA-256' }, new Uint8Array(data));
  const attributes = [
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })] }),
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: digest })] }),
  ];
  if (signingTime) attributes.push(new pkijs.Attribute({ type: '1.2.840.113549.1.9.5', values: [new asn1js.UTCTime({ valueDate: signingTime })] }));
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.certificate.issuer, serialNumber: signer.certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [signer.certificate, ...chain.map((c) => c.certificate)],
  });
  await signedData.sign(signer.privateKey, 0, 'SHA-256', undefined, pkiEngine);
  const contentInfo = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
