import { describe, expect, it } from 'vitest';
import { procedureCatalog } from '../../../../lib/procedures/catalog';
import { procedureRules } from '../../../../lib/rules/procedures';
import { itemRules } from '../../../../lib/rules/items';
import { findRule } from '../../../../lib/rules/registry';
import type { Rule, RuleContext } from '../../../../lib/rules/types';
import {
  BERKELEY,
  HOLDINGS_LEADER,
  MVM_BIB,
  SINGLE_BIB,
  item,
  marc,
  row,
  ruleContext,
} from '../../procedures/builders';

function rule(id: string): Rule {
  const found = procedureRules.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}
const run = (id: string, ctx: RuleContext) => rule(id).check(ctx);
const holdings = (lines: string[], leader = HOLDINGS_LEADER) => marc(lines, leader);

describe('procedure rule metadata', () => {
  it.each(procedureRules.map((r) => [r.id, r]))(
    '%s: procedure origin, https source, [INFERRED] never an error',
    (_id, r) => {
      expect(r.origin).toBe('procedure');
      expect(r.source).toMatch(/^https:\/\//);
      expect(r.profiles).toContain('all');
      if (r.inferred) expect(r.defaultSeverity).not.toBe('error');
    },
  );

  it('every rule a procedure names exists', () => {
    for (const procedure of procedureCatalog) {
      for (const id of procedure.ruleIds) expect(findRule(id), `${procedure.id} → ${id}`).toBeDefined();
    }
  });

  it('procedure and item rule ids do not clash', () => {
    const all = [...procedureRules, ...itemRules].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('R-ADD', () => {
  it('add-bib-not-network-linked: Alma status, then the profile MMS ID suffix heuristic', () => {
    expect(
      run(
        'add-bib-not-network-linked',
        ruleContext('bib', { record: SINGLE_BIB, recordStatus: { networkLinked: false } }),
      ),
    ).toHaveLength(1);
    expect(
      run(
        'add-bib-not-network-linked',
        ruleContext('bib', { record: SINGLE_BIB, recordStatus: { networkLinked: true } }),
      ),
    ).toEqual([]);
    const izOnly = run('add-bib-not-network-linked', ruleContext('bib', { record: MVM_BIB }));
    expect(izOnly).toHaveLength(1);
    expect(izOnly[0]).toMatchObject({ tag: '001', severity: 'warning' });
    expect(izOnly[0]!.message).toContain('6532');
    expect(run('add-bib-not-network-linked', ruleContext('bib', { record: SINGLE_BIB }))).toEqual([]);
    expect(
      run(
        'add-bib-not-network-linked',
        ruleContext('bib', { record: MVM_BIB, profile: { ...BERKELEY, izOnlyMmsIdSuffix: '' } }),
      ),
    ).toEqual([]);
  });

  it('add-bib-suppressed fires only on a bib Alma shows as suppressed', () => {
    expect(
      run('add-bib-suppressed', ruleContext('bib', { record: SINGLE_BIB, recordStatus: { suppressed: true } })),
    ).toHaveLength(1);
    expect(
      run('add-bib-suppressed', ruleContext('bib', { record: SINGLE_BIB, recordStatus: { suppressed: false } })),
    ).toEqual([]);
    expect(run('add-bib-suppressed', ruleContext('bib', { record: SINGLE_BIB }))).toEqual([]);
  });

  it('add-res-share-holdings points at 852 $b', () => {
    const findings = run(
      'add-res-share-holdings',
      ruleContext('holdings', { record: holdings(['852 0# $b RES_SHARE $c ill']) }),
    );
    expect(findings).toEqual([expect.objectContaining({ tag: '852', occurrence: 0, code: 'b' })]);
    expect(
      run('add-res-share-holdings', ruleContext('holdings', { record: holdings(['852 0# $b MAIN $c mstk']) })),
    ).toEqual([]);
  });

  it('add-multi-volume-set flags a set and names its 300', () => {
    const findings = run('add-multi-volume-set', ruleContext('bib', { record: MVM_BIB }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ tag: '300', occurrence: 0, fieldIndex: 3, severity: 'info' });
    expect(findings[0]!.message).toContain('3 v.');
    expect(run('add-multi-volume-set', ruleContext('bib', { record: SINGLE_BIB }))).toEqual([]);
  });

  it('add-no-call-number-source: no 852 $h and no bib 050/090', () => {
    const noClass = marc(['001 99777', '245 10 $a Uncatalogued']);
    const bare = holdings(['852 0# $b MAIN $c mstk']);
    expect(run('add-no-call-number-source', ruleContext('holdings', { record: bare, bib: noClass }))).toHaveLength(1);
    expect(run('add-no-call-number-source', ruleContext('holdings', { record: bare, bib: SINGLE_BIB }))).toEqual([]);
    expect(
      run(
        'add-no-call-number-source',
        ruleContext('holdings', { record: holdings(['852 0# $b MAIN $c mstk $h QA76']), bib: noClass }),
      ),
    ).toEqual([]);
    expect(run('add-no-call-number-source', ruleContext('holdings', { record: bare }))).toEqual([]);
  });
});

describe('R-HOL', () => {
  it('hol-852-location-missing: no 852, or 852 without $b or $c', () => {
    expect(run('hol-852-location-missing', ruleContext('holdings', { record: holdings(['008 x']) }))).toEqual([
      expect.objectContaining({ tag: '852', severity: 'error' }),
    ]);
    const findings = run('hol-852-location-missing', ruleContext('holdings', { record: holdings(['852 0# $h QA76']) }));
    expect(findings.map((f) => f.code)).toEqual(['b', 'c']);
    expect(
      run('hol-852-location-missing', ruleContext('holdings', { record: holdings(['852 0# $b MAIN $c mstk']) })),
    ).toEqual([]);
  });

  it('hol-852-indicator-lc: LC $h with first indicator other than 0, with a fix', () => {
    const record = holdings(['852 8# $b MAIN $c mstk $h QA76.73 $i .J38 2020']);
    const [finding] = run('hol-852-indicator-lc', ruleContext('holdings', { record }));
    expect(finding).toMatchObject({ tag: '852', indicator: 1 });
    expect(finding!.fix).toMatchObject({ type: 'replace-field', fieldIndex: 0 });
    if (finding!.fix?.type === 'replace-field') expect(finding!.fix.field).toMatchObject({ ind1: '0' });
    expect(record.fields[0]).toMatchObject({ ind1: '8' }); // the fix does not mutate the record
    expect(
      run('hol-852-indicator-lc', ruleContext('holdings', { record: holdings(['852 0# $b MAIN $h QA76']) })),
    ).toEqual([]);
    expect(
      run('hol-852-indicator-lc', ruleContext('holdings', { record: holdings(['852 8# $b MAIN $h 823.914']) })),
    ).toEqual([]);
  });

  // hd852 first indicator 7: the scheme is named in $2 (RVK notations such as "MF 1000" look like LC classes).
  it('hol-852-indicator-lc trusts a scheme named in $2 under first indicator 7', () => {
    const rvk = holdings(['852 7# $2 rvk $a DE-101 $b FRA $c MAG $h MF 1000 $i M949']);
    expect(run('hol-852-indicator-lc', ruleContext('holdings', { record: rvk }))).toEqual([]);
    const unnamed = holdings(['852 7# $a DE-101 $b FRA $c MAG $h MF 1000 $i M949']);
    expect(run('hol-852-indicator-lc', ruleContext('holdings', { record: unnamed }))).toHaveLength(1);
  });

  it('hol-852-indicator-lc leaves NLM call numbers (W, QS-QZ) alone; call-number-scheme-852 judges them', () => {
    for (const nlm of ['WB 100', 'W1 JO706', 'QS 4', 'QV 55', 'QZ200']) {
      for (const ind1 of ['2', ' ', '8']) {
        const record = holdings([`852 ${ind1 === ' ' ? '#' : ind1}# $b MAIN $c mstk $h ${nlm} $i .B3 2001`]);
        expect(run('hol-852-indicator-lc', ruleContext('holdings', { record })), `${nlm} under ${ind1}`).toEqual([]);
      }
      // NLM under indicator 2 is right; under 0 (LC) the holdings rule suggests 2.
      const scheme = findRule('call-number-scheme-852')!;
      expect(scheme.check(ruleContext('holdings', { record: holdings([`852 2# $b MAIN $h ${nlm}`]) }))).toEqual([]);
      expect(
        scheme.check(ruleContext('holdings', { record: holdings([`852 0# $b MAIN $h ${nlm}`]) }))[0]!.message,
      ).toContain('set indicator 1 to 2');
    }
    // LC classes next to the NLM letters are still LC: QA, QR, and an LC number under the NLM indicator.
    expect(
      run('hol-852-indicator-lc', ruleContext('holdings', { record: holdings(['852 2# $b MAIN $h QA76.73']) })),
    ).toHaveLength(1);
    expect(
      run('hol-852-indicator-lc', ruleContext('holdings', { record: holdings(['852 8# $b MAIN $h QR 41.2']) })),
    ).toHaveLength(1);
  });

  // hd852: first indicator 4 (shelving control number in $j), 5 (title), 6 (shelved separately) need no class
  // part, nor does the holdings of an online resource (856, no shelf).
  it('hol-852-class-part-missing leaves locations without a classification alone', () => {
    for (const line of ['852 4# $b NRLF $c nrlf $j B 3 456 789', '852 5# $b MAIN $c fic', '852 6# $b MAIN $c thes']) {
      expect(run('hol-852-class-part-missing', ruleContext('holdings', { record: holdings([line]) })), line).toEqual(
        [],
      );
    }
    const online = holdings(['852 0# $b ERES $c www', '856 40 $u https://example.org/book']);
    expect(run('hol-852-class-part-missing', ruleContext('holdings', { record: online }))).toEqual([]);
    const shelf = holdings(['852 8# $b MAIN $c mstk']);
    expect(run('hol-852-class-part-missing', ruleContext('holdings', { record: shelf }))).toHaveLength(1);
  });

  it('hol-852-class-part-missing offers to copy 050 into $h/$i', () => {
    const record = holdings(['852 0# $b MAIN $c mstk $z note']);
    const [finding] = run('hol-852-class-part-missing', ruleContext('holdings', { record, bib: SINGLE_BIB }));
    expect(finding!.message).toContain('PS3545.I345 Z5 1990');
    expect(finding!.fix?.type).toBe('replace-field');
    if (finding!.fix?.type === 'replace-field' && 'subfields' in finding!.fix.field) {
      expect(finding!.fix.field.subfields.map((s) => `${s.code}${s.value}`)).toEqual([
        'bMAIN',
        'cmstk',
        'hPS3545.I345',
        'iZ5 1990',
        'znote',
      ]);
    }
    // Without the bib it still reports, without a fix; with a bib lacking 050/090, add-no-call-number-source reports
    // instead.
    expect(run('hol-852-class-part-missing', ruleContext('holdings', { record }))[0]!.fix).toBeUndefined();
    expect(run('hol-852-class-part-missing', ruleContext('holdings', { record, bib: marc(['245 10 $a x']) }))).toEqual(
      [],
    );
    expect(
      run(
        'hol-852-class-part-missing',
        ruleContext('holdings', { record: holdings(['852 0# $b MAIN $c mstk $h PS1']) }),
      ),
    ).toEqual([]);
  });

  it('hol-template-mismatch checks only new holdings', () => {
    const template = '000000' + '0u    0   4001uu   0000000';
    const good = holdings([`008 ${template}`, '852 0# $b MAIN $c mstk']);
    expect(run('hol-template-mismatch', ruleContext('holdings', { record: good }))).toEqual([]);
    const changed = holdings(
      [`008 ${'000000' + '4u    0   4001uu   0000000'}`, '852 0# $b MAIN $c mstk'],
      '     nu  a22     un 4500',
    );
    const findings = run('hol-template-mismatch', ruleContext('holdings', { record: changed }));
    expect(findings.map((f) => f.tag)).toEqual(['LDR', '008']);
    expect(findings[1]!.message).toContain('position 06');
    const saved = holdings(['001 221234', `008 ${'000000' + '4u    0   4001uu   0000000'}`]);
    expect(run('hol-template-mismatch', ruleContext('holdings', { record: saved }))).toEqual([]);
    expect(
      run('hol-template-mismatch', ruleContext('holdings', { record: saved, recordStatus: { isNew: true } })),
    ).toHaveLength(1);
  });

  it('hol-multipart-without-866: v and y leaders need 866', () => {
    const multipart = (lines: string[]) => holdings(lines, '     nv  a22     un 4500');
    expect(
      run('hol-multipart-without-866', ruleContext('holdings', { record: multipart(['852 0# $b MAIN']) })),
    ).toHaveLength(1);
    expect(
      run(
        'hol-multipart-without-866',
        ruleContext('holdings', { record: multipart(['852 0# $b MAIN', '866 #0 $a v.1-3']) }),
      ),
    ).toEqual([]);
    expect(
      run(
        'hol-multipart-without-866',
        ruleContext('holdings', { record: holdings(['852 0# $b MAIN'], '     ny  a22     un 4500') }),
      ),
    ).toHaveLength(1);
    expect(run('hol-multipart-without-866', ruleContext('holdings', { record: holdings(['852 0# $b MAIN']) }))).toEqual(
      [],
    );
  });

  it('hol-shared-print-without-561: retention 583 without 561', () => {
    const west = ['583 1# $a committed to retain $c 20120701 $d 20351231 $f WEST'];
    expect(run('hol-shared-print-without-561', ruleContext('holdings', { record: holdings(west) }))).toHaveLength(1);
    expect(
      run(
        'hol-shared-print-without-561',
        ruleContext('holdings', { record: holdings([...west, '561 ## $a Ownership']) }),
      ),
    ).toEqual([]);
    expect(
      run(
        'hol-shared-print-without-561',
        ruleContext('holdings', { record: holdings(['583 ## $a condition reviewed']) }),
      ),
    ).toEqual([]);
  });
});

describe('R-REL', () => {
  const host = marc(['001 99555', '245 10 $a Host', '774 0# $w 991234 $t Bound with']);

  it('rel-related-record marks hosts and 910 notes', () => {
    expect(run('rel-related-record', ruleContext('bib', { record: host }))).toEqual([
      expect.objectContaining({ tag: '774', fieldIndex: 2 }),
    ]);
    expect(
      run('rel-related-record', ruleContext('bib', { record: marc(['910 ## $a Has related records (UCB)']) })),
    ).toHaveLength(1);
    expect(run('rel-related-record', ruleContext('bib', { record: SINGLE_BIB }))).toEqual([]);
  });

  it('rel-link-not-resolvable: $w must be an MMS ID or (OCoLC) number', () => {
    const record = marc([
      '773 0# $t Host $w (DLC)sn 84000000',
      '774 0# $w 99123456',
      '830 #0 $a Series $w (OCoLC)ocm01234567',
    ]);
    const findings = run('rel-link-not-resolvable', ruleContext('bib', { record }));
    expect(findings).toEqual([expect.objectContaining({ tag: '773', occurrence: 0, code: 'w', subfieldIndex: 1 })]);
  });

  // bd76x78x: $w repeats for the same related record's numbers in several systems; one resolvable number links it.
  it('rel-link-not-resolvable judges the field: one resolvable $w is enough, else one finding for the field', () => {
    const both = marc(['780 00 $t Journal of internet cataloging $w (DLC)   96660002 $w (OCoLC)35271340']);
    expect(run('rel-link-not-resolvable', ruleContext('bib', { record: both }))).toEqual([]);
    const neither = marc(['780 00 $t Journal $w (DLC)   96660002 $w (CaOONL)123456']);
    const findings = run('rel-link-not-resolvable', ruleContext('bib', { record: neither }));
    expect(findings).toEqual([expect.objectContaining({ tag: '780', occurrence: 0, code: 'w', subfieldIndex: 1 })]);
    expect(findings[0]!.message).toContain('"(DLC)   96660002", "(CaOONL)123456"');
  });

  it('rel-withdraw-related-record: only on the withdraw dialog', () => {
    expect(
      run('rel-withdraw-related-record', ruleContext('bib', { record: host, pageKind: 'withdraw-dialog' })),
    ).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(
      run('rel-withdraw-related-record', ruleContext('item', { item: item(), bib: host, pageKind: 'withdraw-dialog' })),
    ).toHaveLength(1);
    expect(run('rel-withdraw-related-record', ruleContext('bib', { record: host, pageKind: 'items-list' }))).toEqual(
      [],
    );
    expect(
      run('rel-withdraw-related-record', ruleContext('bib', { record: SINGLE_BIB, pageKind: 'withdraw-dialog' })),
    ).toEqual([]);
  });
});

describe('R-RELINK', () => {
  const brief = marc(['001 99888', '245 00 $a THE GREAT BOOK OF THINGS']);

  it('relink-gobi-brief-bib: capitals title plus the vendor barcode prefix', () => {
    const items = [row({ barcode: 'ucb---0001234' })];
    expect(run('relink-gobi-brief-bib', ruleContext('bib', { record: brief, items, pageKind: 'relink' }))).toHaveLength(
      1,
    );
    expect(
      run(
        'relink-gobi-brief-bib',
        ruleContext('item', { item: item({ barcode: 'ucb---99' }), bib: brief, pageKind: 'item-editor' }),
      ),
    ).toEqual([expect.objectContaining({ itemField: 'barcode' })]);
    expect(run('relink-gobi-brief-bib', ruleContext('bib', { record: SINGLE_BIB, items, pageKind: 'relink' }))).toEqual(
      [],
    );
    expect(
      run(
        'relink-gobi-brief-bib',
        ruleContext('bib', { record: brief, items: [row({ barcode: '30000012345678' })], pageKind: 'relink' }),
      ),
    ).toEqual([]);
    expect(
      run(
        'relink-gobi-brief-bib',
        ruleContext('bib', {
          record: brief,
          items,
          pageKind: 'relink',
          profile: { ...BERKELEY, briefBibBarcodePrefix: undefined },
        }),
      ),
    ).toEqual([]);
  });

  it('relink-millennium-order: o + 8 characters PO lines', () => {
    const items = [row({ barcode: 'B1', poLine: 'o12345678' }), row({ barcode: 'B2', poLine: 'POL-123' })];
    const [finding] = run('relink-millennium-order', ruleContext('bib', { items, pageKind: 'relink' }));
    expect(finding!.message).toContain('o12345678');
    expect(run('relink-millennium-order', ruleContext('bib', { items: [items[1]!], pageKind: 'relink' }))).toEqual([]);
    expect(run('relink-millennium-order', ruleContext('bib', { items, pageKind: 'mde-bib' }))).toEqual([]);
  });

  it('relink-source-left-empty: an empty items list suggests marking for deletion', () => {
    expect(run('relink-source-left-empty', ruleContext('bib', { items: [], pageKind: 'items-list' }))).toHaveLength(1);
    expect(
      run('relink-source-left-empty', ruleContext('bib', { items: [row({ barcode: '1' })], pageKind: 'items-list' })),
    ).toEqual([]);
    expect(
      run(
        'relink-source-left-empty',
        ruleContext('bib', { items: [], pageKind: 'items-list', recordStatus: { markedForDeletion: true } }),
      ),
    ).toEqual([]);
  });

  it('relink-call-number-differs compares 852 $h with 050 $a, ignoring spacing', () => {
    expect(
      run(
        'relink-call-number-differs',
        ruleContext('holdings', { record: holdings(['852 0# $b MAIN $h QA76 $i .A1']), bib: SINGLE_BIB }),
      ),
    ).toEqual([expect.objectContaining({ tag: '852', code: 'h', severity: 'info' })]);
    expect(
      run(
        'relink-call-number-differs',
        ruleContext('holdings', { record: holdings(['852 0# $b MAIN $h PS 3545.I345']), bib: SINGLE_BIB }),
      ),
    ).toEqual([]);
  });
});

describe('R-DEL, R-PRED, R-REIN-4', () => {
  const marked = { markedForDeletion: true, networkLinked: true };

  it('del-still-network-linked', () => {
    expect(
      run('del-still-network-linked', ruleContext('bib', { record: SINGLE_BIB, recordStatus: marked })),
    ).toHaveLength(1);
    expect(
      run(
        'del-still-network-linked',
        ruleContext('bib', { record: SINGLE_BIB, recordStatus: { markedForDeletion: true, networkLinked: false } }),
      ),
    ).toEqual([]);
    expect(
      run(
        'del-still-network-linked',
        ruleContext('bib', { record: SINGLE_BIB, recordStatus: { networkLinked: true } }),
      ),
    ).toEqual([]);
  });

  it('del-has-inventory counts the items', () => {
    const [finding] = run(
      'del-has-inventory',
      ruleContext('bib', { recordStatus: marked, items: [row({ barcode: '1' }), row({ barcode: '2' })] }),
    );
    expect(finding!.message).toContain('2 items');
    expect(run('del-has-inventory', ruleContext('bib', { recordStatus: marked, items: [] }))).toEqual([]);
  });

  it('del-related-record', () => {
    const related = marc(['910 ## $a Has related records']);
    expect(run('del-related-record', ruleContext('bib', { record: related, recordStatus: marked }))).toHaveLength(1);
    expect(run('del-related-record', ruleContext('bib', { record: related }))).toEqual([]);
  });

  it('del-withdrawn-items uses the withdrawn-location pattern', () => {
    expect(
      run(
        'del-withdrawn-items',
        ruleContext('bib', { recordStatus: marked, items: [row({ barcode: '1', locationCode: 'mazw' })] }),
      ),
    ).toHaveLength(1);
    expect(
      run('del-withdrawn-items', ruleContext('bib', { recordStatus: marked, items: [row({ barcode: '1' })] })),
    ).toEqual([]);
  });

  it('pred-withdraw-received-item: ticked, received items with a PO line', () => {
    const items = [
      row({ barcode: 'A', poLine: 'POL-1', received: true, selected: true }),
      row({ barcode: 'B', poLine: 'POL-1', received: false, selected: true }),
    ];
    expect(
      run('pred-withdraw-received-item', ruleContext('bib', { items, pageKind: 'withdraw-dialog' }))[0]!.message,
    ).toContain('Item A');
    expect(
      run('pred-withdraw-received-item', ruleContext('bib', { items: [items[1]!], pageKind: 'withdraw-dialog' })),
    ).toEqual([]);
    expect(run('pred-withdraw-received-item', ruleContext('bib', { items, pageKind: 'items-list' }))).toEqual([]);
    const unticked = [
      { ...items[0]!, selected: false },
      { ...items[1]!, selected: true },
    ];
    expect(
      run('pred-withdraw-received-item', ruleContext('bib', { items: unticked, pageKind: 'withdraw-dialog' })),
    ).toEqual([]);
  });

  it('rein-still-suppressed: suppressed record with active items', () => {
    const active = [row({ barcode: '1' })];
    expect(
      run('rein-still-suppressed', ruleContext('bib', { recordStatus: { suppressed: true }, items: active })),
    ).toHaveLength(1);
    expect(
      run('rein-still-suppressed', ruleContext('holdings', { recordStatus: { suppressed: true }, items: active }))[0]!
        .message,
    ).toContain('holdings record');
    expect(
      run(
        'rein-still-suppressed',
        ruleContext('bib', { recordStatus: { suppressed: true }, items: [row({ barcode: '1', locationCode: 'nzw' })] }),
      ),
    ).toEqual([]);
    expect(
      run('rein-still-suppressed', ruleContext('bib', { recordStatus: { suppressed: false }, items: active })),
    ).toEqual([]);
  });
});

describe('cheap on ordinary records', () => {
  it('returns nothing for a plain bib outside any workflow', () => {
    const ctx = ruleContext('bib', { record: SINGLE_BIB });
    const fired = procedureRules.filter((r) => r.appliesTo.includes('bib')).flatMap((r) => r.check(ctx));
    expect(fired).toEqual([]);
  });

  it('never throws on a bib with no fields at all', () => {
    const ctx = ruleContext('bib', {
      record: { leader: '', fields: [] },
      items: [],
      pageKind: 'withdraw-dialog',
      recordStatus: { markedForDeletion: true },
    });
    for (const r of procedureRules) expect(() => r.check(ctx)).not.toThrow();
  });
});
