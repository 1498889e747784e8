import { describe, expect, it } from 'vitest';
import {
  hasRelatedRecords,
  isMultiVolumeSet,
  multiVolumeExtent,
  relatedRecordMarks,
  titleOf,
} from '../../../lib/procedures/bib-facts';
import { MVM_BIB, SERIAL_LEADER, SINGLE_BIB, marc } from './builders';

const withExtent = (extent: string, leader?: string) => marc([`300 ## $a ${extent}`], leader);

describe('multi-volume set test (R-ADD-4 trigger)', () => {
  it.each([
    ['3 v. ;', true],
    ['2 volumes ;', true],
    ['[4] v. :', true],
    ['v. ;', true], // open set: no number before the designation
    ['v. <1-3 > ;', true],
    ['1 v. (various pagings) ;', false],
    ['xii, 240 p. ;', false],
    ['xv, 300 p.', false],
    ['1 online resource (rev. ed.)', false],
    // AACR2 2.5B4 preliminary leaves and roman pagination: "v." here is page five, not volumes.
    ['2 p. l., [ii]-v., 200 p. ;', false],
    ['xii-v., 88 p.', false],
    ['<2 > v. ;', true], // incomplete set, volumes held so far in angle brackets
  ])('300 $a "%s" → %s', (extent, expected) => {
    expect(isMultiVolumeSet(withExtent(extent))).toBe(expected);
  });

  it('needs leader/07 m: a serial with "v." is not a set', () => {
    expect(isMultiVolumeSet(withExtent('3 v. ;', SERIAL_LEADER))).toBe(false);
  });

  it('reports the triggering 300 text', () => {
    expect(multiVolumeExtent(MVM_BIB)).toBe('3 v. ;');
    expect(multiVolumeExtent(SINGLE_BIB)).toBeNull();
    expect(multiVolumeExtent(undefined)).toBeNull();
  });
});

describe('related records', () => {
  it('finds 773/774 with $w and the UC 910 note, with occurrence and field index', () => {
    const bib = marc(['001 99123', '774 0# $t Part one $w 991111', '910 ## $a Has related records (UCB)']);
    const marks = relatedRecordMarks(bib);
    expect(marks.map((m) => [m.tag, m.occurrence, m.fieldIndex])).toEqual([
      ['774', 0, 1],
      ['910', 0, 2],
    ]);
    expect(marks[0]!.label).toBe('774 $w 991111');
  });

  it('ignores 773 without $w and other 910 notes', () => {
    expect(hasRelatedRecords(marc(['773 0# $t Host only', '910 ## $a Local note']))).toBe(false);
  });
});

describe('titleOf', () => {
  it('joins 245 $a $b without trailing ISBD punctuation', () => {
    expect(titleOf(marc(['245 10 $a Main title : $b subtitle / $c Someone.']))).toBe('Main title : subtitle');
    expect(titleOf(undefined)).toBe('');
  });
});
