/**
 * Vietnamese labels of the fields of a campaign definition, for the clone's review list: the secretariat reads
 * "Căn cứ 1" or "Mục đích 2", never "grounds[0]" or "purposes[1].text".
 */

type Path = readonly (string | number)[];

const LIST_LABELS: Record<string, string> = {
  grounds: 'Căn cứ',
  purposes: 'Mục đích',
  requirements: 'Yêu cầu',
  contents: 'Nội dung thi đua',
  awardForms: 'Hình thức khen thưởng',
  requiredDossierDocuments: 'Thành phần hồ sơ',
  recipients: 'Nơi nhận',
};

const FIELD_LABELS: Record<string, string> = {
  planNumber: 'Số kế hoạch',
  planDate: 'Ngày ban hành kế hoạch',
  issuer: 'Cơ quan ban hành',
  signer: 'Người ký',
  place: 'Địa danh',
  theme: 'Chủ đề thi đua',
  year: 'Năm thi đua',
  legalBasis: 'Căn cứ pháp lý',
  registrationDeadline: 'Hạn đăng ký thi đua',
  dossierWindow: 'Thời hạn lập hồ sơ khen thưởng',
  dossierSubmission: 'Nơi nhận hồ sơ khen thưởng',
  registrationContentDefault: 'Nội dung đăng ký thi đua mặc định',
  'participants.collectiveKinds': 'Loại tập thể tham gia',
  'participants.collectives': 'Đối tượng thi đua tập thể',
  'participants.individuals': 'Đối tượng thi đua cá nhân',
  'quotas.excellentGroupCollectives': 'Chỉ tiêu tập thể tiêu biểu nhóm xuất sắc',
  'quotas.communesPerDistrict': 'Chỉ tiêu xã mỗi huyện',
  'quotas.communesPerDistrictOverrides': 'Chỉ tiêu xã riêng của huyện',
  'quotas.individualsPerCollective': 'Chỉ tiêu cá nhân mỗi tập thể',
  'quotas.individualsPerCommune': 'Chỉ tiêu cá nhân mỗi xã',
};

const PART_LABELS: Record<string, string> = {
  ref: 'trích dẫn điều khoản',
  fullName: 'tên đầy đủ',
  label: 'tên',
  issuer: 'người có thẩm quyền',
  criteriaText: 'tiêu chuẩn',
  description: 'mô tả',
  districtName: 'tên huyện',
  submitTo: 'nơi nhận',
  position: 'chức vụ',
  authority: 'thẩm quyền ký',
};

/**
 * The label of a field of the definition, e.g. ["grounds", 0] → "Căn cứ 1", ["purposes", 0, "text"] → "Mục đích 1",
 * ["awardForms", 1, "issuer"] → "Hình thức khen thưởng 2 – người có thẩm quyền". A path it does not know keeps its
 * nearest known prefix, so a label never falls back to an English field name.
 */
export function definitionFieldLabel(path: Path): string {
  const [head, second, ...rest] = path;
  if (typeof head === 'string' && LIST_LABELS[head] !== undefined && typeof second === 'number') {
    return withParts(`${LIST_LABELS[head]} ${second + 1}`, rest);
  }
  for (let n = path.length; n > 0; n--) {
    if (typeof path[n - 1] !== 'string') continue;
    const key = path.slice(0, n).filter((p) => typeof p === 'string').join('.');
    const label = FIELD_LABELS[key];
    if (label !== undefined) {
      const tail = path.slice(n);
      const index = typeof tail[0] === 'number' ? ` ${tail[0] + 1}` : '';
      return withParts(label + index, typeof tail[0] === 'number' ? tail.slice(1) : tail);
    }
  }
  return 'Kế hoạch';
}

function withParts(label: string, rest: Path): string {
  const parts = rest.filter((p): p is string => typeof p === 'string' && p !== 'text' && PART_LABELS[p] !== undefined).map((p) => PART_LABELS[p]);
  return parts.length ? `${label} – ${parts.join(', ')}` : label;
}
