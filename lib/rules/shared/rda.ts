import { isDataField } from '../../marc/types';
import type { RuleContext } from '../types';

/** True when 040 $e names RDA as the description convention. */
export function isRdaRecord(ctx: RuleContext): boolean {
  const entries = ctx.index.byTag('040');
  for (let i = 0; i < entries.length; i++) {
    const field = entries[i]!.field;
    if (!isDataField(field)) continue;
    for (const subfield of field.subfields)
      if (subfield.code === 'e' && subfield.value.trim().toLowerCase() === 'rda') return true;
  }
  return false;
}
