import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/;

/** A certificate as it arrives: DER bytes, PEM text, or PEM text as bytes (a .pem/.crt file). */
export type CertificateInput = Uint8Array | string;

export type ParsedCertificate = { certificate: pkijs.Certificate; der: Uint8Array };

/** Why a certificate could not be read, in Vietnamese for the person who uploaded it. */
export class CertificateParseError extends Error {}

/**
 * Reads one X.509 certificate from DER or PEM (the first certificate block of a PEM file). pkijs and asn1js do the
 * ASN.1; a file that is neither is refused with a reason an administrator understands.
 */
export function parseCertificate(input: CertificateInput): ParsedCertificate {
  const bytes = toDer(input);
  if (bytes.length === 0) throw new CertificateParseError('Tệp chứng thư rỗng.');
  const asn1 = asn1js.fromBER(bytes);
  if (asn1.offset === -1) throw new CertificateParseError('Tệp không phải chứng thư số X.509 (PEM hoặc DER).');
  try {
    // The bytes as received (without anything after the certificate) are what is stored and fingerprinted.
    return { certificate: new pkijs.Certificate({ schema: asn1.result }), der: bytes.slice(0, asn1.offset) };
  } catch {
    throw new CertificateParseError('Tệp không phải chứng thư số X.509 (PEM hoặc DER).');
  }
}

function toDer(input: CertificateInput): Uint8Array {
  const text = typeof input === 'string' ? input : looksLikePem(input) ? Buffer.from(input).toString('latin1') : null;
  if (text === null) return input as Uint8Array;
  const block = PEM_BLOCK.exec(text);
  if (!block) throw new CertificateParseError('Tệp PEM không có khối "BEGIN CERTIFICATE".');
  return new Uint8Array(Buffer.from(block[1].replace(/\s+/g, ''), 'base64'));
}

function looksLikePem(bytes: Uint8Array): boolean {
  // DER starts with a SEQUENCE tag (0x30); PEM with text, possibly after a byte-order mark or blank lines.
  return Buffer.from(bytes.subarray(0, 4096)).toString('latin1').includes('-----BEGIN');
}

