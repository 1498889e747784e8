/**
 * The 008 (and 006) configuration a bibliographic record uses, from leader/06 (type of record)
 * and leader/07 (bibliographic level), as MARC 21 defines it:
 * https://www.loc.gov/marc/bibliographic/bd008.html
 */
export type MaterialType =
  | 'BK' // books
  | 'CF' // computer files
  | 'MP' // maps
  | 'MU' // music
  | 'CR' // continuing resources
  | 'VM' // visual materials
  | 'MX'; // mixed materials

export function materialTypeOf(leader: string): MaterialType | null {
  const type = leader.charAt(6);
  const level = leader.charAt(7);
  switch (type) {
    case 'a':
    case 't':
      return level === 'b' || level === 'i' || level === 's' ? 'CR' : 'BK';
    case 'm':
      return 'CF';
    case 'e':
    case 'f':
      return 'MP';
    case 'c':
    case 'd':
    case 'i':
    case 'j':
      return 'MU';
    case 'g':
    case 'k':
    case 'o':
    case 'r':
      return 'VM';
    case 'p':
      return 'MX';
    default:
      return null;
  }
}

/** Holdings records have leader/06 x (single-part), v (multipart), y (serial) or u (unknown). */
export function isHoldingsLeader(leader: string): boolean {
  return 'uvxy'.includes(leader.charAt(6)) && leader.charAt(6) !== '';
}
