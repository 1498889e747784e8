import { isDataField } from '../../marc/types';
import type { RuleContext } from '../types';
import { languageCodes } from '../../marc21/codelists';
import { wellSized008 } from './fixed-008';

/** Codes that name no single language: no linguistic content, undetermined, multiple, no attempt. */
const NOT_ONE_LANGUAGE: ReadonlySet<string> = new Set(['   ', '|||', 'und', 'mul', 'zxx', 'mis', '###']);

/** 008/35-37 of a bibliographic record, or null when the 008 is not 40 characters (its positions may be shifted). */
export function fixedFieldLanguage(ctx: RuleContext): string | null {
  return wellSized008(ctx)?.slice(35, 38) ?? null;
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
