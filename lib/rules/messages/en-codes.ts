/**
 * English messages of the fixed-field, code-list and structure rules (leader, 006/007/008, code lists, subfield
 * and indicator form, field lengths). Merged into EN_RULE_MESSAGES (en.ts); same conventions as there.
 */
export const EN_CODE_RULE_MESSAGES = {
  'obsolete-field.obsolete':
    '{label}: field {definedTag} ({name:marc}) is obsolete. Move its data to the current field that replaced it (see the MARC 21 field list).',
  'obsolete-field.440':
    '{label}: field {definedTag} ({name:marc}) is obsolete. Record the series in 490 (first indicator 1) and trace it in 830.',
  'obsolete-field.840': '{label}: field {definedTag} ({name:marc}) is obsolete. Trace the series in 830.',
  'obsolete-field.265': '{label}: field {definedTag} ({name:marc}) is obsolete. Use 037 (Source of Acquisition).',
  'obsolete-field.350':
    '{label}: field {definedTag} ({name:marc}) is obsolete. Use 020 $c or 037 $c (terms of availability).',
  'obsolete-field.503': '{label}: field {definedTag} ({name:marc}) is obsolete. Use 500 (General Note).',
  'obsolete-field.851': '{label}: field {definedTag} ({name:marc}) is obsolete. Use 852 (Location).',

  'control-data-field-mismatch.control':
    '{label} is a control field (001-009): it has no indicators or subfields, but it was entered with them. Re-enter its content as one value.',
  'control-data-field-mismatch.data':
    '{label} is a data field, but it has no indicators or subfields (value {value}). Re-enter it with two indicators and subfield codes.',

  'field-006-length.short':
    '{label} is {length} characters long ({value}); 006 has exactly 18. Fill the missing positions with blanks or codes (the 006 form editor shows each position).',
  'field-006-length.long':
    '{label} is {length} characters long ({value}); 006 has exactly 18. Remove the extra characters (the 006 form editor shows each position).',
  'field-007-length.short-exact':
    '{label} is {length} characters long ({value}); {name:marc} has exactly {min}. Fill the missing positions (the 007 form editor shows each position).',
  'field-007-length.long-exact':
    '{label} is {length} characters long ({value}); {name:marc} has exactly {min}. Remove the extra characters (the 007 form editor shows each position).',
  'field-007-length.short-range':
    '{label} is {length} characters long ({value}); {name:marc} has {min} to {max}. Fill the missing positions (the 007 form editor shows each position).',
  'field-007-length.long-range':
    '{label} is {length} characters long ({value}); {name:marc} has {min} to {max}. Remove the extra characters (the 007 form editor shows each position).',

  'indicator-format.character':
    '{label}: the {indicator:indicator} indicator {value} is not a lowercase letter, digit or blank. An indicator is one character: a digit, a lowercase letter or a blank.',
  'indicator-format.length':
    '{label}: the {indicator:indicator} indicator {value} is {length} characters long. An indicator is one character: a digit, a lowercase letter or a blank.',

  'field-length-alma.too-long':
    '{label} is {bytes:number} bytes; Alma cannot save a field over 32 KB ({limit:number} bytes). Shorten it or split it into several {tag} fields.',
  'field-length-oclc.too-long':
    '{label} is {characters:number} characters; OCLC accepts at most {limit:number} per field. Shorten it or split it into several {tag} fields before exporting to OCLC.',

  'country-codes-044.obsolete':
    '{subfield}: "{value}" is a discontinued code in the MARC Code List for Countries (obsolete, not unknown). Replace it with the current code.',
  'country-codes-044.unknown':
    "{subfield}: {value} is not in LC's MARC Code List for Countries as of {date}. Correct the code.",
  'country-codes-044.differs':
    '{subfield}: the first country code "{value}" should be the same as 008/15-17 ("{fixed}"). Correct whichever is wrong.',
  'publication-date-008.differs':
    '{subfield}: {years} does not match 008 Date 1 "{date1}" (type of date "{type}"). Correct 008/07-14 or the date in $c; if both a publication and a copyright date apply, use type of date "t".',
  'publication-date-008.differs-dates':
    '{subfield}: {years} does not match 008 Date 1 "{date1}" and Date 2 "{date2}" (type of date "{type}"). Correct 008/07-14 or the date in $c; if both a publication and a copyright date apply, use type of date "t".',
  'language-codes-041.letters': '{subfield}: {value} has characters other than the language code. Write "{letters}".',
  'language-codes-041.not-codes':
    '{subfield}: {value} is not made of three-letter language codes. Use one MARC language code per subfield (e.g. "eng"), or set indicator 2 to 7 and name the code list in $2.',
  'language-codes-041.obsolete':
    '{subfield}: "{language}" is a discontinued code in the MARC Code List for Languages (obsolete, not unknown). Replace it with the current code from the MARC Code List for Languages.',
  'language-codes-041.lower-case': '{subfield}: "{language}" must be written in lower case ("{lower}").',
  'language-codes-041.unknown':
    '{subfield}: "{language}" is not in LC\'s MARC Code List for Languages as of {date}. Correct the code.',
  'relator-codes.punctuation':
    '{subfield}: {value} is the code "{fixed}" written with punctuation or capitals. Write "{fixed}".',
  'relator-codes.term':
    '{subfield}: {value} is LC\'s term for the code "{fixed}"; $4 takes the code (the term goes in $e). Write "{fixed}".',
  'relator-codes.obsolete':
    '{subfield}: "{value}" ({term}) is a discontinued code in the MARC Code List for Relators (obsolete, not unknown). Replace it with the current code for the role.',
  'relator-codes.obsolete-no-term':
    '{subfield}: "{value}" (relator) is a discontinued code in the MARC Code List for Relators (obsolete, not unknown). Replace it with the current code for the role.',
  'relator-codes.unknown':
    '{subfield}: {value} is not in LC\'s MARC Code List for Relators as of {date}. Check the code (e.g. "aut", "edt", "ill") or give the relationship as a URI.',

  'rda-type-terms.unknown-content':
    '{subfield}: "{value}" is not in LC\'s Term and Code List for RDA Content Types as of {date}. Check the code against $a and the list.',
  'rda-type-terms.unknown-media':
    '{subfield}: "{value}" is not in LC\'s Term and Code List for RDA Media Types as of {date}. Check the code against $a and the list.',
  'rda-type-terms.unknown-carrier':
    '{subfield}: "{value}" is not in LC\'s Term and Code List for RDA Carrier Types as of {date}. Check the code against $a and the list.',
  'rda-type-terms.differs':
    '{subfield}: "{value}" is the code for "{valueTerm}", but $a says "{term}" (code "{termCode}"). Make $a and $b agree.',
  'subject-source-codes.punctuation': '{subfield}: "{value}" has punctuation after the code. Write "{trimmed}".',
  'subject-source-codes.own-indicator':
    '{subfield}: "{source}" is not given in $2; it has its own indicator value. Set indicator 2 to {indicator} and remove $2.',
  'subject-source-codes.obsolete':
    '{subfield}: "{source}" is a discontinued source code in the Subject Heading and Term Source Codes (obsolete, not unknown). Replace it with the current code.',
  'subject-source-codes.obsolete-genre':
    '{subfield}: "{source}" is a discontinued source code in the Genre/Form Code and Term Source Codes (obsolete, not unknown). Replace it with the current code.',
  'subject-source-codes.unknown':
    '{subfield}: "{value}" is not in LC\'s Subject Heading and Term Source Codes as of {date}. LC adds codes every month: check the code against the current list and correct it if it is misspelt (e.g. "fast", "lcgft", "homoit").',
  'subject-source-codes.unknown-genre':
    '{subfield}: "{value}" is not in LC\'s Genre/Form Code and Term Source Codes as of {date}. LC adds codes every month: check the code against the current list and correct it if it is misspelt (e.g. "fast", "lcgft", "homoit").',
  'subject-source-indicator.no-source':
    '{field}: indicator 2 is 7 (source in $2) but there is no $2. Add $2 with the source code (e.g. "fast", "lcgft"), or correct indicator 2.',
  'subject-source-indicator.own-indicator':
    '{field}: $2 "{value}" names a source, but indicator 2 is "{ind2}", not 7. {source} is coded in indicator 2 itself: set it to {indicator} and remove $2.',
  'subject-source-indicator.not-7':
    '{field}: $2 "{value}" names a source, but indicator 2 is "{ind2}", not 7. Set indicator 2 to 7, or remove $2 if the indicator is right.',

  'empty-subfield.empty': '{label}: {sub} is empty. Type its content or remove the subfield.',
  'empty-subfield.empty-nth': '{label}: {nth:ordinal} {sub} is empty. Type its content or remove the subfield.',
  'empty-subfield.empty-position': '{label}: subfield {position} is empty. Type its content or remove the subfield.',
  'empty-subfield.many':
    '{label}: {count:number} empty subfields; the first at {sub} (subfield {position}). Type their content or remove them.',
  'empty-subfield.many-position':
    '{label}: {count:number} empty subfields; the first at subfield {position}. Type their content or remove them.',
  'subfield-whitespace.starts': '{label}: {sub} starts with a blank. Remove the blank.',
  'subfield-whitespace.starts-nth': '{label}: {nth:ordinal} {sub} starts with a blank. Remove the blank.',
  'subfield-whitespace.starts-position': '{label}: subfield {position} starts with a blank. Remove the blank.',
  'subfield-whitespace.ends': '{label}: {sub} ends with a blank. Remove the blank.',
  'subfield-whitespace.ends-nth': '{label}: {nth:ordinal} {sub} ends with a blank. Remove the blank.',
  'subfield-whitespace.ends-position': '{label}: subfield {position} ends with a blank. Remove the blank.',
  'subfield-whitespace.both': '{label}: {sub} starts and ends with a blank. Remove the blanks.',
  'subfield-whitespace.both-nth': '{label}: {nth:ordinal} {sub} starts and ends with a blank. Remove the blanks.',
  'subfield-whitespace.both-position': '{label}: subfield {position} starts and ends with a blank. Remove the blanks.',
  'subfield-whitespace.many':
    '{label}: {count:number} subfields start or end with a blank; the first at {sub} (subfield {position}). Remove the blanks.',
  'subfield-whitespace.many-position':
    '{label}: {count:number} subfields start or end with a blank; the first at subfield {position}. Remove the blanks.',
  'subfield-code-format.many':
    '{label}: {count:number} subfields have malformed codes; the first at subfield {position} (code {value}). A subfield code is one lowercase letter or digit; retype the codes.',
  'subfield-code-format.uppercase':
    '{label}: subfield code {sub} (subfield {position}) is uppercase; MARC 21 codes are lowercase. Change it to {lower}.',
  'subfield-code-format.malformed':
    '{label}: subfield {position} has the code {value}; a subfield code is one lowercase letter or digit. Retype the code.',

  'oclc-invalid-characters.c1-value':
    '{field} contains a C1 control character (U+{unicode}), usually a MARC-8 or Windows-1252 byte read as Unicode at character {at}. Retype the value.',
  'oclc-invalid-characters.c1-text':
    '{subfield} contains a C1 control character (U+{unicode}), usually a MARC-8 or Windows-1252 byte read as Unicode at character {at}. Retype the text from the item (or copy it again from a correct source).',
  'oclc-invalid-characters.surrogate-value':
    '{field} contains half of a character (an unpaired surrogate) at character {at}. Retype the value.',
  'oclc-invalid-characters.surrogate-text':
    '{subfield} contains half of a character (an unpaired surrogate) at character {at}. Retype the text from the item (or copy it again from a correct source).',
  'oclc-invalid-characters.replacement-value':
    '{field} contains the replacement character "�" left by a failed character conversion at character {at}. Retype the value.',
  'oclc-invalid-characters.replacement-text':
    '{subfield} contains the replacement character "�" left by a failed character conversion at character {at}. Retype the text from the item (or copy it again from a correct source).',
  'oclc-invalid-characters.noncharacter-value':
    '{field} contains a Unicode noncharacter (U+{unicode}) at character {at}. Retype the value.',
  'oclc-invalid-characters.noncharacter-text':
    '{subfield} contains a Unicode noncharacter (U+{unicode}) at character {at}. Retype the text from the item (or copy it again from a correct source).',

  'fixed-field-obsolete-code.obsolete':
    '{position} ({name:marc}) is {value}, a code that is obsolete for {layout:marc}. Recode it with a current code (see the MARC 21 page for the position).',
  'fixed-field-obsolete-code.obsolete-nth':
    '{position} ({name:marc}) in the {nth:ordinal} {tag} is {value}, a code that is obsolete for {layout:marc}. Recode it with a current code (see the MARC 21 page for the position).',
  'fixed-field-obsolete-code.leader-bib':
    '{position} ({name:marc}) is {value}, a code that is obsolete for the bibliographic leader. Recode it with a current code (see the MARC 21 page for the position).',
  'fixed-field-obsolete-code.leader-holdings':
    '{position} ({name:marc}) is {value}, a code that is obsolete for the holdings leader. Recode it with a current code (see the MARC 21 page for the position).',
  'fixed-field-undefined-position.blank':
    '{position} ({name:marc}) is {value}, but the position is undefined. Replace it with a blank (or | if your practice uses the fill character there); if other positions look shifted, re-enter the field.',
  'fixed-field-undefined-position.blanks':
    '{position} ({name:marc}) is {value}, but the position is undefined. Replace it with blanks (or | if your practice uses the fill character there); if other positions look shifted, re-enter the field.',
  'fixed-field-undefined-position.blank-nth':
    '{position} ({name:marc}) in the {nth:ordinal} {tag} is {value}, but the position is undefined. Replace it with a blank (or | if your practice uses the fill character there); if other positions look shifted, re-enter the field.',
  'fixed-field-undefined-position.blanks-nth':
    '{position} ({name:marc}) in the {nth:ordinal} {tag} is {value}, but the position is undefined. Replace it with blanks (or | if your practice uses the fill character there); if other positions look shifted, re-enter the field.',

  'word.blank-code': 'blank',
  'word.fill': '| (no attempt to code)',
  'word.blanks': '{arg} blanks',
  'word.digits': 'digits',
  'word.country-code': 'a MARC country code',
  'word.language-code': 'a MARC language code',
  'word.any-value': 'any value',
  'word.more-codes': '… ({arg} codes in all)',
  'field-006-invalid-code.invalid':
    '{position} ({name:marc}) is {value}, which is not a code defined for {layout:marc}. Use {allowed:list}. Correct it in the 006 form editor.',
  'field-006-invalid-code.invalid-each':
    '{position} ({name:marc}) is {value}, which is not a code defined for {layout:marc}. Each character must be {allowed:list}. Correct it in the 006 form editor.',
  'field-006-invalid-code.invalid-nth':
    '{position} ({name:marc}) in the {nth:ordinal} {tag} is {value}, which is not a code defined for {layout:marc}. Use {allowed:list}. Correct it in the 006 form editor.',
  'field-006-invalid-code.invalid-each-nth':
    '{position} ({name:marc}) in the {nth:ordinal} {tag} is {value}, which is not a code defined for {layout:marc}. Each character must be {allowed:list}. Correct it in the 006 form editor.',
  'field-007-invalid-code.invalid':
    '{position} ({name:marc}) is {value}, which is not a code defined for {layout:marc}. Use {allowed:list}. Correct it in the 007 form editor.',
  'field-007-invalid-code.invalid-each':
    '{position} ({name:marc}) is {value}, which is not a code defined for {layout:marc}. Each character must be {allowed:list}. Correct it in the 007 form editor.',
  'field-007-invalid-code.invalid-nth':
    '{position} ({name:marc}) in the {nth:ordinal} {tag} is {value}, which is not a code defined for {layout:marc}. Use {allowed:list}. Correct it in the 007 form editor.',
  'field-007-invalid-code.invalid-each-nth':
    '{position} ({name:marc}) in the {nth:ordinal} {tag} is {value}, which is not a code defined for {layout:marc}. Each character must be {allowed:list}. Correct it in the 007 form editor.',
  'field-008-invalid-code.invalid':
    '{position} ({name:marc}) is {value}, which is not a code defined for {layout:marc}. Use {allowed:list}. Correct it in the 008 form editor.',
  'field-008-invalid-code.invalid-each':
    '{position} ({name:marc}) is {value}, which is not a code defined for {layout:marc}. Each character must be {allowed:list}. Correct it in the 008 form editor.',
  'field-008-invalid-code.invalid-nth':
    '{position} ({name:marc}) in the {nth:ordinal} {tag} is {value}, which is not a code defined for {layout:marc}. Use {allowed:list}. Correct it in the 008 form editor.',
  'field-008-invalid-code.invalid-each-nth':
    '{position} ({name:marc}) in the {nth:ordinal} {tag} is {value}, which is not a code defined for {layout:marc}. Each character must be {allowed:list}. Correct it in the 008 form editor.',
  'leader-invalid-code.bib':
    '{position} ({name:marc}) is {value}, which is not a code defined for the bibliographic leader. Use {allowed:list}. Correct it in the leader editor.',
  'leader-invalid-code.bib-each':
    '{position} ({name:marc}) is {value}, which is not a code defined for the bibliographic leader. Each character must be {allowed:list}. Correct it in the leader editor.',
  'leader-invalid-code.holdings':
    '{position} ({name:marc}) is {value}, which is not a code defined for the holdings leader. Use {allowed:list}. Correct it in the leader editor.',
  'leader-invalid-code.holdings-each':
    '{position} ({name:marc}) is {value}, which is not a code defined for the holdings leader. Each character must be {allowed:list}. Correct it in the leader editor.',
  'field-006-invalid-code.form':
    '{label}/00 (Form of material) is {value}, which is not defined. Use a (language material), t (manuscript), m (computer file), e or f (maps), c, d, i or j (music), s (continuing resource), g, k, o or r (visual material) or p (mixed materials).',
  'field-007-invalid-code.category':
    '{label}/00 (Category of material) is {value}, which is not defined. Use one of {categories}.',

  'control-characters.tab': 'a tab',
  'control-characters.line-break': 'a line break',
  'control-characters.carriage-return': 'a carriage return',
  'control-characters.escape': 'an escape character',
  'control-characters.record-terminator': 'a record terminator',
  'control-characters.field-terminator': 'a field terminator',
  'control-characters.subfield-delimiter': 'a subfield delimiter',
  'control-characters.other': 'a control character',
  'control-characters.delimiter-in-control':
    '{label}: subfields are not allowed in control fields (001-009), but the value contains a subfield delimiter. Remove it; a control field is one value.',
  'control-characters.in-value':
    '{label} contains {character:list} (U+{unicode}) at character {at}. Remove it (retype the value if it was pasted).',
  'control-characters.many':
    '{label}: {count:number} subfields have invalid control characters; the first at {sub} (subfield {position}): {character:list} (U+{unicode}) at character {at}. Remove them (retype the text if it was pasted).',
  'control-characters.many-position':
    '{label}: {count:number} subfields have invalid control characters; the first at subfield {position}: {character:list} (U+{unicode}) at character {at}. Remove them (retype the text if it was pasted).',
  'control-characters.in-subfield':
    '{label}: {sub} has an invalid control character: {character:list} (U+{unicode}) at character {at}. Remove it (retype the text if it was pasted).',
  'control-characters.in-subfield-nth':
    '{label}: {nth:ordinal} {sub} has an invalid control character: {character:list} (U+{unicode}) at character {at}. Remove it (retype the text if it was pasted).',
  'control-characters.in-subfield-position':
    '{label}: subfield {position} has an invalid control character: {character:list} (U+{unicode}) at character {at}. Remove it (retype the text if it was pasted).',
} as const;
