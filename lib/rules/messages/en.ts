import { EN_CODE_RULE_MESSAGES } from './en-codes';
import { EN_TEXT_RULE_MESSAGES } from './en-text';

/**
 * Rule messages in English, by message id (`<rule id>.<case>`). `{name}` takes the finding's parameter `name`;
 * `{field}` and `{subfield}` name the place from the parameters `tag`, `occurrence` (0-based) and `code`
 * ("Field 245 (occurrence 1)", "Field 020 (occurrence 1), $a"); `{sub}` is "$" and the code. Every id here must be in de.ts too (the type
 * there demands it, tests/unit/rules/messages/catalogs.test.ts checks the placeholders).
 */
export const EN_RULE_MESSAGES = {
  ...EN_CODE_RULE_MESSAGES,
  ...EN_TEXT_RULE_MESSAGES,
  'place.field': 'Field {tag} (occurrence {number})',
  'place.subfield': 'Field {tag} (occurrence {number}), {sub}',
  'place.for': 'for {for}',
  'word.blank': 'blank',
  'word.nothing': 'nothing',
  'word.or': '{first} or {last}',
  'word.first': 'first',
  'word.second': 'second',

  'undefined-subfield.not-allowed':
    '{label}: subfield {sub} is not allowed in {definedTag} ({name:marc}). Check the code for a typo or move the text to the subfield it belongs in.',
  'non-repeatable-field.repeated':
    '{label}: field {definedTag} ({name:marc}) is not repeatable, but the record has {total} and this is the {nth:ordinal}. Merge them into one field or delete the extra one.',
  'non-repeatable-field.repeated-880':
    '{label}: field {definedTag} ({name:marc}) is not repeatable, but this is the {nth:ordinal} 880 linked to {definedTag}. Merge them into one field or delete the extra one.',
  'non-repeatable-subfield.repeated':
    '{label}: subfield {sub} is not repeatable in {definedTag}, but this is the {nth:ordinal} {sub}. Merge the text into one {sub} or move it to the subfield it belongs in.',
  'undefined-tag.link-bib':
    '{label}: its $6 links it to tag {linked}, which is not defined in MARC 21 for bibliographic records. Correct the tag in $6.',
  'undefined-tag.link-holdings':
    '{label}: its $6 links it to tag {linked}, which is not defined in MARC 21 for holdings records. Correct the tag in $6.',
  'undefined-tag.local-off':
    '{label} is a locally defined tag (9XX or X9X), and local tags are turned off in the settings. Move the data to a MARC 21 field or allow local tags.',
  'undefined-tag.undefined-bib':
    '{label}: tag {tag} is not defined in MARC 21 for bibliographic records. Check it for a typo; put local data in a 9XX field.',
  'undefined-tag.undefined-holdings':
    '{label}: tag {tag} is not defined in MARC 21 for holdings records. Check it for a typo; put local data in a 9XX field.',
  'physical-description-present.missing':
    'The record has no 300 (physical description). Add 300 $a with the extent, e.g. "xii, 345 pages" or "1 online resource".',
  'title-ending-period.after-mark':
    '{subfield} ends with "{end}". MARC 21 accepts that, but LCRI 1.0C / LC-PCC PS 1.7.1 also want a closing period: add "." unless your practice differs.',
  'title-ending-period.missing':
    '{subfield}: the title statement must end with a period, but it ends with "{end}". Add a period at the end.',
  'title-ending-period.missing-cut':
    '{subfield}: the title statement must end with a period, but it ends with "{end}". Complete or correct the end of the field, then end it with a period.',
  'oclc-cataloging-source.missing':
    'The record has no 040 (cataloging source). Add 040 with $a and $c (your MARC organization code or OCLC symbol), e.g. "$a DLC $b eng $c DLC".',
  'oclc-cataloging-source.no-a':
    "{field} has no $a (original cataloging agency). Add $a with the agency's MARC code or OCLC symbol.",
  'oclc-cataloging-source.no-c':
    "{field} has no $c (transcribing agency). Add $c with the agency's MARC code or OCLC symbol.",
  'item-barcode-missing.empty':
    'Barcode is empty: Alma will generate a temporary barcode when you save (Generate shows it first). Scan the circulation barcode instead, as the last step.',
  'item-copy-id-missing.empty':
    "Copy ID is empty. Enter 1 for the library's first copy of this title, or the next number after the copies already in that library.",
  'item-barcode-format.mismatch':
    'Barcode "{barcode}" does not match the institution\'s barcode format ({pattern}). Rescan the item\'s own circulation barcode.',
  'item-type-and-policy.no-material-type':
    'Material type is empty. Choose the type of the piece (e.g. Book) from the list.',
  'item-type-and-policy.no-item-policy': 'Item policy is empty. Choose the loan policy for this copy from the list.',
  'item-temporary-location-off.unused':
    'Temporary location {location} is set but "Item is in temporary location" is No, so it has no effect. Set it to Yes, or clear the temporary location.',
  'oclc-number-single.duplicate':
    '{subfield}: "{value}" repeats the OCLC number already in an earlier 035 $a. Delete this duplicate 035.',
  'oclc-number-single.second':
    '{subfield}: "{value}" is a second OCLC number (the record already has "{other}" in 035 $a). Keep the current WorldCat number in $a and move the other to $z (cancelled/merged number).',
  'rda-publication-264.uses-260':
    '{field}: the record is RDA (040 $e rda) but records publication in 260. Use 264 with indicator 2 = 1 (publication), and a separate 264 #4 for a copyright date.',
  'publisher-number-028.no-b': '{field} has no $b (source: the label or publisher). Add $b after the number.',
  'one-main-entry.second':
    '{field} is a second main entry: the record already has {first}, and only one 1XX is allowed (found {count}). Change it to the matching added entry (7XX) or delete it.',
  'one-main-entry.second-control':
    '{field} is a second main entry: the record already has {first}, and only one 1XX is allowed (found {count}). A main entry is a data field; move or delete it.',
  'oclc-number-form.invalid':
    '{subfield}: {value} is not a valid OCLC number form. Write "(OCoLC)" directly followed by the number: ocm and 8 digits, ocn and 9 digits, on and 10 or more digits, or digits only; check the number in WorldCat.',
  'oclc-number-form.invalid-corrected':
    '{subfield}: {value} is not a valid OCLC number form. Write "(OCoLC)" directly followed by the number: ocm and 8 digits, ocn and 9 digits, on and 10 or more digits, or digits only ("{corrected}").',
  'add-bib-suppressed.suppressed':
    'This bib is suppressed from discovery. If you are adding a copy, do not attach it here: refer the bib to your tech lead or the cataloging unit.',
  'del-still-network-linked.linked':
    'This bib is marked for deletion but is still linked to the Network Zone. Unlink it first with Record Actions > Copy to Catalog (a house icon then shows); Delete Record sits just below, so take care.',
  'del-has-inventory.item':
    'This bib is marked for deletion but still has {count} item, so it is not eligible. Withdraw or relink the items, delete the empty holdings, and close or cancel any PO line first.',
  'del-has-inventory.items':
    'This bib is marked for deletion but still has {count} items, so it is not eligible. Withdraw or relink the items, delete the empty holdings, and close or cancel any PO line first.',
  'add-no-call-number-source.none':
    'No usable call number: the holdings 852 has no $h and the bib has no 050 or 090 to derive one from. Shelflist the piece and enter the call number in 852 $h/$i, or refer it.',
  'del-withdrawn-items.withdrawn':
    'This bib is marked for deletion but {count} of its items are in a withdrawn location ({location}). This is a withdrawal, not a deletion: remove the deletion mark and keep the records.',
  'hol-shared-print-without-561.missing':
    '583 (occurrence {number}) records a shared-print commitment but the holdings have no 561. Add the 561 ownership note the programme requires.',
  'add-multi-volume-set.set':
    '300 "{extent}" describes a multi-volume set. Follow the multi-volume monograph procedure: add a volume only if 020/505 already cover it, give each item its volume in Description (e.g. v.3) and Enumeration A.',
  'relink-source-left-empty.empty':
    'This bib has no items left. If it was the SOURCE of a relink and has no other holdings or open PO line, mark it for deletion (unlink it from the Network Zone first).',
  'hol-multipart-without-866.multipart':
    'These multipart (leader/06 v) holdings have no 866. Add an 866 $a summary of the volumes held (Z39.71, e.g. "v.1-3"). Shelf-ready sets are the one exception.',
  'hol-multipart-without-866.serial':
    'These serial (leader/06 y) holdings have no 866. Add an 866 $a summary of the volumes held (Z39.71, e.g. "v.1-3").',
  'relink-call-number-differs.differs':
    '852 (occurrence {number}) $h "{classPart}" differs from the bib\'s 050 $a "{bibClass}". If these holdings were relinked to this bib, update 852 $h/$i to match 050.',
  'add-res-share-holdings.borrowing':
    '852 (occurrence {number}) $b is {library}: this is an interlibrary-loan borrowing record. Do not add copies here; use or create holdings in your own library.',
  'relink-gobi-brief-bib.brief':
    'The title is in capitals and item barcode {barcode} starts with "{prefix}": this looks like a shelf-ready (GOBI) brief bib that the vendor record will overlay. Do not relink its items or PO lines to another bib.',
  'country-code-008.obsolete':
    'Field 008, positions 15-17: {code} is a discontinued code in the MARC Code List for Countries (obsolete, not unknown). Replace it with the current code from the MARC Code List for Countries.',
  'country-code-008.unknown':
    'Field 008, positions 15-17: {code} is not in LC\'s MARC Code List for Countries as of {date}. Use a valid code (two-letter codes are followed by a blank, e.g. "fr#"; "xx#" if unknown).',
  'language-code-008.obsolete':
    'Field 008, positions 35-37: "{code}" is a discontinued code in the MARC Code List for Languages (obsolete, not unknown). Replace it with the current code from the MARC Code List for Languages.',
  'language-code-008.unknown':
    'Field 008, positions 35-37: "{code}" is not in LC\'s MARC Code List for Languages as of {date}. Use a valid code ("und" if undetermined, "zxx" if no linguistic content).',
  'cataloging-language-040.obsolete':
    '{subfield}: "{code}" is a discontinued code in the MARC Code List for Languages (obsolete, not unknown). Replace it with the current MARC code.',
  'cataloging-language-040.unknown':
    '{subfield}: {code} is not in LC\'s MARC Code List for Languages as of {date}. Use the code of the language of cataloging, e.g. "eng".',
  'geographic-area-043.length':
    '{subfield}: {value} must be exactly 7 characters, padded with hyphens (e.g. "n-us---").',
  'geographic-area-043.obsolete':
    '{subfield}: "{value}" is a discontinued code in the MARC Code List for Geographic Areas (obsolete, not unknown). Replace it with the current code.',
  'geographic-area-043.unknown':
    '{subfield}: "{value}" is not in LC\'s MARC Code List for Geographic Areas as of {date}. Correct the code.',
  'language-agreement-008-041.differs':
    '{subfield}: the first language code "{first}" differs from 008/35-37 "{fixed}"; both record the language of the item. Correct whichever is wrong.',
  'rda-content-carrier.no-336':
    'The record is RDA (040 $e rda) but has no 336 (content type). Add 336 e.g. "text $b txt $2 rdacontent".',
  'rda-content-carrier.no-337':
    'The record is RDA (040 $e rda) but has no 337 (media type). Add 337 e.g. "unmediated $b n $2 rdamedia".',
  'rda-content-carrier.no-338':
    'The record is RDA (040 $e rda) but has no 338 (carrier type). Add 338 e.g. "volume $b nc $2 rdacarrier".',
  'holdings-type-content.single-part':
    'Leader/06 is x (single-part item) but the record has {tag}, which describes the parts of a multipart item or serial. Set leader/06 to v (multipart) or y (serial), or remove the {tag}.',
  'oclc-fixed-field-required.missing':
    'The record has no 008 (fixed-length data elements). Add an 008 with the 008 form editor (dates, place, language).',
  'rein-still-suppressed.bib-item':
    'This bib is suppressed from discovery but has {count} active item. If an item was reinstated, unsuppress the bib (Record Actions > Suppress from Discovery).',
  'rein-still-suppressed.bib-items':
    'This bib is suppressed from discovery but has {count} active items. If an item was reinstated, unsuppress the bib (Record Actions > Suppress from Discovery).',
  'rein-still-suppressed.holdings-item':
    'This holdings record is suppressed from discovery but has {count} active item. If an item was reinstated, unsuppress the holdings record (Record Actions > Suppress from Discovery).',
  'rein-still-suppressed.holdings-items':
    'This holdings record is suppressed from discovery but has {count} active items. If an item was reinstated, unsuppress the holdings record (Record Actions > Suppress from Discovery).',
  'relink-millennium-order.one':
    'Item {item} has the Millennium PO line {poLine}. Such orders behave unpredictably when relinked: confirm with acquisitions first, or open a BadCat ticket if in doubt.',
  'relink-millennium-order.more':
    'Item {item} has the Millennium PO line {poLine} and {more} more. Such orders behave unpredictably when relinked: confirm with acquisitions first, or open a BadCat ticket if in doubt.',
  'pred-withdraw-received-item.one':
    'Item {item} was received on PO line {poLine}. Withdraw a received issue only if it was received in error on a closed order; otherwise cancel.',
  'pred-withdraw-received-item.more':
    'Item {item} was received on PO line {poLine} (and {more} more). Withdraw a received issue only if it was received in error on a closed order; otherwise cancel.',
  'item-description-single-volume.filled':
    'Description "{description}" is filled but the bib is a single-volume monograph. Clear it: a copy number belongs in Copy ID, notes in a note field.',
  'item-in-withdrawn-location.withdrawn':
    'Permanent location {location} is a withdrawn location. To put this copy back into use, follow the reinstatement procedure: selector approval, real location, holdings and suppression, check-in, WorldCat holding.',
  'item-millennium-withdrawn.zw':
    'Permanent location "zw" marks an item withdrawn in Millennium, owned by MAIN. Unless you are scoped to MAIN, refer it to the cataloging unit for reinstatement.',
  'item-nrlf-work-order.in-deposit':
    'Process type {processType}: this item is in the NRLF deposit workflow and shows as unavailable. Keep it with its set, and follow the NRLF deposit procedure.',
  'item-pieces-without-fulfillment-note.empty':
    'Pieces is {count} but the Fulfillment note is empty. In Fulfillment note (Notes tab) say what the {count} pieces are, e.g. "1 book + 2 CDs", so the desk can check that all of them go out and come back.',
  'item-pulled-without-work-order.no-process-type':
    'An internal note ("{note}") says the item is going to NRLF, but it has no process type, so patrons still see it as available. Scan it into the NRLF deposit work order.',
  'item-copy-id-duplicate.in-library':
    'Copy ID {copyId} is already used in library {where} on this bib (item {item}). Give this copy the next unused number.',
  'item-copy-id-duplicate.in-location':
    'Copy ID {copyId} is already used in location {where} on this bib (item {item}). Give this copy the next unused number.',
  'mvm-description-format.format':
    'Description "{description}" does not follow the volume format ({pattern}). Write the designation and number only, e.g. {example}.',
  'mvm-description-missing.empty':
    'The bib is a multi-volume set but Description is empty. Enter the volume designation and number, e.g. {example}.',
  'mvm-description-verbose.text':
    'Description "{description}" reads like text rather than a volume designation. Keep only the designation and number (e.g. v.3); move titles or notes to the bib\'s 505 or a public note.',
  'mvm-enumeration-mismatch.empty':
    'Enumeration A is empty while Description "{description}" gives volume {volume}. Set Enumeration A to {volume}.',
  'mvm-enumeration-mismatch.differs':
    'Enumeration A "{enumeration}" does not match while Description "{description}" gives volume {volume}. Set Enumeration A to {volume}.',
  'field-008-length.bib-short':
    '008 is {length} characters long ({value}); a bibliographic 008 has exactly {expected}. Fill the missing positions (use the 008 form editor to see each position).',
  'field-008-length.bib-long':
    '008 is {length} characters long ({value}); a bibliographic 008 has exactly {expected}. Remove the extra characters (use the 008 form editor to see each position).',
  'field-008-length.holdings-short':
    '008 is {length} characters long ({value}); a holdings 008 has exactly {expected}. Fill the missing positions (use the 008 form editor to see each position).',
  'field-008-length.holdings-long':
    '008 is {length} characters long ({value}); a holdings 008 has exactly {expected}. Remove the extra characters (use the 008 form editor to see each position).',
  'leader-length.short':
    'Leader is {length} characters long ({value}); MARC 21 requires exactly 24. Check it position by position and add the missing positions.',
  'leader-length.long':
    'Leader is {length} characters long ({value}); MARC 21 requires exactly 24. Check it position by position and remove the extra characters.',
  'tag-format.invalid':
    'Field {number} has the tag {value}; a tag is exactly three characters, normally digits (e.g. 245, 650, 9XX for local fields). Correct the tag.',
  'record-length-oclc.too-long':
    'The record is {characters:number} characters long; OCLC accepts at most {limit:number}. Remove or shorten long fields (e.g. 505, 520) before exporting to OCLC.',
  'empty-field.no-subfields': '{label} has no subfields. Fill it in or delete the field.',
  'empty-field.empty': '{label} is empty. Fill it in or delete the field.',
  'holdings-008-language-code.obsolete':
    '008/22-24 (Language) is {code}, a discontinued code in the MARC Code List for Languages (obsolete, not unknown). Replace it with the current code.',
  'holdings-008-language-code.unknown':
    "008/22-24 (Language) is {code}, which is not in LC's MARC Code List for Languages as of {date}. Check the code; leave it blank when the captions have no language.",
  'mvm-chronology-on-monograph.i':
    'Chronology I is "{value}" but the bib is a monograph, where item chronology is not used. Clear Chronology I; the volume goes in Description and Enumeration A.',
  'mvm-chronology-on-monograph.j':
    'Chronology J is "{value}" but the bib is a monograph, where item chronology is not used. Clear Chronology J; the volume goes in Description and Enumeration A.',
  'issn.not-issn':
    '{subfield}: {value} is not an ISSN (four digits, hyphen, three digits and a check digit or X). Correct it, or move an incorrect ISSN to $y.',
  'issn.bad-check':
    '{subfield}: ISSN {issn} has a bad check digit (expected {expected}). Correct it, or move an incorrect ISSN to $y.',
  'issn.form':
    '{subfield}: write the ISSN as {issn}, with a hyphen, an upper-case X and nothing before it (found {value}).',
  'invalid-indicator.not-allowed':
    '{label}: the {indicator:indicator} indicator is {value:value}, but {definedTag} allows only {allowed:values} there. Correct the indicator.',
  'obsolete-indicator.obsolete':
    '{label}: the {indicator:indicator} indicator {value:value} is obsolete in {definedTag}.',
  'obsolete-indicator.obsolete-use':
    '{label}: the {indicator:indicator} indicator {value:value} is obsolete in {definedTag}. Use a current value: {allowed:values}.',
  'obsolete-subfield.obsolete':
    '{label}: subfield {sub} is obsolete in {definedTag}. Move its text to the current subfield (see the MARC 21 page for {definedTag}).',

  'oclc-cataloging-language.missing':
    '{field} has no $b (language of cataloging), which OCLC\'s input standards require. Add $b with the language the record is written in, e.g. "eng" for English.',

  'title-required.missing': 'The record has no 245 (title statement). Add a 245 with the title in $a.',
  'title-required.no-a': '{field} has no $a (title). Add the title proper in $a as the first subfield.',

  'isbn.bad-start':
    '{subfield}: {value} has characters other than the ISBN digits at its start (hyphens, spaces or a label). Record the ISBN as digits only, followed by any qualifier.',
  'isbn.unspaced-qualifier':
    '{subfield}: the qualifier in {value} must follow the number after one space, e.g. "0306406152 (pbk.)".',
  'isbn.not-isbn':
    '{subfield}: {value} does not hold a 10- or 13-digit ISBN (found {number}). Correct the number, or move it to $z if it is printed wrongly on the item.',
  'isbn.not-isbn13':
    '{subfield}: {number} is 13 digits but does not start with 978 or 979, so it is not an ISBN. If it is an EAN or UPC, move it to 024.',
  'isbn.bad-check':
    '{subfield}: ISBN-{length} {number} has a bad check digit (expected {expected}). Correct the number, or move it to $z if it is printed wrongly on the item.',
  'isbn.valid-in-z':
    '{subfield}: {number} is a valid ISBN, but $z is for cancelled or invalid ISBNs. If it belongs to this item, move it to $a.',
} as const;

export type RuleMessageId = keyof typeof EN_RULE_MESSAGES;
