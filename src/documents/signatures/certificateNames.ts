import type * as pkijs from 'pkijs';

const COMMON_NAME = '2.5.4.3';
const ORGANIZATION = '2.5.4.10';

/** One attribute of a distinguished name (the first of its type), as text; null when absent. */
export function nameAttribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | null {
  const found = name.typesAndValues.find((tv) => tv.type === oid);
  if (!found) return null;
  const value = (found.value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  return typeof value === 'string' ? value : null;
}

export const commonName = (name: pkijs.RelativeDistinguishedNames) => nameAttribute(name, COMMON_NAME);
export const organization = (name: pkijs.RelativeDistinguishedNames) => nameAttribute(name, ORGANIZATION);

const LABELS: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.7': 'L', '2.5.4.8': 'ST', '2.5.4.6': 'C', '0.9.2342.19200300.100.1.1': 'UID', '1.2.840.113549.1.9.1': 'E' };

/** A distinguished name as one line ("CN=…, O=…, C=VN") for lists and audit rows. */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => {
      const value = (tv.value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
      return `${LABELS[tv.type] ?? tv.type}=${typeof value === 'string' ? value : '?'}`;
    })
    .join(', ');
}
