import { describe, expect, it } from 'vitest';
import { publicationDate008 } from '../../../../lib/rules/fields/publication-date-008';
import { book008, places, run } from '../helpers';

const rule = publicationDate008;

describe('publication-date-008', () => {
  it('accepts $c years that are Date 1 or Date 2', () => {
    expect(run(rule, [book008({ date1: '2005' }), '260 ## $aLondon :$bPenguin,$c[2005?]'])).toEqual([]);
    expect(
      run(rule, [book008({ type: 't', date1: '2006', date2: '2005' }), '264 #1 $c2006', '264 #4 $c©2005']),
    ).toEqual([]);
    expect(run(rule, [book008({ date1: '199u' }), '260 ## $c[199-?]', '264 #1 $c1994'])).toEqual([]);
  });

  it('accepts a corrected date and years inside a multipart range', () => {
    expect(run(rule, [book008({ date1: '1998' }), '260 ## $c1997 [i.e. 1998]'])).toEqual([]);
    expect(run(rule, [book008({ type: 'm', date1: '1990', date2: '2000' }), '260 ## $c1995'])).toEqual([]);
    expect(run(rule, [book008({ type: 'c', date1: '1990', date2: '9999' }), '260 ## $c2010-'])).toEqual([]);
  });

  it('flags a $c year that is neither 008 date', () => {
    const findings = run(rule, [book008({ date1: '2004' }), '260 ## $aMoskva :$bAst,$c2005.']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '260', occurrence: 0, code: 'c' }]);
    expect(findings[0]!.message).toContain('2005 does not match 008 Date 1 "2004"');
  });

  it('ignores 264 distribution and manufacture, and records without comparable dates', () => {
    expect(run(rule, [book008({ date1: '2004' }), '264 #3 $c2010'])).toEqual([]);
    expect(run(rule, [book008({ type: 'n', date1: 'uuuu', date2: 'uuuu' }), '260 ## $c2010'])).toEqual([]);
  });

  it('does not compare the dates of an 008 of the wrong length (field-008-length reports it)', () => {
    // A character lost before Date 1: 07-10 reads "2004" one place early; nobody can tell which is right.
    const short = book008({ date1: '2004' }).replace('000101', '00101');
    expect(run(rule, [short, '260 ## $c2005.'])).toEqual([]);
  });
});
