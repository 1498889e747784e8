import { isDataField } from '../../marc/types';
import type { Finding, Rule, RuleContext } from '../types';
import type { FieldEntry } from '../shared/field-entry';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { ruleText, withParams } from '../messages';
import { subfieldIndexOf } from '../shared/subfields';

/** Captions and patterns (853-855) and the enumeration fields (863-865) that use them. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['853', '863'],
  ['854', '864'],
  ['855', '865'],
];
const CAPTION_LINK = /^\d+$/;
/** Link number, a period, sequence number; optionally "\x" etc. (holdings $8 form). */
const ENUMERATION_LINK = /^(\d+)\.\d+(?:\\[a-z])?$/;

/**
 * 863-865 say which caption/pattern they use through the link number in $8 ("1.2" uses the 853 with
 * $8 "1"). Every enumeration needs a caption with that link number; link numbers of captions of one
 * tag are unique. Captions without enumeration are fine (prediction of future issues).
 */
export const captionPatternLinks: Rule = {
  id: 'caption-pattern-links',
  title: 'Enumeration (863-865) links to its caption (853-855) through $8',
  defaultSeverity: 'error',
  appliesTo: ['holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Without its caption an 863 cannot be displayed ("v.1" becomes "1") and Alma cannot predict the next issue.',
  source: 'https://www.loc.gov/marc/holdings/hd853855.html',
  check(ctx) {
    let findings: Finding[] | null = null;
    for (const [captionTag, enumerationTag] of PAIRS) {
      const captions = ctx.index.byTag(captionTag);
      const enumerations = ctx.index.byTag(enumerationTag);
      if (captions.length === 0 && enumerations.length === 0) continue;
      findings ??= [];
      const links = captionLinks(ctx, captionTag, enumerationTag, findings);
      for (const entry of enumerations) checkEnumeration(entry, captionTag, links, findings);
    }
    return findings ?? [];
  },
};

/** The link numbers of the captions of one tag, reporting missing, malformed and repeated ones. */
function captionLinks(ctx: RuleContext, tag: string, enumerationTag: string, findings: Finding[]): Set<string> {
  const links = new Set<string>();
  for (const entry of ctx.index.byTag(tag)) {
    const field = entry.field;
    if (!isDataField(field)) continue;
    const index = subfieldIndexOf(field, '8');
    if (index < 0) {
      findings.push(
        fieldFinding(
          captionPatternLinks,
          entry,
          ruleText(
            'caption-pattern-links.caption-no-8',
            withParams(placeParams(tag, entry.occurrence), { enumerationTag }),
          ),
          { code: '8' },
        ),
      );
      continue;
    }
    const link = field.subfields[index]!.value.trim();
    if (!CAPTION_LINK.test(link)) {
      findings.push(
        fieldFinding(
          captionPatternLinks,
          entry,
          ruleText(
            'caption-pattern-links.caption-bad-link',
            withParams(placeParams(tag, entry.occurrence, '8'), { value: quoted(link) }),
          ),
          { code: '8', subfieldIndex: index },
        ),
      );
    } else if (links.has(link)) {
      findings.push(
        fieldFinding(
          captionPatternLinks,
          entry,
          ruleText(
            'caption-pattern-links.caption-duplicate',
            withParams(placeParams(tag, entry.occurrence, '8'), { link }),
          ),
          { code: '8', subfieldIndex: index },
        ),
      );
    } else {
      links.add(link);
    }
  }
  return links;
}

function checkEnumeration(entry: FieldEntry, captionTag: string, links: Set<string>, findings: Finding[]): void {
  const field = entry.field;
  if (!isDataField(field)) return;
  const tag = field.tag;
  const index = subfieldIndexOf(field, '8');
  if (index < 0) {
    findings.push(
      fieldFinding(
        captionPatternLinks,
        entry,
        ruleText(
          'caption-pattern-links.enumeration-no-8',
          withParams(placeParams(tag, entry.occurrence), { captionTag }),
        ),
        { code: '8' },
      ),
    );
    return;
  }
  const value = field.subfields[index]!.value.trim();
  const match = ENUMERATION_LINK.exec(value);
  if (!match) {
    findings.push(
      fieldFinding(
        captionPatternLinks,
        entry,
        ruleText(
          'caption-pattern-links.enumeration-bad-link',
          withParams(placeParams(tag, entry.occurrence, '8'), { value: quoted(value), captionTag }),
        ),
        { code: '8', subfieldIndex: index },
      ),
    );
    return;
  }
  if (links.has(match[1]!)) return;
  findings.push(
    fieldFinding(
      captionPatternLinks,
      entry,
      ruleText(
        'caption-pattern-links.enumeration-unknown-link',
        withParams(placeParams(tag, entry.occurrence, '8'), { value, link: match[1]!, captionTag }),
      ),
      {
        code: '8',
        subfieldIndex: index,
      },
    ),
  );
}
