/**
 * English messages of the fixed-field, code-list and structure rules (leader, 006/007/008, code lists, subfield
 * and indicator form, field lengths). Merged into EN_RULE_MESSAGES (en.ts); same conventions as there.
 */
export const EN_CODE_RULE_MESSAGES = {
  'obsolete-field.obsolete':
    '{label}: field {definedTag} ({name}) is obsolete. Move its data to the current field that replaced it (see the MARC 21 field list).',
  'obsolete-field.440':
    '{label}: field {definedTag} ({name}) is obsolete. Record the series in 490 (first indicator 1) and trace it in 830.',
  'obsolete-field.840': '{label}: field {definedTag} ({name}) is obsolete. Trace the series in 830.',
  'obsolete-field.265': '{label}: field {definedTag} ({name}) is obsolete. Use 037 (Source of Acquisition).',
  'obsolete-field.350':
    '{label}: field {definedTag} ({name}) is obsolete. Use 020 $c or 037 $c (terms of availability).',
  'obsolete-field.503': '{label}: field {definedTag} ({name}) is obsolete. Use 500 (General Note).',
  'obsolete-field.851': '{label}: field {definedTag} ({name}) is obsolete. Use 852 (Location).',

  'control-data-field-mismatch.control':
    '{label} is a control field (001-009): it has no indicators or subfields, but it was entered with them. Re-enter its content as one value.',
  'control-data-field-mismatch.data':
    '{label} is a data field, but it has no indicators or subfields (value {value}). Re-enter it with two indicators and subfield codes.',

  'field-006-length.short':
    '{label} is {length} characters long ({value}); 006 has exactly 18. Fill the missing positions with blanks or codes (the 006 form editor shows each position).',
  'field-006-length.long':
    '{label} is {length} characters long ({value}); 006 has exactly 18. Remove the extra characters (the 006 form editor shows each position).',
  'field-007-length.short-exact':
    '{label} is {length} characters long ({value}); {name} has exactly {min}. Fill the missing positions (the 007 form editor shows each position).',
  'field-007-length.long-exact':
    '{label} is {length} characters long ({value}); {name} has exactly {min}. Remove the extra characters (the 007 form editor shows each position).',
  'field-007-length.short-range':
    '{label} is {length} characters long ({value}); {name} has {min} to {max}. Fill the missing positions (the 007 form editor shows each position).',
  'field-007-length.long-range':
    '{label} is {length} characters long ({value}); {name} has {min} to {max}. Remove the extra characters (the 007 form editor shows each position).',

  'indicator-format.character':
    '{label}: the {indicator:indicator} indicator {value} is not a lowercase letter, digit or blank. An indicator is one character: a digit, a lowercase letter or a blank.',
  'indicator-format.length':
    '{label}: the {indicator:indicator} indicator {value} is {length} characters long. An indicator is one character: a digit, a lowercase letter or a blank.',

  'field-length-alma.too-long':
    '{label} is {bytes:number} bytes; Alma cannot save a field over 32 KB ({limit:number} bytes). Shorten it or split it into several {tag} fields.',
  'field-length-oclc.too-long':
    '{label} is {characters:number} characters; OCLC accepts at most {limit:number} per field. Shorten it or split it into several {tag} fields before exporting to OCLC.',
} as const;
