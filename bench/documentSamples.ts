/**
 * One realistic input of each document the documents benchmark renders (bench/documents.ts): the registration form
 * of a commune with two people, the Mẫu 07 achievement report and the Tờ trình of a nominated commune, the award
 * decision for three awardees and one certificate.
 */
import type { AwardEntry } from '../src/domain/awards/awardSnapshot';
import { kh34Campaign } from '../src/domain/campaigns/kh34Campaign';
import type { CertificateDecision } from '../src/documents/awards/renderCertificates';
import { buildAwardDecisionModel } from '../src/documents/awards/buildAwardDecisionModel';
import { buildAchievementReportModel } from '../src/documents/dossiers/buildAchievementReportModel';
import { buildSubmissionLetterModel } from '../src/documents/dossiers/buildSubmissionLetterModel';
import type { DossierDocumentData } from '../src/documents/dossiers/dossierDocumentData';
import type { DocumentModel } from '../src/documents/layout/documentModel';
import { buildRegistrationFormModel } from '../src/documents/registrations/buildRegistrationFormModel';

const campaign = { ...kh34Campaign, year: 2020 };
const achievement = 'Đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm 2020';

export const awardEntries: AwardEntry[] = [
  { dossierId: 'd1', nomineeKind: 'unit', orgUnitId: 'u1', personId: null, name: 'Thị trấn Giồng Riềng', position: null, unitName: 'Thị trấn Giồng Riềng', achievement },
  { dossierId: 'd2', nomineeKind: 'person', orgUnitId: 'u2', personId: 'p1', name: 'Nguyễn Thị Hương', position: 'Trưởng phòng Cải cách hành chính', unitName: 'Sở Nội vụ', achievement },
  { dossierId: 'd3', nomineeKind: 'person', orgUnitId: 'u2', personId: 'p2', name: 'Đặng Văn Ưng', position: 'Chuyên viên', unitName: 'Sở Nội vụ', achievement },
];

const decision = { number: '1234/QĐ-UBND', date: '2021-05-20' as const, signer: { name: 'Lê Thị Minh Phụng', position: 'Phó Chủ tịch' } };
export const certificateDecision: CertificateDecision = { ...decision, issuer: campaign.issuer, place: campaign.place };

const dossier: DossierDocumentData = {
  campaign,
  proposingUnit: { name: 'Huyện Châu Thành', kind: 'district' },
  proposingParent: { name: 'Tỉnh Kiên Giang', kind: 'province' },
  proposingHeadName: 'Nguyễn Văn An',
  nominee: { kind: 'unit', name: 'Xã Minh Lương', unitKind: 'commune' },
  ranking: { decisionNumber: '512/QĐ-UBND', decisionDate: '2021-03-02', score: 87.5, rank: 1, groupSize: 10, groupLabel: 'xã, phường, thị trấn của huyện', className: 'Xuất sắc' },
  registrationContent: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020',
  rating: 'Hoàn thành xuất sắc nhiệm vụ',
  initiatives: [{ title: 'Một cửa điện tử liên thông cấp xã', recognition: 'Hội đồng sáng kiến huyện công nhận' }],
  meeting: null,
  date: null,
  documentYear: 2021,
};

/** The model documents of the benchmark, by name. */
export const sampleModels: Record<string, DocumentModel> = {
  'Registration form': buildRegistrationFormModel({
    campaign,
    unit: { name: 'Thị trấn Giồng Riềng', kind: 'commune' },
    parentUnit: { name: 'Huyện Giồng Riềng', kind: 'district' },
    content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020',
    individuals: [
      { fullName: 'Nguyễn Văn Ước', position: 'Chủ tịch UBND', unitName: 'Thị trấn Giồng Riềng', content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020' },
      { fullName: 'Trần Thị Phơn', position: 'Công chức Văn phòng - Thống kê', unitName: 'Thị trấn Giồng Riềng', content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020' },
    ],
    preparedBy: 'Lê Văn Đễ',
    headName: 'Phạm Thị Hường',
    date: null,
  }),
  'Mẫu 07 achievement report': buildAchievementReportModel(dossier),
  'Tờ trình': buildSubmissionLetterModel(dossier),
  'Award decision': buildAwardDecisionModel({ campaign, decision, proposal: { number: '45/TTr-SNV', date: '2021-05-10' }, entries: awardEntries }),
};
