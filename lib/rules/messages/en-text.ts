/**
 * English messages of the text, linking, holdings, item and procedure rules (punctuation, 880 linkage,
 * classification, 852, related records, the engine's own summaries). Merged into EN_RULE_MESSAGES (en.ts); same
 * conventions as there.
 */
export const EN_TEXT_RULE_MESSAGES = {
  'add-bib-not-network-linked.iz-only':
    'This bib is not linked to the Network Zone (Institution Zone only). Do not add copies to it: refer it to your tech lead or the cataloging unit (BadCat ticket or help address).',
  'add-bib-not-network-linked.iz-suffix':
    '001 {mmsId} ends in {suffix}, which marks a bib that exists only in the Institution Zone. Do not add copies to it: refer it to your tech lead or the cataloging unit (BadCat ticket or help address).',
  'del-related-record.related':
    'This bib is marked for deletion but {mark} shows it has related records. Do not delete it: remove the deletion mark.',
  'rel-related-record.related':
    '{mark}: this is a related (host or constituent) record. Do not delete it, and withdraw its items only through the related-records withdrawal procedure.',
  'rel-withdraw-related-record.related':
    'Stop: this bib is a related record ({mark}). Items on related records are not withdrawn this way; cancel and follow the related-records withdrawal procedure.',
  'rel-link-not-resolvable.one':
    "{tag} (occurrence {number}) $w {numbers}: it is neither an MMS ID (99...) nor an (OCoLC) number, so Alma may not link it: possible broken link. Add the related record's MMS ID or (OCoLC) number in $w.",
  'rel-link-not-resolvable.several':
    "{tag} (occurrence {number}) $w {numbers}: none is an MMS ID (99...) or an (OCoLC) number, so Alma may not link it: possible broken link. Add the related record's MMS ID or (OCoLC) number in $w.",
  'hol-852-class-part-missing.no-h':
    '852 (occurrence {number}) has no $h. Enter the class part of the call number in $h and the item part in $i.',
  'hol-852-class-part-missing.from-050':
    '852 (occurrence {number}) has no $h. The bib\'s 050 gives "{classPart} {itemPart}": put "{classPart}" in $h and "{itemPart}" in $i.',
  'hol-852-class-part-missing.from-050-class':
    '852 (occurrence {number}) has no $h. The bib\'s 050 gives "{classPart}": put "{classPart}" in $h.',
  'hol-852-indicator-lc.not-lc':
    '852 (occurrence {number}) $h "{classPart}" looks like a Library of Congress call number but the first indicator is {ind1:value}. Set the first indicator to 0.',
  'hol-852-location-missing.no-852':
    'The holdings record has no 852. Add 852 (first indicator 0) with $b library and $c location chosen from the lists.',
  'hol-852-location-missing.no-b':
    '852 (occurrence {number}) has no $b (library). Choose the library from the list in the 852 editor.',
  'hol-852-location-missing.no-c':
    '852 (occurrence {number}) has no $c (location). Choose the location from the list in the 852 editor.',
  'hol-template-mismatch.leader-06':
    'Leader/06 is "{type}" but the templates use x (single-part), v (multipart) or y (serial). Start the holdings from the matching template.',
  'hol-template-mismatch.008-position':
    '008 differs from the holdings template at position {positions}. Unless you changed them on purpose, start from the template (008 "{template}" from position 06).',
  'hol-template-mismatch.008-positions':
    '008 differs from the holdings template at positions {positions}. Unless you changed them on purpose, start from the template (008 "{template}" from position 06).',
} as const;
