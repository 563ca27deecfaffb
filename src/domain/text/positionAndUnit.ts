import { foldDiacritics } from './foldDiacritics';

const fold = (s: string) => foldDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();
const PEOPLES_COMMITTEE = /^ủy ban nhân dân\s+/iu;

/**
 * A person's position and unit as one phrase, the unit written once: "Phó Chủ tịch UBND thị trấn" + "Thị trấn Giồng
 * Riềng" → "Phó Chủ tịch UBND thị trấn Giồng Riềng"; a position that already names its unit is kept as it is;
 * otherwise "Công chức Văn phòng - Thống kê, UBND thị trấn Giồng Riềng".
 */
export function positionAndUnit(position: string, unitName: string): string {
  const p = position.normalize('NFC').trim().replace(/\s+/g, ' ');
  const u = unitName.normalize('NFC').trim().replace(/\s+/g, ' ').replace(PEOPLES_COMMITTEE, 'UBND ');
  if (!u) return p;
  if (!p) return u;
  const bareUnit = u.replace(/^UBND\s+/u, '');
  if (fold(p).includes(fold(bareUnit))) return p;
  const pWords = p.split(' ');
  const unitPhrase = /^UBND\s/u.test(u) || !isAdministrativeName(u) ? u : `UBND ${lowerFirst(u)}`;
  const uWords = unitPhrase.split(' ');
  // The longest tail of the position that the unit's name starts with ("… UBND thị trấn" + "UBND thị trấn …").
  for (let n = Math.min(pWords.length, uWords.length - 1); n > 0; n--) {
    if (fold(pWords.slice(-n).join(' ')) === fold(uWords.slice(0, n).join(' '))) return [...pWords, ...uWords.slice(n)].join(' ');
  }
  return `${p}, ${unitPhrase}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
/** Names of administrative units, whose people's committee is the employer ("Thị trấn Giồng Riềng", "Xã Bàn Tân Định"). */
const isAdministrativeName = (name: string) => /^(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)\s/iu.test(name);
