import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { vietnameseSortKey } from '../../../domain/text/vietnameseSortKey';

/** A person's name and position as stored (NFC), with the folded search text and Vietnamese sort key derived from the name. */
export function personFields(input: { fullName: string; position: string }) {
  const fullName = input.fullName.normalize('NFC');
  const position = input.position.normalize('NFC');
  return { fullName, position, searchText: foldDiacritics(fullName), sortKey: vietnameseSortKey(fullName) };
}
