import { describe, expect, it } from 'vitest';
import { canonicalJson, diffDossierVersions, type DossierVersionContent } from './dossierVersions';

const v1: DossierVersionContent = {
  nominee: { nominationId: 'n1', kind: 'unit', name: 'Thị trấn Giồng Riềng', unitName: 'Thị trấn Giồng Riềng', proposingUnitName: 'Huyện Giồng Riềng', quotaKey: 'commune_per_district:d1' },
  councilMeeting: {
    startsAt: '2021-04-19T01:00:00.000Z',
    endsAt: '2021-04-19T02:30:00.000Z',
    place: 'Hội trường UBND huyện Giồng Riềng',
    chair: 'Nguyễn Văn An',
    secretary: 'Trần Thị Bình',
    membersTotal: 5,
    membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'],
    tallies: [{ nomineeName: 'Thị trấn Giồng Riềng', agree: 4, disagree: 0 }],
  },
  documents: [
    { kind: 'submission_letter', label: 'Tờ trình', scanId: 's1', fileName: 'Tờ trình.pdf', sha256: 'a'.repeat(64), signatureStatus: 'valid', uploadedAt: '2021-04-19T03:00:00.000Z' },
    { kind: 'council_minutes', label: 'Biên bản', scanId: 's2', fileName: 'Biên bản.pdf', sha256: 'b'.repeat(64), signatureStatus: 'none', uploadedAt: '2021-04-19T03:00:00.000Z' },
    { kind: 'achievement_report', label: 'Báo cáo', scanId: 's3', fileName: 'Báo cáo.png', sha256: 'c'.repeat(64), signatureStatus: 'none', uploadedAt: '2021-04-19T03:00:00.000Z' },
  ],
};

describe('canonical JSON of a version (its SHA-256 is taken over this)', () => {
  it('sorts keys at every level and drops undefined members, so build order does not change the text', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined }, e: null })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1,"e":null}');
    expect(canonicalJson({ ...v1, documents: v1.documents })).toBe(canonicalJson({ documents: v1.documents, councilMeeting: v1.councilMeeting, nominee: v1.nominee }));
    expect(canonicalJson('Biên bản')).toBe('"Biên bản"');
  });
});

describe('comparing two submitted versions', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffDossierVersions(v1, structuredClone(v1))).toEqual([]);
  });

  it.each<[string, (v: DossierVersionContent) => void, { code: string; before: string | null; after: string | null }[]]>([
    ['the meeting place', (v) => (v.councilMeeting!.place = 'Phòng họp số 2'), [{ code: 'councilMeeting.place', before: 'Hội trường UBND huyện Giồng Riềng', after: 'Phòng họp số 2' }]],
    ['the start time, shown in Vietnam time', (v) => (v.councilMeeting!.startsAt = '2021-04-19T02:00:00.000Z'), [{ code: 'councilMeeting.startsAt', before: '19/04/2021 08:00', after: '19/04/2021 09:00' }]],
    [
      'a member added',
      (v) => v.councilMeeting!.membersPresent.push('Võ Văn Em'),
      [{ code: 'councilMeeting.membersPresent', before: '4: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường, Phạm Thị Dung', after: '5: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường, Phạm Thị Dung, Võ Văn Em' }],
    ],
    ['a vote count', (v) => (v.councilMeeting!.tallies[0].agree = 3), [{ code: 'councilMeeting.tallies', before: 'Thị trấn Giồng Riềng: 4 tán thành, 0 không tán thành', after: 'Thị trấn Giồng Riềng: 3 tán thành, 0 không tán thành' }]],
    [
      'a new scan of the minutes, now ký số',
      (v) => (v.documents[1] = { ...v.documents[1], scanId: 's4', fileName: 'Biên bản bổ sung.pdf', sha256: 'd'.repeat(64), signatureStatus: 'valid' }),
      [
        { code: 'document.council_minutes.scan', before: `Biên bản.pdf (SHA-256 ${'b'.repeat(12)}…)`, after: `Biên bản bổ sung.pdf (SHA-256 ${'d'.repeat(12)}…)` },
        { code: 'document.council_minutes.signature', before: 'bản quét (không có chữ ký số)', after: 'chữ ký số hợp lệ' },
      ],
    ],
    ['the same file uploaded again (same SHA-256) is no change', (v) => (v.documents[0] = { ...v.documents[0], scanId: 's9', uploadedAt: '2021-04-22T00:00:00.000Z' }), []],
    ['a document removed', (v) => v.documents.splice(2, 1), [{ code: 'document.achievement_report.scan', before: `Báo cáo.png (SHA-256 ${'c'.repeat(12)}…)`, after: null }]],
    ['no meeting any more', (v) => (v.councilMeeting = null), [{ code: 'councilMeeting', before: 'Đã ghi nhận', after: null }]],
    ['the proposing unit renamed', (v) => (v.nominee.proposingUnitName = 'Huyện Giồng Riềng mới'), [{ code: 'nominee.proposingUnitName', before: 'Huyện Giồng Riềng', after: 'Huyện Giồng Riềng mới' }]],
  ])('%s', (_name, change, expected) => {
    const v2 = structuredClone(v1);
    change(v2);
    expect(diffDossierVersions(v1, v2).map(({ code, before, after }) => ({ code, before, after }))).toEqual(expected);
  });

  it('labels each change in Vietnamese', () => {
    const v2 = structuredClone(v1);
    v2.councilMeeting!.secretary = 'Lê Thị Hoa';
    expect(diffDossierVersions(v1, v2)).toEqual([{ area: 'councilMeeting', code: 'councilMeeting.secretary', label: 'Thư ký', before: 'Trần Thị Bình', after: 'Lê Thị Hoa' }]);
  });
});
