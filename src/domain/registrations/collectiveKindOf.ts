import type { CollectiveKind } from '../campaigns/campaignDefinition';
import type { OrgUnitKind } from '../orgUnits/orgUnitRows';

/**
 * The kind of participating collective (II.2.a) an org unit is, or null when it cannot take part. Specialised PAR units split by level: Phòng CCHC và TCPCP / Trung tâm PVHCC are provincial, the Phòng
 * Nội vụ of each district is district-level.
 */
export function collectiveKindOf(unit: { kind: OrgUnitKind; parUnitLevel: 'province' | 'district' | null }): CollectiveKind | null {
  switch (unit.kind) {
    case 'department':
    case 'district':
    case 'commune':
      return unit.kind;
    case 'par_unit':
      return unit.parUnitLevel === 'province' ? 'par_unit_province' : unit.parUnitLevel === 'district' ? 'par_unit_district' : null;
    default:
      // The province itself and central agencies located in the province are not II.2.a participants.
      return null;
  }
}
