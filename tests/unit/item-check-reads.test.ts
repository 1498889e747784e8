import { describe, expect, it } from 'vitest';
import { ITEM_CHECK_READS } from '../../lib/item-check-reads';
import { itemRules } from '../../lib/rules/items';

describe('ITEM_CHECK_READS', () => {
  it('names every item rule with its title and the boxes it reads, in registry order', () => {
    expect(ITEM_CHECK_READS).toEqual(itemRules.map(({ id, title, reads }) => ({ id, title, reads })));
  });
});
