import { ROLE_LABELS, ROLES } from '../../../domain/access/roles';
import type { SelectOption } from '../../components/SelectField';

/** Roles for a select, with their Vietnamese labels, in the order of SPEC §1. */
export const ROLE_OPTIONS: SelectOption[] = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
