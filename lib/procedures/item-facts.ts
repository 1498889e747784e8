import type { ItemRecord } from '../page-model';
import type { InstitutionProfile } from '../settings/profile';
import type { ItemListRow } from './context';
import { isWithdrawnLocation } from './profile-patterns';

/**
 * Facts about items shared by the item rules, the checklists and the OCLC holdings logic.
 */

/** Interlibrary-loan borrowing records live in this library; they are not the institution's copies. */
export const RESOURCE_SHARING_LIBRARY = 'RES_SHARE';

/** The volume number in a Description such as `v.3`, `pt.2` or `v.12A:no.4` (the first number), or null. */
export function descriptionNumber(description: string): string | null {
  const match = /\d+/.exec(description);
  return match ? normaliseNumber(match[0]) : null;
}

/** The number in an Enumeration A value such as `3`, `03` or `v.3`, or null. */
export function enumerationNumber(enumeration: string): string | null {
  return descriptionNumber(enumeration);
}

function normaliseNumber(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/**
 * A Description that reads like a sentence rather than a designation and number: more than three
 * words, longer than 30 characters, or a word of six or more letters ("volume", "Index") where an
 * abbreviation belongs. The thresholds are ours (the MVM procedure implies the check but states no threshold).
 */
export function isVerboseDescription(description: string): boolean {
  const text = description.trim();
  if (text === '') return false;
  return text.split(/\s+/).length > 3 || text.length > 30 || /\p{L}{6,}/u.test(text);
}

export function hasChronology(item: ItemRecord): boolean {
  return item.chronologyI.trim() !== '' || item.chronologyJ.trim() !== '';
}

/**
 * A row of the List of Items that still counts as the institution's copy: not in a withdrawn location,
 * not an interlibrary-loan borrowing record and, when the profile lists its libraries, in one of them.
 * Missing and lost items still count: the library holds them until they are withdrawn.
 */
export function isActiveRow(row: ItemListRow, profile: InstitutionProfile): boolean {
  if (isWithdrawnLocation(row.locationCode, profile)) return false;
  const library = row.libraryCode?.trim();
  if (library === RESOURCE_SHARING_LIBRARY) return false;
  if (library && profile.libraryCodes.length > 0 && !profile.libraryCodes.includes(library)) return false;
  return true;
}

/** The same test for the item open in the Physical Item Editor (which does not show the library). */
export function isActiveItem(item: ItemRecord, profile: InstitutionProfile): boolean {
  return !isWithdrawnLocation(item.permanentLocation.code, profile);
}

/** Key under which an item is remembered: its PID, or its barcode when the page shows no PID. */
export function itemKey(item: { itemId: string | null; barcode: string }): string | null {
  if (item.itemId && item.itemId.trim() !== '') return `id:${item.itemId.trim()}`;
  if (item.barcode.trim() !== '') return `barcode:${item.barcode.trim()}`;
  return null;
}
