/** Until EligibilityPage takes it from the contract (import type from src/shared/contracts/orgUnits). */
export type { OrgUnit } from '../../../shared/contracts/orgUnits';
