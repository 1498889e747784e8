import { isDataField } from '../../marc/types';
import type { RuleContext } from '../types';
import { languageCodes } from '../../marc21/codelists';

/** Codes that name no single language: no linguistic content, undetermined, multiple, no attempt. */
const NOT_ONE_LANGUAGE: ReadonlySet<string> = new Set(['   ', '|||', 'und', 'mul', 'zxx', 'mis', '###']);

/** 008/35-37 of a bibliographic record, or null when the 008 is too short. */
export function fixedFieldLanguage(ctx: RuleContext): string | null {
  const entries = ctx.index.byTag('008');
  const field = entries[0]?.field;
  if (!field || isDataField(field) || field.value.length < 38) return null;
  return field.value.slice(35, 38);
}

/**
 * The language of the record's content, for language-dependent checks such as initial articles:
 * 008/35-37 when it names one valid language, else the first code of 041 $a, else null.
 */
export function recordLanguage(ctx: RuleContext): string | null {
  const fixed = fixedFieldLanguage(ctx);
  if (fixed !== null && !NOT_ONE_LANGUAGE.has(fixed) && languageCodes.has(fixed)) return fixed;
  const entries = ctx.index.byTag('041');
  for (let i = 0; i < entries.length; i++) {
    const field = entries[i]!.field;
    if (!isDataField(field)) continue;
    for (const subfield of field.subfields) {
      if (subfield.code !== 'a') continue;
      const code = subfield.value.slice(0, 3);
      if (!NOT_ONE_LANGUAGE.has(code) && languageCodes.has(code)) return code;
    }
  }
  return null;
}
