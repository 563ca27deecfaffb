import * as pkijs from 'pkijs';
import { commonName, formatName, organization } from './certificateNames';
import { pkiEngine } from './pkiEngine';
import type { ParsedCertificate } from './parseCertificate';

const BASIC_CONSTRAINTS = '2.5.29.19';

export type CertificateDescription = {
  subject: string;
  subjectCommonName: string | null;
  subjectOrganization: string | null;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the DER bytes, upper-case hex with colons (as certificate viewers show it). */
  fingerprintSha256: string;
  /** basicConstraints cA = TRUE: the certificate may issue others. */
  isCertificateAuthority: boolean;
};

/** What an administrator needs to recognise a certificate: names, validity, serial and fingerprint. */
export async function describeCertificate({ certificate, der }: ParsedCertificate): Promise<CertificateDescription> {
  const digest = new Uint8Array(await pkiEngine.digest({ name: 'SHA-256' }, new Uint8Array(der)));
  return {
    subject: formatName(certificate.subject),
    subjectCommonName: commonName(certificate.subject),
    subjectOrganization: organization(certificate.subject),
    issuer: formatName(certificate.issuer),
    serialNumber: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase(),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    fingerprintSha256: [...digest].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':'),
    isCertificateAuthority: isCertificateAuthority(certificate),
  };
}

export function isCertificateAuthority(certificate: pkijs.Certificate): boolean {
  const extension = certificate.extensions?.find((e) => e.extnID === BASIC_CONSTRAINTS);
  return extension?.parsedValue instanceof pkijs.BasicConstraints && extension.parsedValue.cA === true;
}
