import { describe, expect, it } from 'vitest';
import { dossierChecklist, type DossierDocumentKind, type ScanState } from '../dossiers/dossierChecklist';
import { checkCouncilMeeting } from '../dossiers/councilMeeting';
import { allChecksPass, appraisalChecklist, type AppraisalChecklistInput, type AppraisalCheckCode } from './appraisalChecklist';

const meeting = checkCouncilMeeting({
  startsAt: '2021-04-19T01:00:00.000Z',
  endsAt: '2021-04-19T02:30:00.000Z',
  place: 'Hội trường UBND huyện Giồng Riềng',
  chair: 'Nguyễn Văn An',
  secretary: 'Trần Thị Bình',
  membersTotal: 5,
  membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'],
  tallies: [{ nomineeName: 'Xã Bàn Tân Định', agree: 4, disagree: 0 }],
});
const scans = (s: Partial<Record<DossierDocumentKind, ScanState>> = {}): Record<DossierDocumentKind, ScanState> => ({
  submission_letter: { signatures: 'valid' },
  council_minutes: { signatures: 'valid' },
  achievement_report: { signatures: 'none' },
  ...s,
});
const ref = { clause: 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' };
const deadline = { instant: new Date('2021-05-04T16:59:59.999Z'), basis: ['Điểm c, Khoản 3, Mục II'] };

function input(over: Partial<AppraisalChecklistInput> = {}): AppraisalChecklistInput {
  const s = over.scans ?? scans();
  return {
    documents: dossierChecklist({ meeting, nomineeName: 'Xã Bàn Tân Định', scans: s }),
    scans: s,
    eligibility: { eligible: true, verdict: 'pass', summary: 'Đủ tiêu chuẩn Bằng khen.' },
    quota: { used: 1, limit: 1, proposingUnitName: 'Huyện Giồng Riềng', ref },
    submittedAt: new Date('2021-04-20T03:00:00Z'),
    deadline,
    ...over,
  };
}
const verdictOf = (i: AppraisalChecklistInput, code: AppraisalCheckCode) => appraisalChecklist(i).find((c) => c.code === code)!;

describe('appraisal checklist (Khoản 3, Mục IV)', () => {
  it('passes every item for a complete, signed, eligible, in-quota, on-time dossier, each with its clause', () => {
    const checks = appraisalChecklist(input());
    expect(checks.map((c) => [c.code, c.verdict, c.clause])).toEqual([
      ['documents', 'pass', 'Điểm c, Khoản 4, Mục III'],
      ['signatures', 'pass', 'Điểm c, Khoản 4, Mục III'],
      ['eligibility', 'pass', 'Khoản 1, Mục III'],
      ['quota', 'pass', ref.clause],
      ['onTime', 'pass', 'Điểm c, Khoản 3, Mục II'],
    ]);
    expect(allChecksPass(checks)).toBe(true);
    expect(checks[1].explanation).toBe('Có chữ ký số hợp lệ: 2/3 tài liệu; còn lại là bản quét có chữ ký, đóng dấu.');
    expect(checks[4].explanation).toBe('Gửi lúc 20/04/2021 10:00, trước hạn cuối 04/05/2021 23:59.');
  });

  it.each<[string, Partial<AppraisalChecklistInput>, AppraisalCheckCode, string, string]>([
    ['a document missing', { scans: scans({ achievement_report: null }) }, 'documents', 'fail', 'Chưa tải lên bản ký, đóng dấu của Báo cáo thành tích'],
    ['a document missing (signatures)', { scans: scans({ achievement_report: null }) }, 'signatures', 'fail', 'Chưa có bản ký, đóng dấu của: Báo cáo thành tích'],
    ['a broken ký số signature', { scans: scans({ council_minutes: { signatures: 'invalid' } }) }, 'signatures', 'fail', 'Chữ ký số không hợp lệ trên: Biên bản họp Hội đồng'],
    ['no documents read', { documents: null }, 'documents', 'unknown', 'Chưa đọc được'],
    ['all three ký số', { scans: scans({ achievement_report: { signatures: 'valid' } }) }, 'signatures', 'pass', 'Cả ba tài liệu có chữ ký số hợp lệ.'],
    ['no longer eligible', { eligibility: { eligible: false, verdict: 'fail', summary: 'Không thuộc nhóm xuất sắc.' } }, 'eligibility', 'fail', 'Không thuộc nhóm xuất sắc.'],
    ['eligibility unknown (input missing)', { eligibility: { eligible: false, verdict: 'unknown', summary: 'Thiếu kết quả xếp loại.' } }, 'eligibility', 'unknown', 'Thiếu kết quả xếp loại.'],
    ['not registered', { eligibility: null }, 'eligibility', 'unknown', 'chưa đăng ký thi đua'],
    ['quota exceeded', { quota: { used: 3, limit: 2, proposingUnitName: 'Huyện Giồng Riềng', ref } }, 'quota', 'fail', 'đang đề nghị 3/2 theo chỉ tiêu: vượt chỉ tiêu'],
    ['quota unlimited', { quota: { used: 7, limit: null, proposingUnitName: 'Sở Nội vụ', ref } }, 'quota', 'pass', 'không giới hạn'],
    ['quota unknown', { quota: null }, 'quota', 'unknown', 'Không xác định được chỉ tiêu'],
    ['submitted one millisecond late', { submittedAt: new Date(deadline.instant.getTime() + 1) }, 'onTime', 'fail', 'sau hạn cuối 04/05/2021 23:59'],
    ['submitted at the last instant', { submittedAt: deadline.instant }, 'onTime', 'pass', 'trước hạn cuối'],
    ['no deadline (ranking not published)', { deadline: null }, 'onTime', 'unknown', 'chưa công bố kết quả xếp hạng'],
    ['never submitted', { submittedAt: null }, 'onTime', 'unknown', 'chưa được gửi'],
  ])('%s → %s is %s', (_name, over, code, verdict, text) => {
    const check = verdictOf(input(over), code);
    expect(check.verdict).toBe(verdict);
    expect(check.ok).toBe(verdict === 'pass');
    expect(check.explanation).toContain(text);
  });

  it('keeps the reviewer’s note on its item, trimmed; a blank note is none', () => {
    const checks = appraisalChecklist(input({ notes: { signatures: '  Đã đối chiếu bản giấy  ', quota: '   ' } }));
    expect(checks.find((c) => c.code === 'signatures')!.note).toBe('Đã đối chiếu bản giấy');
    expect(checks.find((c) => c.code === 'quota')!.note).toBeNull();
    expect(checks.find((c) => c.code === 'documents')!.note).toBeNull();
  });

  it('an unknown item is not a pass', () => {
    expect(allChecksPass(appraisalChecklist(input({ deadline: null })))).toBe(false);
  });
});
