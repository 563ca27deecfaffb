import { toVnLocalDate } from '../../domain/time/localDate';
import { vnClockAndDate } from '../dossiers/dossierDocumentData';
import type { Block, DocumentModel } from '../layout/documentModel';
import { MOTTO, NATIONAL_TITLE, placeDateLine, planCitation, upperVi } from '../layout/nd30';

const DOTS = '…………………………';

/** Plain data of a session of the provincial council for its Biên bản, read from the session's record. */
export type CouncilSessionMinutesData = {
  campaign: { planNumber: string; planDate: string; issuer: string; place: string; theme: string; year: number };
  session: { title: string; heldAt: string; place: string; closedAt: string | null; quorumPercent: number; passRuleLabel: string };
  members: { fullName: string; position: string; councilRoleLabel: string; councilRole: string; unitName: string | null; attendance: 'present' | 'written' | 'absent' }[];
  quorumExplanation: string;
  quorumSource: string;
  recusalExplanation: string;
  results: { nomineeName: string; proposingUnitName: string; agree: number; disagree: number; abstain: number; recused: number; denominator: number; outcome: 'passed' | 'failed' | null; explanation: string }[];
};

const memberLine = (m: CouncilSessionMinutesData['members'][number]) => `${m.fullName}, ${m.position}${m.unitName ? ` (${m.unitName})` : ''} — ${m.councilRoleLabel}`;

/**
 * The Biên bản họp Hội đồng Thi đua – Khen thưởng tỉnh, drafted from the session's record in the NĐ 30/2020 Biên bản
 * template (Phụ lục III, 1.9; DOMAIN §3): the council under the province's People's Committee with its own number
 * series ("Số: …/BB-HĐTĐKT"), BIÊN BẢN and its subject, start time, place, members (present, with written opinions,
 * absent), chair and secretary, the quorum with its rule, the content (the pass rule and the recusal rule), the tally
 * per nominee with its result, the end time, and the signatures of the secretary and the chair. Until the session
 * closes the end time is left as dots. The same Nghị định 30 pieces as the unit-level Biên bản of a dossier.
 */
export function buildCouncilSessionMinutesModel(data: CouncilSessionMinutesData): DocumentModel {
  const { campaign, session } = data;
  const p = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', indent: true, align: 'justify', runs: [{ text }], ...extra });
  const chair = data.members.find((m) => m.councilRole === 'chair');
  const secretary = data.members.find((m) => m.councilRole === 'secretary');
  const by = (a: CouncilSessionMinutesData['members'][number]['attendance']) => data.members.filter((m) => m.attendance === a);
  const group = (label: string, list: CouncilSessionMinutesData['members']): Block[] =>
    list.length === 0 ? [] : [p(`${label} (${list.length}):`), ...list.map((m) => p(`- ${memberLine(m)}.`))];

  const blocks: Block[] = [
    {
      kind: 'header',
      parentBody: upperVi(campaign.issuer),
      body: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      documentNumber: 'Số:       /BB-HĐTĐKT',
      nationalTitle: NATIONAL_TITLE,
      motto: MOTTO,
      placeDate: placeDateLine(campaign.place, toVnLocalDate(new Date(session.heldAt)), new Date(session.heldAt).getUTCFullYear()),
    },
    { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: 'BIÊN BẢN', bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `Họp Hội đồng Thi đua – Khen thưởng tỉnh: ${session.title}`, bold: true }] },
    p(`Thời gian bắt đầu: ${vnClockAndDate(session.heldAt)}.`, { spaceBefore: 12 }),
    p(`Địa điểm: ${session.place}.`),
    p('Thành phần tham dự:'),
    ...group('- Thành viên có mặt', by('present')),
    ...group('- Thành viên vắng mặt, có ý kiến bằng văn bản', by('written')),
    ...group('- Thành viên vắng mặt', by('absent')),
    p(`Chủ trì: ${chair ? `${chair.fullName}, ${chair.position}` : DOTS}.`),
    p(`Thư ký: ${secretary ? `${secretary.fullName}, ${secretary.position}` : DOTS}.`),
    p('', { runs: [{ text: `${data.quorumExplanation} (${data.quorumSource}.)`, italic: true }] }),
    p('', { runs: [{ text: 'Nội dung:', bold: true }] }),
    p(
      `Hội đồng Thi đua – Khen thưởng tỉnh xem xét hồ sơ đề nghị tặng Bằng khen của Chủ tịch ${campaign.issuer} đã được Sở Nội vụ thẩm định theo ${planCitation(campaign)} (thi đua chuyên đề "${campaign.theme}"). Kết quả được xác định theo nguyên tắc: ${session.passRuleLabel.toLocaleLowerCase('vi')}, số phiếu đồng ý bằng một nửa là không đạt. ${data.recusalExplanation}`,
    ),
    p('Kết quả biểu quyết như sau:'),
    {
      kind: 'table',
      fontSize: 12,
      columns: [
        { header: 'STT', width: 1, align: 'center' },
        { header: 'Tập thể, cá nhân', width: 5 },
        { header: 'Đồng ý', width: 2, align: 'center' },
        { header: 'Không đồng ý', width: 2, align: 'center' },
        { header: 'Không biểu quyết', width: 2, align: 'center' },
        { header: 'Không tham gia (cùng đơn vị)', width: 2, align: 'center' },
        { header: 'Kết quả', width: 3, align: 'center' },
      ],
      rows: data.results.map((r, i) => ({
        cells: [String(i + 1), `${r.nomineeName} (${r.proposingUnitName} đề nghị)`, `${r.agree}/${r.denominator}`, String(r.disagree), String(r.abstain), String(r.recused), r.outcome === 'passed' ? 'Đề nghị khen thưởng' : r.outcome === 'failed' ? 'Không đề nghị' : 'Chưa có kết quả'],
      })),
    },
    ...data.results.map((r, i) => p(`${i + 1}. ${r.nomineeName}: ${r.explanation}`)),
    p(`Cuộc họp kết thúc vào ${session.closedAt ? vnClockAndDate(session.closedAt) : DOTS}; biên bản đã được thông qua trước các thành viên dự họp./.`, { spaceBefore: 6 }),
    {
      kind: 'signatures',
      columns: [
        { title: 'THƯ KÝ', note: '(ký, ghi rõ họ tên)', name: secretary?.fullName ?? '' },
        { title: 'CHỦ TRÌ', note: '(ký, ghi rõ họ tên)', name: chair?.fullName ?? '' },
      ],
    },
  ];
  return { title: `Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh - ${session.title}`, blocks };
}
