import { multiVolumeExtent } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { indexedDataFields, recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-ADD-4: a monograph whose 300 counts more than one volume is a set and follows the MVM procedure. */
export const addMultiVolumeSet: Rule = {
  id: 'add-multi-volume-set',
  title: 'Multi-volume set',
  defaultSeverity: 'info',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale:
    'Volumes of a set are items on the set bib, each with its volume in Description; they are not separate copies.',
  source: PROCEDURE_URLS.multiVolumeMonographs,
  check(ctx) {
    const record = ctx.record;
    if (record?.leader.charAt(7) !== 'm' || ctx.index.byTag('300').length === 0) return [];
    const extent = multiVolumeExtent(record);
    if (extent === null) return [];
    const entry = indexedDataFields(ctx, '300')[0];
    return [
      recordFinding(
        addMultiVolumeSet,
        ruleText('add-multi-volume-set.set', { extent }),
        entry ? { tag: '300', occurrence: entry.occurrence, fieldIndex: entry.fieldIndex } : { tag: '300' },
      ),
    ];
  },
};
