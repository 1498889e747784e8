import { describe, expect, it } from 'vitest';
import { itemRules } from '../../../../lib/rules/items';
import type { Finding, Rule, RuleContext } from '../../../../lib/rules/types';
import {
  BERKELEY,
  MVM_BIB,
  SERIAL_LEADER,
  SINGLE_BIB,
  coded,
  item,
  marc,
  row,
  ruleContext,
} from '../../procedures/builders';

function rule(id: string): Rule {
  const found = itemRules.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}
const run = (id: string, ctx: RuleContext): Finding[] => rule(id).check(ctx);
const onItem = (overrides: Parameters<typeof item>[0], parts: Partial<RuleContext> = {}) =>
  ruleContext('item', { item: item(overrides), ...parts });

describe('item rule metadata', () => {
  it.each(itemRules.map((r) => [r.id, r]))(
    '%s: applies to items, links a source, [INFERRED] never an error',
    (_id, r) => {
      expect(r.appliesTo).toEqual(['item']);
      expect(r.source).toMatch(/^https:\/\//);
      if (r.inferred) expect(r.defaultSeverity).not.toBe('error');
    },
  );

  it('every finding names the item field', () => {
    const messy = item({
      barcode: 'X',
      copyId: '',
      description: 'Index volume with extras',
      chronologyI: '1999',
      materialType: coded(''),
      itemPolicy: coded(''),
      permanentLocation: coded('zw'),
      temporaryLocation: coded('res'),
      processType: coded('NRLF', 'NRLF Deposit Prep'),
    });
    const ctx = ruleContext('item', {
      item: messy,
      bib: MVM_BIB,
      profile: { ...BERKELEY, barcodePattern: '^\\d{14}$' },
    });
    const findings = itemRules.flatMap((r) => r.check(ctx));
    expect(findings.length).toBeGreaterThan(8);
    for (const finding of findings) expect(finding.itemField, finding.ruleId).toBeDefined();
  });

  it('no item rule fires on a complete single-volume item', () => {
    const ctx = onItem({ barcode: '30000012345678' }, { bib: SINGLE_BIB });
    expect(itemRules.flatMap((r) => r.check(ctx))).toEqual([]);
  });
});

describe('required fields (R-ITEM-1..3)', () => {
  it('item-barcode-missing is information: Alma generates a temporary barcode', () => {
    expect(run('item-barcode-missing', onItem({ barcode: '' }))).toEqual([
      expect.objectContaining({ itemField: 'barcode', severity: 'info' }),
    ]);
    expect(run('item-barcode-missing', onItem({ barcode: '300001' }))).toEqual([]);
  });

  it('item-barcode-format follows the profile pattern; empty pattern accepts anything', () => {
    const profile = { ...BERKELEY, barcodePattern: '^\\d{14}$' };
    expect(run('item-barcode-format', onItem({ barcode: 'ABC' }, { profile }))).toHaveLength(1);
    expect(run('item-barcode-format', onItem({ barcode: '30000012345678' }, { profile }))).toEqual([]);
    expect(run('item-barcode-format', onItem({ barcode: 'ABC' }))).toEqual([]);
  });

  it('item-copy-id-missing is an error', () => {
    expect(run('item-copy-id-missing', onItem({ copyId: ' ' }))).toEqual([
      expect.objectContaining({ itemField: 'copyId', severity: 'error' }),
    ]);
    expect(run('item-copy-id-missing', onItem({ copyId: '2' }))).toEqual([]);
  });

  it('item-copy-id-duplicate compares within the same library on the items list', () => {
    const items = [
      row({ barcode: 'SELF', itemId: '231', copyId: '1' }),
      row({ barcode: 'OTHER', itemId: '232', copyId: '1' }),
    ];
    const self = { itemId: '231', barcode: 'SELF', copyId: '1' };
    expect(run('item-copy-id-duplicate', onItem(self, { items }))[0]!.message).toContain('library MAIN');
    const otherLibrary = [items[0]!, { ...items[1]!, libraryCode: 'NRLF' }];
    expect(run('item-copy-id-duplicate', onItem(self, { items: otherLibrary }))).toEqual([]);
    expect(run('item-copy-id-duplicate', onItem({ ...self, copyId: '2' }, { items }))).toEqual([]);
    expect(run('item-copy-id-duplicate', onItem(self))).toEqual([]);
  });

  it('item-type-and-policy reports each empty list separately', () => {
    const findings = run('item-type-and-policy', onItem({ materialType: coded(''), itemPolicy: coded('') }));
    expect(findings.map((f) => f.itemField)).toEqual(['materialType', 'itemPolicy']);
    expect(run('item-type-and-policy', onItem({}))).toEqual([]);
  });

  it('item-barcode-scanned-early reminds that scanners send Enter', () => {
    const [finding] = run('item-barcode-scanned-early', onItem({ barcode: '3000', copyId: '', itemPolicy: coded('') }));
    expect(finding!.message).toContain('Copy ID, Item policy are still empty');
    expect(finding!.message).toMatch(/Enter/);
    expect(run('item-barcode-scanned-early', onItem({ barcode: '', copyId: '' }))).toEqual([]);
    expect(run('item-barcode-scanned-early', onItem({ barcode: '3000' }))).toEqual([]);
  });
});

describe('description on single volumes and temporary location (R-ITEM-4, R-ITEM-6)', () => {
  it('item-description-single-volume: only on a known single-volume monograph, with a clearing fix', () => {
    const [finding] = run('item-description-single-volume', onItem({ description: 'c.2' }, { bib: SINGLE_BIB }));
    expect(finding!.fix).toEqual({
      type: 'set-item-field',
      field: 'description',
      value: '',
      description: 'Clear Description',
      safe: false,
    });
    expect(run('item-description-single-volume', onItem({ description: 'v.2' }, { bib: MVM_BIB }))).toEqual([]);
    expect(
      run(
        'item-description-single-volume',
        onItem({ description: 'no.3' }, { bib: marc(['245 00 $a Journal'], SERIAL_LEADER) }),
      ),
    ).toEqual([]);
    expect(run('item-description-single-volume', onItem({ description: 'c.2' }))).toEqual([]);
  });

  it('item-temporary-location-off', () => {
    expect(
      run('item-temporary-location-off', onItem({ temporaryLocation: coded('res', 'Reserves') }))[0]!.message,
    ).toContain('Reserves (res)');
    expect(
      run('item-temporary-location-off', onItem({ temporaryLocation: coded('res'), inTemporaryLocation: true })),
    ).toEqual([]);
    expect(run('item-temporary-location-off', onItem({}))).toEqual([]);
  });
});

describe('multi-volume items (R-MVM-1..4, 6)', () => {
  const onSet = (overrides: Parameters<typeof item>[0]) => onItem(overrides, { bib: MVM_BIB });

  it('mvm-description-missing, with a v.N fix from Enumeration A', () => {
    const [finding] = run('mvm-description-missing', onSet({ description: '', enumerationA: '3' }));
    expect(finding!.fix).toMatchObject({ field: 'description', value: 'v.3' });
    expect(run('mvm-description-missing', onSet({ description: '', enumerationA: '' }))[0]!.fix).toBeUndefined();
    expect(run('mvm-description-missing', onSet({ description: 'v.3' }))).toEqual([]);
    expect(run('mvm-description-missing', onItem({ description: '' }, { bib: SINGLE_BIB }))).toEqual([]);
  });

  it('mvm-description-format follows the profile pattern and suggests v.N', () => {
    const [finding] = run('mvm-description-format', onSet({ description: 'Vol. 3' }));
    expect(finding!.fix).toMatchObject({ field: 'description', value: 'v.3' });
    expect(run('mvm-description-format', onSet({ description: 'v.3' }))).toEqual([]);
    expect(run('mvm-description-format', onSet({ description: 'v. 3' }))).toHaveLength(1); // Berkeley: no space
    const spaced = { ...BERKELEY, mvmDescriptionPattern: '^v\\.\\s?\\d+' };
    expect(run('mvm-description-format', onItem({ description: 'v. 3' }, { bib: MVM_BIB, profile: spaced }))).toEqual(
      [],
    );
  });

  it('a bad profile pattern turns the format check off and is reported once', () => {
    const broken = { ...BERKELEY, mvmDescriptionPattern: '^v\\.(' };
    const ctx = onItem({ description: 'anything' }, { bib: MVM_BIB, profile: broken });
    expect(() => run('mvm-description-format', ctx)).not.toThrow();
    expect(run('mvm-description-format', ctx)).toEqual([]);
    const reported = run('item-profile-pattern-invalid', ctx);
    expect(reported).toEqual([expect.objectContaining({ itemField: 'description' })]);
    expect(reported[0]!.message).toContain('^v\\.(');
    expect(run('item-profile-pattern-invalid', onItem({}))).toEqual([]);
  });

  it('a profile pattern that could backtrack exponentially never runs: reported like a bad one (issue 15)', () => {
    // 29 digits and an x: a backtracking ^(\d+)+$ would try 2^29 ways before failing.
    const risky = { ...BERKELEY, barcodePattern: '^(\\d+)+$' };
    const ctx = onItem({ barcode: `${'1'.repeat(29)}x` }, { profile: risky });
    expect(run('item-barcode-format', ctx)).toEqual([]);
    const reported = run('item-profile-pattern-invalid', ctx);
    expect(reported).toEqual([expect.objectContaining({ itemField: 'barcode' })]);
    expect(reported[0]!.message).toContain('^(\\d+)+$');
    // It says why the pattern cannot be used, not that it is not a regular expression (it is one).
    expect(reported[0]!.message).toContain('cannot be used (');
    expect(reported[0]!.message).not.toContain('not a valid regular expression');
  });

  it('mvm-description-verbose', () => {
    expect(run('mvm-description-verbose', onSet({ description: 'v.3 Index and supplement to the set' }))).toHaveLength(
      1,
    );
    expect(run('mvm-description-verbose', onSet({ description: 'volume 3' }))).toHaveLength(1);
    expect(run('mvm-description-verbose', onSet({ description: 'v.3:pt.2' }))).toEqual([]);
  });

  it('mvm-enumeration-mismatch, with a fix', () => {
    const [empty] = run('mvm-enumeration-mismatch', onSet({ description: 'v.12', enumerationA: '' }));
    expect(empty!.message).toContain('Enumeration A is empty');
    expect(empty!.fix).toMatchObject({ field: 'enumerationA', value: '12' });
    expect(run('mvm-enumeration-mismatch', onSet({ description: 'v.12', enumerationA: '2' }))).toHaveLength(1);
    expect(run('mvm-enumeration-mismatch', onSet({ description: 'v.012', enumerationA: '12' }))).toEqual([]);
    expect(run('mvm-enumeration-mismatch', onSet({ description: '', enumerationA: '2' }))).toEqual([]);
  });

  it('mvm-chronology-on-monograph: any monograph, one finding per field', () => {
    const findings = run(
      'mvm-chronology-on-monograph',
      onItem({ chronologyI: '1990', chronologyJ: '05' }, { bib: SINGLE_BIB }),
    );
    expect(findings.map((f) => f.itemField)).toEqual(['chronologyI', 'chronologyJ']);
    expect(
      run(
        'mvm-chronology-on-monograph',
        onItem({ chronologyI: '1990' }, { bib: marc(['245 00 $a J'], SERIAL_LEADER) }),
      ),
    ).toEqual([]);
  });
});

describe('withdrawn and NRLF items (R-REIN-1/2, R-NRLF-1/2)', () => {
  it('item-in-withdrawn-location uses the profile pattern', () => {
    expect(
      run('item-in-withdrawn-location', onItem({ permanentLocation: coded('mazw', 'Withdrawn') }))[0]!.source,
    ).toContain('reinstating-withdrawn-items');
    expect(run('item-in-withdrawn-location', onItem({ permanentLocation: coded('nzw') }))).toHaveLength(1);
    expect(run('item-in-withdrawn-location', onItem({ permanentLocation: coded('mstk') }))).toEqual([]);
    expect(run('item-in-withdrawn-location', onItem({ permanentLocation: coded('abczw') }))).toEqual([]);
  });

  it('item-millennium-withdrawn: the bare zw location', () => {
    expect(run('item-millennium-withdrawn', onItem({ permanentLocation: coded('zw') }))).toHaveLength(1);
    expect(run('item-millennium-withdrawn', onItem({ permanentLocation: coded('mazw') }))).toEqual([]);
  });

  it('item-nrlf-work-order matches code or label, case-insensitively', () => {
    expect(
      run('item-nrlf-work-order', onItem({ processType: coded('WORK_ORDER', 'nrlf deposit prep') }))[0]!.source,
    ).toContain('nrlf');
    expect(run('item-nrlf-work-order', onItem({ processType: coded('MISSING', 'Missing') }))).toEqual([]);
    expect(
      run(
        'item-nrlf-work-order',
        onItem({ processType: coded('NRLF') }, { profile: { ...BERKELEY, depositWorkOrderPattern: '' } }),
      ),
    ).toEqual([]);
  });

  it('item-pulled-without-work-order: a deposit note but no process type', () => {
    expect(
      run('item-pulled-without-work-order', onItem({ internalNotes: ['Pulled for NRLF 2025-03-01'] })),
    ).toHaveLength(1);
    expect(
      run('item-pulled-without-work-order', onItem({ internalNotes: ['Pulled for NRLF'], processType: coded('NRLF') })),
    ).toEqual([]);
    expect(run('item-pulled-without-work-order', onItem({ internalNotes: ['Gift'] }))).toEqual([]);
  });
});
