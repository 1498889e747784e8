import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../../../lib/rules/registry';
import { tryCustomRule } from '../../../../lib/rules/custom/try-custom-rule';
import { createDefaultSettings, UC_BERKELEY_PROFILE, validateSettings } from '../../../../lib/settings';
import { mergeSteps } from '../../../../components/options/checklist-steps-model';
import {
  definitionFromDraft,
  draftFromDefinition,
  draftProblems,
  EMPTY_RULE_DRAFT,
} from '../../../../components/options/custom-rule-draft';
import { draftFromProfile, profileFromDraft } from '../../../../components/options/profile-draft';
import {
  EMPTY_FILTER,
  filterRows,
  ruleRows,
  ruleTags,
  tagsOverlap,
  withRuleEnabled,
  withSeverityOverride,
} from '../../../../components/options/rule-table-model';
import {
  DEFAULT_SAMPLE_RECORD,
  formatSampleField,
  parseSampleRecord,
} from '../../../../components/options/sample-record';
import { errorsAt, parseCodeList, parsePhraseList } from '../../../../components/options/text-list';

const rule = (id: string) => builtInRules.find((candidate) => candidate.id === id)!;

describe('rules table model', () => {
  it('reads the MARC tags a rule is about from its title and its LC source page', () => {
    expect(ruleTags(rule('title-ending-period'))).toEqual(['245']);
    expect(ruleTags(rule('leader-length'))).toEqual(['LDR']);
    expect(ruleTags(rule('isbd-punctuation'))).toEqual(
      expect.arrayContaining(['246', '250', '260', '300', '440', '490']),
    );
    expect(ruleTags(rule('one-main-entry'))).toContain('1XX');
  });

  it('matches tag patterns with X wildcards both ways, and the leader only with itself', () => {
    expect(tagsOverlap('650', '6XX')).toBe(true);
    expect(tagsOverlap('6XX', '651')).toBe(true);
    expect(tagsOverlap('245', '6XX')).toBe(false);
    expect(tagsOverlap('LDR', 'ldr')).toBe(true);
    expect(tagsOverlap('LDR', 'XXX')).toBe(false);
  });

  it('filters by tag, severity, origin, on/off and words, all at once', () => {
    const settings = {
      enabled: { 'title-ending-period': false },
      severity: { 'title-required': 'warning' as const },
      ruleSet: 'all',
    };
    const rows = ruleRows(builtInRules, settings);
    const byTag = filterRows(rows, { ...EMPTY_FILTER, tag: '245' }).map((row) => row.rule.id);
    expect(byTag).toEqual(expect.arrayContaining(['title-required', 'title-ending-period', 'title-first-subfield']));
    expect(byTag).not.toContain('isbn');
    expect(
      filterRows(rows, { ...EMPTY_FILTER, tag: '245', severity: 'error' }).map((row) => row.rule.id),
    ).not.toContain('title-required');
    expect(filterRows(rows, { ...EMPTY_FILTER, status: 'off' }).map((row) => row.rule.id)).toEqual([
      'title-ending-period',
    ]);
    const oclc = filterRows(rows, { ...EMPTY_FILTER, origin: 'oclc' });
    expect(oclc.length).toBeGreaterThan(0);
    expect(oclc.every((row) => row.rule.origin === 'oclc')).toBe(true);
    expect(filterRows(rows, { ...EMPTY_FILTER, text: 'check digit isbn' }).map((row) => row.rule.id)).toEqual(['isbn']);
  });

  it('gives titles and rationales in the interface language, and finds rules by German or English words', () => {
    const rows = ruleRows(builtInRules, { enabled: {}, severity: {}, ruleSet: 'all' }, 'de');
    const isbn = rows.find((row) => row.rule.id === 'isbn')!;
    expect(isbn.title).toBe('ISBN (020): Form und Prüfziffer');
    expect(isbn.rationale).toMatch(/^Eine vertippte ISBN/);
    expect(isbn.tags).toEqual(['020']);
    expect(filterRows(rows, { ...EMPTY_FILTER, text: 'prüfziffer isbn' }).map((row) => row.rule.id)).toEqual(['isbn']);
    expect(filterRows(rows, { ...EMPTY_FILTER, text: 'check digit isbn' }).map((row) => row.rule.id)).toEqual(['isbn']);
    const english = ruleRows(builtInRules, { enabled: {}, severity: {}, ruleSet: 'all' });
    expect(english.find((row) => row.rule.id === 'isbn')!.title).toBe('ISBN (020) form and check digit');
  });

  it('switches rules on by removing the entry and overrides severities reversibly', () => {
    const base = { enabled: {}, severity: {}, ruleSet: 'all' };
    const off = withRuleEnabled(base, 'isbn', false);
    expect(off.enabled).toEqual({ isbn: false });
    expect(withRuleEnabled(off, 'isbn', true).enabled).toEqual({});
    const raised = withSeverityOverride(base, 'isbn', 'error');
    expect(raised.severity).toEqual({ isbn: 'error' });
    expect(withSeverityOverride(raised, 'isbn', undefined).severity).toEqual({});
    expect(base).toEqual({ enabled: {}, severity: {}, ruleSet: 'all' }); // never mutated
  });
});

describe('sample record', () => {
  it('reads the default sample into a bib record with blank indicators as spaces', () => {
    const { record, problems } = parseSampleRecord(DEFAULT_SAMPLE_RECORD);
    expect(problems).toEqual([]);
    expect(record.leader).toBe('00000nam a2200000 i 4500');
    const title = record.fields.find((field) => field.tag === '245');
    expect(title).toMatchObject({
      ind1: '1',
      ind2: '0',
      subfields: [{ code: 'a', value: 'Cataloging in practice :' }, { code: 'b' }, { code: 'c' }],
    });
    expect(formatSampleField(record.fields.find((field) => field.tag === '264')!)).toBe(
      '264 #1 $$a Oakland, California : $$b University of California Press, $$c [2023]',
    );
  });

  it('reports lines it cannot read, by line number, and keeps the rest', () => {
    const { record, problems } = parseSampleRecord('245 10 $$a Title\nnot a field\n650 #0 no subfields');
    expect(record.fields.map((field) => field.tag)).toEqual(['245']);
    expect(problems).toEqual([expect.stringMatching(/^Line 2: /), expect.stringMatching(/^Line 3: field 650 needs/)]);
  });
});

describe('custom rule draft', () => {
  const filled = {
    ...EMPTY_RULE_DRAFT,
    title: 'No Dublette',
    tag: '5xx',
    subfield: '$a',
    pattern: 'dublette',
    ignoreCase: true,
    message: 'Remove the marker',
  };

  it('reports a bad regular expression as it is typed, in plain words', () => {
    const problems = draftProblems({ ...filled, pattern: 'dublette(' }, false);
    expect(problems.pattern).toMatch(/^The regular expression \/dublette\(\/ is invalid .*check brackets/);
  });

  it('says what is missing only once the cataloger tries to save', () => {
    expect(draftProblems(EMPTY_RULE_DRAFT, false)).toEqual({});
    expect(Object.keys(draftProblems(EMPTY_RULE_DRAFT, true)).sort()).toEqual(['message', 'pattern', 'tag', 'title']);
    expect(draftProblems({ ...filled, bib: false, holdings: false }, false).kinds).toMatch(/at least one/);
    expect(draftProblems({ ...filled, tag: '24' }, false).tag).toMatch(/not a tag/);
  });

  it('builds a valid definition with a fresh id, which the preview runs on the sample', () => {
    const def = definitionFromDraft(filled, ['no-dublette']);
    expect(def).toEqual({
      id: 'no-dublette-2',
      title: 'No Dublette',
      tag: '5XX',
      subfield: 'a',
      pattern: 'dublette',
      flags: 'i',
      match: 'must-not-match',
      severity: 'warning',
      message: 'Remove the marker',
      appliesTo: ['bib'],
    });
    const settings = createDefaultSettings();
    settings.customRules.push(def);
    expect(validateSettings(settings)).toEqual([]);
    const findings = tryCustomRule(def, parseSampleRecord(DEFAULT_SAMPLE_RECORD).record);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ tag: '500', code: 'a', severity: 'warning' });
  });

  it('edits keep the rule id and round-trip through the form', () => {
    const def = { ...definitionFromDraft(filled, []), ind1: '#', source: 'https://example.edu/policy' };
    expect(definitionFromDraft(draftFromDefinition(def), ['no-dublette'])).toEqual(def);
  });
});

describe('profile draft', () => {
  it('round-trips every field of a preset, lists included', () => {
    const draft = draftFromProfile(UC_BERKELEY_PROFILE);
    expect(draft.libraryCodes).toBe('MAIN, NRLF');
    expect(profileFromDraft(draft, [])).toEqual(UC_BERKELEY_PROFILE);
  });

  it('drops optional fields left empty and keeps the extra hosts it is given', () => {
    const draft = { ...draftFromProfile(UC_BERKELEY_PROFILE), izOnlyMmsIdSuffix: ' ', libraryCodes: 'MAIN  NRLF;MAIN' };
    const profile = profileFromDraft(draft, ['alma.example.edu']);
    expect(profile).not.toHaveProperty('izOnlyMmsIdSuffix');
    expect(profile.libraryCodes).toEqual(['MAIN', 'NRLF']);
    expect(profile.extraHosts).toEqual(['alma.example.edu']);
  });
});

describe('lists and errors', () => {
  it('splits codes and phrases', () => {
    expect(parseCodeList(' MAIN, NRLF ;MAIN ')).toEqual(['MAIN', 'NRLF']);
    expect(parsePhraseList('Cataloger, Physical Inventory Operator,')).toEqual([
      'Cataloger',
      'Physical Inventory Operator',
    ]);
  });
  it('picks the errors of one settings path', () => {
    const errors = [
      'settings.profile.oclcSymbol: "cuy" is not an OCLC symbol',
      'settings.profile.name: must not be empty',
    ];
    expect(errorsAt(errors, 'settings.profile.oclcSymbol')).toEqual(['"cuy" is not an OCLC symbol']);
  });
});

describe('mergeSteps', () => {
  const builtIn = [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ];
  it('puts local steps after the step they name, in order, and the rest at the end', () => {
    const merged = mergeSteps(builtIn, [
      { id: 'x', procedureId: 'p', text: 'X', afterStepId: 'a' },
      { id: 'y', procedureId: 'p', text: 'Y' },
      { id: 'z', procedureId: 'p', text: 'Z', afterStepId: 'a' },
      { id: 'w', procedureId: 'p', text: 'W', afterStepId: 'gone' },
    ]);
    expect(merged.map((step) => step.id)).toEqual(['a', 'x', 'z', 'b', 'y', 'w']);
    expect(merged.filter((step) => step.custom).map((step) => step.id)).toEqual(['x', 'z', 'y', 'w']);
  });
});
