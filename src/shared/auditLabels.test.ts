import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditActionLabel, auditEntityLabel, auditRecordPath, isAuditAction } from './auditLabels';

describe('auditActionLabel', () => {
  it.each([
    ['registration.submit', 'Duyệt và gửi bản đăng ký'],
    ['rating.create', 'Nhập xếp loại'],
    ['parPublication.create', 'Công bố và chốt kết quả Chỉ số CCHC'],
  ])('names %s in Vietnamese', (code, label) => {
    expect(auditActionLabel(code)).toBe(label);
  });

  it('shows an unknown code as it is, and never reads inherited keys', () => {
    expect(auditActionLabel('legacy.thing')).toBe('legacy.thing');
    expect(auditActionLabel('toString')).toBe('toString');
    expect(isAuditAction('__proto__')).toBe(false);
  });

  it('gives every action a distinct name', () => {
    const labels = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('auditEntityLabel', () => {
  it('names record types', () => {
    expect(auditEntityLabel('registrationSummary')).toBe('Tổng hợp đăng ký');
    expect(auditEntityLabel('constructor')).toBe('constructor');
  });
});

describe('auditRecordPath', () => {
  const base = { entityId: 'r1', before: null };
  it.each([
    [{ ...base, entityType: 'orgUnit' }, '/don-vi/r1'],
    [{ ...base, entityType: 'campaign' }, '/thi-dua/r1'],
    [{ ...base, entityType: 'registration', after: { campaignId: 'c1' } }, '/thi-dua/c1/dang-ky/r1'],
    [{ ...base, entityType: 'registrationSummary', action: 'registrationSummary.forwardProvince', after: { campaignId: 'c1' } }, '/thi-dua/c1/tong-hop-tinh'],
    [{ ...base, entityType: 'registrationSummary', action: 'registrationSummary.forward', before: { campaignId: 'c1' } }, '/thi-dua/c1/tong-hop-huyen'],
    [{ ...base, entityType: 'parResult', after: { year: 2020 } }, '/chi-so-cchc/2020'],
    [{ ...base, entityType: 'rating', before: { year: 2019 } }, '/xep-loai/2019'],
    [{ ...base, entityType: 'person', orgUnitId: 'u9', after: {} }, '/don-vi/u9'],
    [{ ...base, entityType: 'attestation', after: { campaignId: 'c1' } }, '/thi-dua/c1/du-dieu-kien'],
    [{ ...base, entityType: 'holidayCalendar' }, '/lich-nghi-le'],
    [{ ...base, entityType: 'dossier', after: { nominationId: 'n1', status: 'submitted' } }, '/ho-so-khen-thuong/n1'],
  ])('links %o to %s', (event, path) => {
    expect(auditRecordPath(event)).toBe(path);
  });

  it('gives no link when the row does not say where the record lives', () => {
    expect(auditRecordPath({ entityType: 'registration', entityId: 'r1', after: {} })).toBeNull();
    expect(auditRecordPath({ entityType: 'orgEra', entityId: 'kg' })).toBeNull();
  });
});
