/**
 * English messages of the text, linking, holdings, item and procedure rules (punctuation, 880 linkage,
 * classification, 852, related records) and of the engine's own findings (ids "engine.*": the time-budget
 * notice). Merged into EN_RULE_MESSAGES (en.ts); same conventions as there.
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
  'item-barcode-scanned-early.copy-id':
    'The barcode is filled while Copy ID is still empty. A scanner sends Enter, which saves and closes the item: fill those fields first and scan the barcode last.',
  'item-barcode-scanned-early.material-type':
    'The barcode is filled while Material type is still empty. A scanner sends Enter, which saves and closes the item: fill those fields first and scan the barcode last.',
  'item-barcode-scanned-early.item-policy':
    'The barcode is filled while Item policy is still empty. A scanner sends Enter, which saves and closes the item: fill those fields first and scan the barcode last.',
  'item-barcode-scanned-early.copy-id-material-type':
    'The barcode is filled while Copy ID, Material type are still empty. A scanner sends Enter, which saves and closes the item: fill those fields first and scan the barcode last.',
  'item-barcode-scanned-early.copy-id-item-policy':
    'The barcode is filled while Copy ID, Item policy are still empty. A scanner sends Enter, which saves and closes the item: fill those fields first and scan the barcode last.',
  'item-barcode-scanned-early.material-type-item-policy':
    'The barcode is filled while Material type, Item policy are still empty. A scanner sends Enter, which saves and closes the item: fill those fields first and scan the barcode last.',
  'item-barcode-scanned-early.all':
    'The barcode is filled while Copy ID, Material type, Item policy are still empty. A scanner sends Enter, which saves and closes the item: fill those fields first and scan the barcode last.',
  'item-profile-pattern-invalid.withdrawn-location':
    'The institution profile\'s withdrawn-location pattern "{pattern}" cannot be used ({error}), so withdrawn locations are not recognised. Correct it on the options page.',
  'item-profile-pattern-invalid.barcode':
    'The institution profile\'s barcode pattern "{pattern}" cannot be used ({error}), so barcodes are not checked. Correct it on the options page.',
  'item-profile-pattern-invalid.mvm-description':
    'The institution profile\'s multi-volume Description pattern "{pattern}" cannot be used ({error}), so volume descriptions are not checked. Correct it on the options page.',
  'item-profile-pattern-invalid.deposit-work-order':
    'The institution profile\'s deposit work-order pattern "{pattern}" cannot be used ({error}), so the NRLF workflow is not recognised. Correct it on the options page.',
  'holdings-leader-record-type.not-holdings':
    'Leader/06 (Type of record) is {value} in a holdings record. Use x (single-part item), v (multipart item), y (serial item) or u (unknown).',
  'holdings-leader-record-type.bib-type':
    'Leader/06 (Type of record) is {value} in a holdings record. That is a bibliographic type of record: this leader may have been copied from a bib record. Use x (single-part item), v (multipart item), y (serial item) or u (unknown).',
  'call-number-scheme-852.no-2':
    '{field}, indicator 1 is 7 (scheme named in $2) but there is no $2. Add $2 with the classification source code, or set the indicator to the scheme used.',
  'call-number-scheme-852.2-without-7':
    '{field}, indicator 1 is "{ind1}" but $2 names a scheme ("{source}"). Set indicator 1 to 7, or remove $2.',
  'call-number-scheme-852.lc-looks-nlm':
    '{field}, indicator 1 is 0 (Library of Congress) but $h {value} does not look like Library of Congress classification. It looks like National Library of Medicine: set indicator 1 to 2.',
  'call-number-scheme-852.lc-looks-dewey':
    '{field}, indicator 1 is 0 (Library of Congress) but $h {value} does not look like Library of Congress classification. It looks like Dewey Decimal: set indicator 1 to 1.',
  'call-number-scheme-852.lc-unknown':
    '{field}, indicator 1 is 0 (Library of Congress) but $h {value} does not look like Library of Congress classification. Check $h, or set indicator 1 to the scheme used (8 other, blank unknown).',
  'call-number-scheme-852.dewey-looks-nlm':
    '{field}, indicator 1 is 1 (Dewey Decimal) but $h {value} does not look like Dewey Decimal classification. It looks like National Library of Medicine: set indicator 1 to 2.',
  'call-number-scheme-852.dewey-unknown':
    '{field}, indicator 1 is 1 (Dewey Decimal) but $h {value} does not look like Dewey Decimal classification. Check $h, or set indicator 1 to the scheme used (8 other, blank unknown).',
  'call-number-scheme-852.nlm-looks-dewey':
    '{field}, indicator 1 is 2 (National Library of Medicine) but $h {value} does not look like National Library of Medicine classification. It looks like Dewey Decimal: set indicator 1 to 1.',
  'call-number-scheme-852.nlm-unknown':
    '{field}, indicator 1 is 2 (National Library of Medicine) but $h {value} does not look like National Library of Medicine classification. Check $h, or set indicator 1 to the scheme used (8 other, blank unknown).',
  'caption-pattern-links.caption-no-8':
    '{field} has no $8 (link number). Add $8 with a number, e.g. "1", and use it in the {enumerationTag} $8 ("1.1").',
  'caption-pattern-links.caption-bad-link':
    '{subfield}: {value} is not a link number; it must be a whole number such as "1".',
  'caption-pattern-links.caption-duplicate':
    '{subfield}: link number {link} is used by another {tag}. Give each caption and pattern its own number.',
  'caption-pattern-links.enumeration-no-8':
    '{field} has no $8. Add $8 with the {captionTag} link number and a sequence number, e.g. "1.1".',
  'caption-pattern-links.enumeration-bad-link':
    '{subfield}: {value} must be the {captionTag} link number, a period and a sequence number, e.g. "1.1".',
  'caption-pattern-links.enumeration-unknown-link':
    '{subfield}: "{value}" uses link number {link}, but no {captionTag} has $8 "{link}". Add that {captionTag}, or correct the link number.',
  'dewey-082.no-decimal-point': '{subfield}: {value} needs a decimal point after the third digit (e.g. "025.3").',
  'dewey-082.no-edition': '{field} has no $2 (edition number). Add $2 with the DDC edition used, e.g. "23".',
  'dewey-082.not-edition': '{subfield}: {value} is not an edition number. Record the DDC edition in digits, e.g. "23".',
  'dewey-082.beyond-full':
    '{subfield}: edition {edition} is beyond the latest full edition ({latest}). Check $2 and indicator 1 (0 full, 1 abridged).',
  'dewey-082.beyond-abridged':
    '{subfield}: edition {edition} is beyond the latest abridged edition ({latest}). Check $2 and indicator 1 (0 full, 1 abridged).',
  'lc-classification-050.not-class':
    '{subfield}: {value} does not look like an LC class number (capital letters then digits, e.g. "QA76.73"). Correct it, or use 090/099 for a local number.',
  'lc-classification-050.no-item-number':
    '{field} has a class number but no $b (item number). Add the Cutter and date in $b, e.g. ".T45 2005".',
  'standard-identifier-024.not-upc':
    '{subfield}: indicator 1 is 1, so $a must be an UPC (12 digits), but it is {value}. Correct the number or indicator 1 (8 = unspecified type).',
  'standard-identifier-024.not-ean':
    '{subfield}: indicator 1 is 3, so $a must be an EAN (13 digits), but it is {value}. Correct the number or indicator 1 (8 = unspecified type).',
  'standard-identifier-024.not-ismn':
    '{subfield}: indicator 1 is 2, so $a must be an ISMN (979-0 and nine digits, or M and nine digits), but it is {value}. Correct the number or indicator 1 (8 = unspecified type).',
  'standard-identifier-024.check-digit':
    '{subfield}: {number} has a bad check digit (expected {expected}). Correct the number, or move a number printed wrongly on the item to $z.',
  'first-subfield-a.not-first':
    '{field}: the first data subfield must be $a, but it is {sub}. Put the main element in $a at the front.',
  'first-subfield-a.no-data': '{field} has no data subfields. Add $a.',
  'first-subfield-a.246-i-not-first': '{subfield}: the display text must be the first subfield. Move $i to the front.',
  'first-subfield-a.246-i-colon':
    '{subfield}: the display text must end with ":" (no space before it), e.g. "Title on container:".',
  'first-subfield-a.246-a-not-first':
    '{field}: $a (the varying title) must come first, or right after $i. Move it there.',
  'title-first-subfield.only-6': '{field} has only $6; add the title in $a after it.',
  'title-first-subfield.6-not-first':
    '{field}: $6 (linkage) must be the first subfield, but the field starts with {sub}. Move $6 to the front.',
  'title-first-subfield.not-a-after-6':
    '{field}: the subfield after $6 must be $a (title), but it is {sub}. Put the title proper in $a right after $6.',
  'title-first-subfield.no-subfields': '{field} has no subfields. Add the title proper in $a.',
  'title-first-subfield.not-a-first':
    '{field}: the first subfield must be $a (title proper), but it is {sub}. Move the title proper to the front in $a.',
  'linkage-880-pairs.number-used':
    '{subfield}: occurrence number {pair} is already used by 880 occurrence {earlier}. Give each pair its own number.',
  'linkage-880-pairs.no-back-link':
    '{subfield}: no {linked} in the record carries $6 "880-{pair}" to link back. Add it to the {linked}, or use occurrence number 00 for an 880 without partner.',
  'linkage-880-pairs.tag-differs':
    '{subfield}: links to {linked}, but the field that links back with "880-{pair}" is a {partner}. Make the tag in $6 match the partner field.',
  'linkage-880-pairs.no-880':
    '{subfield}: "880-{pair}" links to an 880 that is not in the record. Add the 880 with $6 "{tag}-{pair}", or remove this $6.',
  'linkage-880-subfield-6.not-linkage':
    '{subfield}: {value} is not a linkage; it must be the linked tag, a hyphen and a two-digit occurrence number (e.g. "{example}-01"), optionally followed by "/" and a script code.',
  'linkage-880-subfield-6.no-6':
    '{field} has no $6. Add $6 with the tag and occurrence number of the field it represents (e.g. "245-01"), as the first subfield.',
  'nonfiling-indicator.article':
    '{field}, indicator {indicator}: $a starts with the article "{word}", so the non-filing indicator should be {length} but it is "{value}". Set it to {length}, or to 0 if "{word}" is not an article here.',
  'nonfiling-indicator.article-too-long':
    '{field}, indicator {indicator}: $a starts with the article "{word}", so the non-filing indicator should be {length} but it is "{value}". The article is too long to skip (maximum 9); drop it from the title or set 0.',
  'nonfiling-indicator.article-elsewhere':
    '{field}, indicator {indicator}: "{word}" is an article in {languages} but not in the record\'s language ({language}), so the non-filing indicator should be 0, or {length} if the title is in one of those languages; it is "{value}".',
  'nonfiling-indicator.not-article':
    '{field}, indicator {indicator}: the non-filing indicator is {value}, but the first word "{word}" is not an initial article. Set it to 0 unless the title begins with an article.',
  'nonfiling-indicator.not-article-in':
    '{field}, indicator {indicator}: the non-filing indicator is {value}, but the first word "{word}" is not an initial article in {language}. Set it to 0 unless the title begins with an article.',
  'nonfiling-indicator.no-first-word':
    '{field}, indicator {indicator}: the non-filing indicator is {value}, but the first word (none) is not an initial article. Set it to 0 unless the title begins with an article.',
  'nonfiling-indicator.no-first-word-in':
    '{field}, indicator {indicator}: the non-filing indicator is {value}, but the first word (none) is not an initial article in {language}. Set it to 0 unless the title begins with an article.',
  'nonfiling-indicator.not-digit':
    '{field}, indicator {indicator}: the non-filing indicator is "{value}", which is not a digit. Set it to 0, or to the number of characters of the initial article and its space.',
  'heading-punctuation.no-final-period':
    '{subfield} ends the heading and should end with a period (or ?, !, -, a quote or closing parenthesis). Add the final period.',
  'heading-punctuation.qualifier-period':
    '{subfield} ends with ")."; a heading ending in a parenthetical qualifier takes no period. Remove the period.',
  'heading-punctuation.relator-comma':
    '{subfield}: a relator term must be preceded by a comma (or hyphen) at the end of {previous}. Add ",".',
  'heading-punctuation.language-period':
    '{subfield}: the language must be preceded by a period at the end of {previous}. Add ".".',
  'isbd-punctuation.before-colon': '{subfield} must be preceded by " :" at the end of {previous}. Add it there.',
  'isbd-punctuation.before-semicolon': '{subfield} must be preceded by " ;" at the end of {previous}. Add it there.',
  'isbd-punctuation.before-comma': '{subfield} must be preceded by "," at the end of {previous}. Add it there.',
  'isbd-punctuation.before-period': '{subfield} must be preceded by "." at the end of {previous}. Add it there.',
  'isbd-punctuation.before-colon-semicolon-or-equals':
    '{subfield} must be preceded by " :", " ;" or " =" at the end of {previous}. Add it there.',
  'isbd-punctuation.before-plus': '{subfield} must be preceded by " +" at the end of {previous}. Add it there.',
  'isbd-punctuation.end-period': '{subfield} is the end of the field and must end with a period. Add it.',
  'isbd-punctuation.end-period-or-closing':
    '{subfield} is the end of the field and must end with a period (or a closing bracket, parenthesis or hyphen). Add it.',
  'title-subfield-punctuation.c-slash':
    '{subfield}: the statement of responsibility must be preceded by " /" at the end of the previous subfield. Add " /" there.',
  'title-subfield-punctuation.c-spaced-initials':
    '{subfield}: initials should not be separated by a space (write "J.R.R. Tolkien", not "J. R. R. Tolkien").',
  'title-subfield-punctuation.b-mark':
    '{subfield}: the remainder of title must be preceded by " :", " ;" or " =" at the end of the previous subfield. Add the mark that fits (usually " :").',
  'title-subfield-punctuation.h-space':
    '{subfield}: the medium must not be preceded by a space. Remove the space at the end of the previous subfield.',
  'title-subfield-punctuation.h-brackets':
    '{subfield}: the medium must be enclosed in square brackets, e.g. "[videorecording]".',
  'title-subfield-punctuation.n-period':
    '{subfield}: the number of part must be preceded by a period at the end of the previous subfield. Add ".".',
  'title-subfield-punctuation.p-comma':
    '{subfield}: a part name after $n must be preceded by a comma at the end of $n. Add ",".',
  'title-subfield-punctuation.p-period':
    '{subfield}: the part name must be preceded by a period at the end of the previous subfield. Add ".".',
  'engine.budget-exceeded':
    'This record is too large or unusual to check live: the checks stopped at their time limit after {ran} of {total}. Choose "Check this record now" to run every check without the time limit, or correct that field first.',
  'engine.budget-exceeded-subfields':
    'This record is too large or unusual to check live: the checks stopped at their time limit after {ran} of {total}. Its largest field is {tag} ({size:number} subfields). Choose "Check this record now" to run every check without the time limit, or correct that field first.',
  'engine.budget-exceeded-characters':
    'This record is too large or unusual to check live: the checks stopped at their time limit after {ran} of {total}. Its largest field is {tag} ({size:number} characters). Choose "Check this record now" to run every check without the time limit, or correct that field first.',
  // The engine's summary of many findings of one rule in one field (engine.ts cappedText). {capTitle:text} is the
  // rule's English title, named by the English text only: the German says "the same check" (rule titles are not
  // shipped to the content script, where the panel localizes messages).
  'engine.capped':
    '{label}: {capCount:number} findings of "{capTitle:text}" in this field, shown as one; the first: {capFirst:message}',
  'engine.capped-field':
    'This field: {capCount:number} findings of "{capTitle:text}" in this field, shown as one; the first: {capFirst:message}',
} as const;
