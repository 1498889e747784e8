import { afterEach, describe, expect, it } from 'vitest';
import { findingMessage } from '../../../components/finding-message';
import { catalogTranslator, setTranslator } from '../../../components/i18n';
import { titleRequired } from '../../../lib/rules/fields/title-required';
import { GENERIC_PROFILE } from '../../../lib/settings/profile';
import { validateRecord } from '../../../lib/rules/engine';
import english from '../../../public/_locales/en/messages.json';
import german from '../../../public/_locales/de/messages.json';

describe('findingMessage', () => {
  afterEach(() => setTranslator(catalogTranslator(english)));
  const record = {
    leader: '00000nam a2200000 i 4500',
    fields: [{ tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'c', value: 'x' }] }],
  };
  const finding = () =>
    validateRecord(record, 'bib', { profile: GENERIC_PROFILE }).find((f) => f.ruleId === titleRequired.id)!;

  it('says a rule message in the language of the interface catalog', () => {
    expect(findingMessage(finding())).toBe(finding().message);
    expect(finding().message).toMatch(/^Field 245 \(occurrence 1\) has no \$a/);
    setTranslator(catalogTranslator(german));
    expect(findingMessage(finding())).toMatch(/^Feld 245 \(Vorkommen 1\) hat kein \$a \(Titel\)/);
  });

  it('keeps the words of a message without an id (custom rules, rules not converted yet)', () => {
    setTranslator(catalogTranslator(german));
    expect(findingMessage({ message: 'Remove the marker' })).toBe('Remove the marker');
  });
});
