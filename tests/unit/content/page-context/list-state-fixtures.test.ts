import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../../../content/alma/recognise';
import { buildPageContext } from '../../../../content/page-context/build-context';
import { listStateOf } from '../../../../lib/oclc/list-state';
import { GENERIC_PROFILE } from '../../../../lib/settings/profile';
import { loadFixtureFile } from '../alma/helpers/fixtures';

const OCLC_BIB = '990000001706532';

/** The state lib/oclc reads from each OCLC state fixture, through content/alma and buildPageContext. */
function stateOf(path: string) {
  const doc = loadFixtureFile(path);
  const context = buildPageContext(doc, recognisePage(doc), GENERIC_PROFILE);
  return context ? listStateOf(context) : null;
}

describe('OCLC state fixtures as the content script reads them', () => {
  it('List of Items, all three withdrawn, count shown: complete, none active', () => {
    expect(stateOf('items-list-oclc-none-active/index.html')).toMatchObject({
      page: 'items-list',
      mmsId: OCLC_BIB,
      shown: 3,
      total: 3,
      active: 0,
      partial: null,
      where: ['Main Withdrawn (mazw)'],
    });
  });

  it('List of Items, one copy back in the stacks: one active', () => {
    expect(stateOf('items-list-oclc-reinstated/index.html')).toMatchObject({ shown: 3, active: 1, partial: null });
  });

  it('a paged List of Items ("(1 - 20 of 45 )") is partial', () => {
    expect(stateOf('items-list-oclc-paged/index.html')).toMatchObject({
      shown: 20,
      total: 45,
      active: 0,
      partial: 'paged',
    });
  });

  it('List of Holdings, both in withdrawn locations, count shown', () => {
    expect(stateOf('holdings-list-oclc-none-active/index.html')).toMatchObject({
      page: 'holdings-list',
      mmsId: OCLC_BIB,
      shown: 2,
      total: 2,
      active: 0,
      partial: null,
      where: ['MAIN', 'NRLF'],
    });
  });
});
