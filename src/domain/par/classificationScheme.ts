import { formatDecimalCell } from '../tabular/cellValues';

/** PAR Index class (GLOSSARY: nhóm xuất sắc / tốt / khá / trung bình / yếu). */
export type Classification = 'excellent' | 'good' | 'fair' | 'average' | 'weak';

/** Every class, best first. */
export const CLASSIFICATIONS: readonly Classification[] = ['excellent', 'good', 'fair', 'average', 'weak'];

/** Vietnamese label of each class, as published. */
export const classificationLabels = {
  excellent: 'Xuất sắc',
  good: 'Tốt',
  fair: 'Khá',
  average: 'Trung bình',
  weak: 'Yếu',
} as const satisfies Record<Classification, string>;

/**
 * The Vietnamese label of a class.
 * @returns e.g. 'Trung bình' for 'average'
 */
export function classificationLabel(classification: Classification): string {
  return classificationLabels[classification];
}

/** A band: a unit whose index is ≥ minPercent (and below the next band up) gets this class. */
export type ClassificationBand = {
  classification: Classification;
  /** Inclusive lower bound, as a percentage of the block's maximum, at most 2 decimals. */
  minPercent: number;
};

/** The scale and the bands of one block (khối) of the ranking. */
export type BlockScheme = {
  /** Maximum points of the block (blocks may differ: e.g. 60 for central agencies). */
  maxPoints: number;
  /** Bands from the best (highest minPercent) down; the last starts at 0. */
  bands: ClassificationBand[];
};

/** A versioned set of bands per block, in force from a given year until a later scheme replaces it. */
export type ClassificationScheme = {
  id: string;
  name: string;
  /** First year the scheme applies to. */
  validFrom: number;
  /** Keyed by block code: 'department', 'centralAgency', 'district', 'commune', or any the province uses. */
  blocks: Record<string, BlockScheme>;
  /** The decision that sets the criteria, when known. */
  source?: string;
};

/** Standard block codes of a provincial ranking (a scheme may define others). */
export const PAR_BLOCKS = {
  department: 'department',
  centralAgency: 'centralAgency',
  district: 'district',
  commune: 'commune',
} as const;

/** Vietnamese names of the standard blocks, for messages and reports (look up with `blockLabel`, own keys only). */
export const parBlockLabels: Readonly<Record<string, string>> = {
  department: 'Sở, ban, ngành tỉnh',
  centralAgency: 'Cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh',
  district: 'UBND huyện, thị xã, thành phố',
  commune: 'UBND xã, phường, thị trấn',
};

const kienGiangBands = (): ClassificationBand[] => [
  { classification: 'excellent', minPercent: 90 },
  { classification: 'good', minPercent: 80 },
  // Kiên Giang's published 2017/2018 results name khá and trung bình but give no cut-offs: the 70 and 50 below,
  // and the yếu band, are ASSUMED (SPEC §3.4) and meant to be edited by the secretariat.
  { classification: 'fair', minPercent: 70 },
  { classification: 'average', minPercent: 50 },
  { classification: 'weak', minPercent: 0 },
];

/**
 * Default scheme for Kiên Giang from 2020: xuất sắc ≥ 90, tốt 80–< 90 (as published for 2017),
 * khá 70–< 80, trung bình 50–< 70, yếu < 50 (assumed). Maxima follow the provincial sets of that era
 * (100 points; 60 for central agencies, as Hà Tĩnh QĐ 52/2019); Kiên Giang's QĐ 2812/QĐ-UBND (12/12/2019)
 * was not retrieved, so the maxima are assumed and configurable as well.
 */
export const kienGiangClassificationScheme2020: ClassificationScheme = {
  id: 'kien-giang-2020',
  name: 'Xếp loại Chỉ số CCHC tỉnh Kiên Giang (mặc định từ năm 2020)',
  validFrom: 2020,
  source:
    'Quyết định số 2812/QĐ-UBND ngày 12/12/2019 của Chủ tịch UBND tỉnh Kiên Giang ' +
    '(ngưỡng khá, trung bình, yếu và điểm tối đa là giả định)',
  blocks: {
    department: { maxPoints: 100, bands: kienGiangBands() },
    centralAgency: { maxPoints: 60, bands: kienGiangBands() },
    district: { maxPoints: 100, bands: kienGiangBands() },
    commune: { maxPoints: 100, bands: kienGiangBands() },
  },
};

const hasAtMostTwoDecimals = (value: number): boolean => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/**
 * The block of a scheme by its code, or undefined when the scheme has no such block. Only the scheme's own blocks
 * count: a code typed by a user such as "__proto__", "constructor" or "toString" is no block, never a property
 * every object inherits.
 */
export function blockOf(scheme: Pick<ClassificationScheme, 'blocks'>, blockCode: string): BlockScheme | undefined {
  return Object.hasOwn(scheme.blocks, blockCode) ? scheme.blocks[blockCode] : undefined;
}

/** Names every object inherits ("constructor", "toString", "__proto__" …): never a code of ours. */
export function isReservedCode(code: string): boolean {
  return code in Object.prototype || code === '__proto__';
}

/**
 * Checks a scheme before it is saved: each block has a positive maximum and bands that are ordered from the best
 * down, do not overlap, name each class at most once, and cover 0–100 % (the last band starts at 0).
 * @param scheme the scheme as entered
 * @returns Vietnamese messages naming the block and band at fault; empty when valid
 */
export function validateClassificationScheme(scheme: ClassificationScheme): string[] {
  const errors: string[] = [];
  if (scheme.id.trim() === '') errors.push('Mã phương án xếp loại không được để trống.');
  if (scheme.name.trim() === '') errors.push('Tên phương án xếp loại không được để trống.');
  if (!Number.isInteger(scheme.validFrom) || scheme.validFrom < 1000 || scheme.validFrom > 9999) {
    errors.push(`Năm áp dụng không hợp lệ: ${scheme.validFrom}.`);
  }
  const blockCodes = Object.keys(scheme.blocks);
  if (blockCodes.length === 0) errors.push('Phương án xếp loại phải có ít nhất một khối.');

  for (const code of blockCodes) {
    const { maxPoints, bands } = scheme.blocks[code];
    const where = `Khối "${code}"`;
    if (isReservedCode(code)) errors.push(`${where}: mã khối trùng với một tên dành riêng của hệ thống; hãy đặt mã khác.`);
    if (!Number.isFinite(maxPoints) || maxPoints <= 0) {
      errors.push(`${where}: điểm tối đa phải là số dương (đang là ${formatDecimalCell(maxPoints)}).`);
    } else if (!hasAtMostTwoDecimals(maxPoints)) {
      errors.push(`${where}: điểm tối đa chỉ được có tối đa 2 chữ số thập phân (đang là ${formatDecimalCell(maxPoints)}).`);
    }
    if (bands.length === 0) {
      errors.push(`${where}: chưa có mức xếp loại nào.`);
      continue;
    }
    const seen = new Set<Classification>();
    bands.forEach((band, index) => {
      const label = CLASSIFICATIONS.includes(band.classification)
        ? classificationLabel(band.classification)
        : String(band.classification);
      if (!CLASSIFICATIONS.includes(band.classification)) {
        errors.push(`${where}: mức xếp loại "${label}" không hợp lệ.`);
      } else if (seen.has(band.classification)) {
        errors.push(`${where}: mức "${label}" bị khai báo trùng.`);
      }
      seen.add(band.classification);
      if (!Number.isFinite(band.minPercent) || band.minPercent < 0 || band.minPercent > 100) {
        errors.push(`${where}: ngưỡng của mức "${label}" phải từ 0 đến 100 (đang là ${formatDecimalCell(band.minPercent)}).`);
      } else if (!hasAtMostTwoDecimals(band.minPercent)) {
        errors.push(`${where}: ngưỡng của mức "${label}" chỉ được có tối đa 2 chữ số thập phân.`);
      }
      const higher = bands[index - 1];
      if (higher && !(band.minPercent < higher.minPercent)) {
        errors.push(
          `${where}: ngưỡng của mức "${label}" (${formatDecimalCell(band.minPercent)}) phải thấp hơn ngưỡng của mức ` +
            `"${classificationLabel(higher.classification)}" (${formatDecimalCell(higher.minPercent)}); ` +
            'các mức sắp từ cao xuống thấp, không chồng lấn.',
        );
      }
      const rankOfHigher = higher ? CLASSIFICATIONS.indexOf(higher.classification) : -1;
      if (higher && CLASSIFICATIONS.indexOf(band.classification) < rankOfHigher) {
        errors.push(
          `${where}: mức "${label}" không được xếp dưới mức "${classificationLabel(higher.classification)}".`,
        );
      }
    });
    const lowest = bands[bands.length - 1];
    if (lowest.minPercent !== 0) {
      errors.push(
        `${where}: mức thấp nhất phải bắt đầu từ 0% để mọi kết quả đều được xếp loại (đang là ${formatDecimalCell(lowest.minPercent)}%).`,
      );
    }
  }
  return errors;
}

/**
 * The scheme in force for a year: the one with the latest `validFrom` not after that year.
 * @param schemes every scheme on record
 * @param year the ranking year
 * @returns the scheme, or null when none applies yet
 */
export function schemeInForce(schemes: readonly ClassificationScheme[], year: number): ClassificationScheme | null {
  let best: ClassificationScheme | null = null;
  for (const scheme of schemes) {
    if (scheme.validFrom <= year && (best === null || scheme.validFrom > best.validFrom)) best = scheme;
  }
  return best;
}

/**
 * Whether a class is the "nhóm xuất sắc" of the plan (III.1.a), i.e. the top band of the scheme in force.
 * With a block code, that block's top band; without, the top band shared by every block (false if they differ).
 * A missing class is the caller's "unknown", never a pass, so it is not accepted here.
 * @param classification the unit's class
 * @param scheme the scheme in force for the year
 * @param blockCode the unit's block, when known
 */
export function isExcellentGroup(
  classification: Classification,
  scheme: ClassificationScheme,
  blockCode?: string,
): boolean {
  const blocks = blockCode === undefined ? Object.values(scheme.blocks) : [blockOf(scheme, blockCode)];
  if (blocks.length === 0) return false;
  return blocks.every((block) => block !== undefined && block.bands.length > 0 && block.bands[0].classification === classification);
}
