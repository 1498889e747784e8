import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingItem } from '../../../components/FindingItem';
import { catalogTranslator, setTranslator } from '../../../components/i18n';
import { interfaceRuleLanguage, shownFixDescription } from '../../../components/rule-words';
import type { LiveFinding } from '../../../content/live/types';
import english from '../../../public/_locales/en/messages.json';
import german from '../../../public/_locales/de/messages.json';

/** Rule words follow the interface catalog's language, as rule messages do (finding-message.ts). */
describe('rule words in the interface language', () => {
  let container: HTMLElement | null = null;
  afterEach(() => {
    setTranslator(catalogTranslator(english));
    if (container) render(null, container);
    container?.remove();
    container = null;
  });

  // As the background words it for a German interface (lib/validation/localize.ts).
  const edit = { type: 'set-leader' as const, leader: 'x', description: 'ISBN als "0192503359" schreiben', safe: true };

  it('is the catalog’s language', () => {
    expect(interfaceRuleLanguage()).toBe('en');
    setTranslator(catalogTranslator(german));
    expect(interfaceRuleLanguage()).toBe('de');
    expect(shownFixDescription(edit)).toBe('ISBN als "0192503359" schreiben');
  });

  it('labels the panel’s Fix button in German', () => {
    setTranslator(catalogTranslator(german));
    const finding: LiveFinding = {
      finding: { ruleId: 'isbn', severity: 'error', message: 'm', tag: '020', occurrence: 0, fix: edit },
      identity: { weak: 'a', strong: 'a' },
      anchor: {},
      id: 'a',
      pane: 'single',
      isNew: false,
    };
    container = document.createElement('div');
    document.body.append(container);
    render(<FindingItem finding={finding} active={false} canGoTo onGoTo={() => {}} onFix={() => {}} />, container);
    expect(container.querySelector('[data-testid="fix"]')?.textContent).toBe(
      'Korrigieren: ISBN als "0192503359" schreiben',
    );
  });
});
