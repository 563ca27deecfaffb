import { describe, expect, it } from 'vitest';
import { checkCouncilMeeting, requiredAgree, requiredPresent, type CouncilMeetingRecord } from './councilMeeting';
import { dossierChecklist, isEditable } from './dossierChecklist';

const members = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Võ Văn Em'];
const meeting: CouncilMeetingRecord = {
  startsAt: '2021-04-05T01:00:00.000Z',
  endsAt: '2021-04-05T02:30:00.000Z',
  place: 'Phòng họp UBND huyện Châu Thành',
  chair: 'Nguyễn Văn An',
  secretary: 'Trần Thị Bình',
  membersTotal: 5,
  membersPresent: members.slice(0, 4),
  tallies: [{ nomineeName: 'Xã Minh Lương', agree: 3, disagree: 1 }],
};

describe('council quorum and majority', () => {
  it.each([
    [3, 3, 2],
    [5, 4, 3],
    [7, 6, 4],
    [10, 8, 6],
    [11, 9, 6],
  ])('%i members: at least %i present, at least %i in favour', (total, present, agree) => {
    expect(requiredPresent(total)).toBe(present);
    expect(requiredAgree(total)).toBe(agree);
  });

  it('4 of 5 present is a quorum; 3 of 5 in favour approves, with the rule cited', () => {
    const check = checkCouncilMeeting(meeting);
    expect(check.errors).toEqual([]);
    expect(check.quorum).toMatchObject({ verdict: 'pass', present: 4, required: 4 });
    expect(check.quorum.explanation).toBe('Có mặt 4/5 thành viên; phiên xét khen thưởng cần ít nhất 4 (80% tổng số thành viên): đủ điều kiện tiến hành.');
    expect(check.quorum.ref.source).toBe('Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng');
    expect(check.tallies[0]).toMatchObject({ approved: true });
  });

  it('3 of 5 present is no quorum, and then no vote counts', () => {
    const check = checkCouncilMeeting({ ...meeting, membersPresent: members.slice(0, 3), tallies: [{ nomineeName: 'Xã Minh Lương', agree: 3, disagree: 0 }] });
    expect(check.quorum.verdict).toBe('fail');
    expect(check.quorum.explanation).toContain('không đủ');
    expect(check.tallies[0].approved).toBe(false);
  });

  it('2 of 5 in favour is not a majority of the members', () => {
    const check = checkCouncilMeeting({ ...meeting, tallies: [{ nomineeName: 'Xã Minh Lương', agree: 2, disagree: 2 }] });
    expect(check.tallies[0]).toMatchObject({ approved: false });
    expect(check.tallies[0].explanation).toContain('cần quá bán tổng số thành viên (ít nhất 3)');
  });

  it.each<[string, Partial<CouncilMeetingRecord>, string]>([
    ['too few members', { membersTotal: 2, membersPresent: members.slice(0, 2) }, 'membersTotal'],
    ['no place', { place: '  ' }, 'place'],
    ['no chair', { chair: '' }, 'chair'],
    ['a chair who was not there', { chair: 'Võ Văn Em' }, 'chair'],
    ['a secretary who was not there', { secretary: 'Người Lạ' }, 'secretary'],
    ['an end before the start', { endsAt: '2021-04-05T00:00:00.000Z' }, 'endsAt'],
    ['a bad start time', { startsAt: 'hôm qua' }, 'startsAt'],
    ['more present than members', { membersTotal: 3, membersPresent: members.slice(0, 4) }, 'membersPresent'],
    ['a name twice', { membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'nguyễn văn an', 'Lê Văn Cường'] }, 'membersPresent'],
    ['more votes than members present', { tallies: [{ nomineeName: 'Xã Minh Lương', agree: 4, disagree: 1 }] }, 'tallies.0'],
    ['negative votes', { tallies: [{ nomineeName: 'Xã Minh Lương', agree: -1, disagree: 1 }] }, 'tallies.0'],
    ['no tally', { tallies: [] }, 'tallies'],
  ])('refuses %s, naming the field', (_name, change, field) => {
    expect(checkCouncilMeeting({ ...meeting, ...change }).errors.map((e) => e.field)).toContain(field);
  });
});

describe('dossier checklist', () => {
  const allScans = { submission_letter: { signatures: 'none' as const }, council_minutes: { signatures: 'valid' as const }, achievement_report: { signatures: 'none' as const } };

  it('is complete with an approving meeting and the three signed documents', () => {
    const list = dossierChecklist({ meeting: checkCouncilMeeting(meeting), nomineeName: 'Xã Minh Lương', scans: allScans });
    expect(list.complete).toBe(true);
    expect(list.items.map((i) => i.code)).toEqual(['councilMeeting', 'submission_letter', 'council_minutes', 'achievement_report']);
    expect(list.ref.clause).toBe('Điểm c, Khoản 4, Mục III');
  });

  it('names what is missing: no meeting, no scan, a broken ký số signature, a nominee absent from the tally', () => {
    const list = dossierChecklist({ meeting: null, nomineeName: 'Xã Minh Lương', scans: { ...allScans, submission_letter: null, council_minutes: { signatures: 'invalid' } } });
    expect(list.complete).toBe(false);
    expect(list.items.filter((i) => !i.done).map((i) => i.explanation)).toEqual([
      'Chưa ghi nhận cuộc họp Hội đồng.',
      'Chưa tải lên bản ký, đóng dấu của Tờ trình đề nghị khen thưởng.',
      'Chữ ký số trên bản mới nhất của Biên bản họp Hội đồng Thi đua – Khen thưởng không hợp lệ: tải lên bản khác.',
    ]);
    const other = dossierChecklist({ meeting: checkCouncilMeeting(meeting), nomineeName: 'Xã Khác', scans: allScans });
    expect(other.items[0]).toMatchObject({ done: false, explanation: 'Biên bản chưa có kết quả biểu quyết cho Xã Khác.' });
  });

  it.each([
    ['draft', true],
    ['returned', true],
    ['submitted', false],
  ] as const)('a %s dossier is editable: %s', (status, editable) => {
    expect(isEditable(status)).toBe(editable);
  });
});
