import type { Role } from './roles';

/**
 * Who is acting: the signed-in user with the unit they belong to.
 * `unitPath` is the materialised path of the unit in the org tree ("/91/906/"), so a
 * subtree test is a prefix test, in SQL (`LIKE`) and here alike.
 */
export type Actor = {
  userId: string;
  role: Role;
  unitId: string;
  unitPath: string;
};

/** A record's place in the org tree, enough to decide scope. */
export type ScopedRecord = {
  unitId: string;
  unitPath: string;
};
