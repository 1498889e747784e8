import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';

/** R-HOL-5 and R-MVM-5: multipart (v) and serial (y) holdings summarise what is held in 866. */
export const holMultipartWithout866: Rule = {
  id: 'hol-multipart-without-866',
  title: 'Multipart or serial holdings without 866',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Patrons and staff read which volumes or issues are held from the 866 summary.',
  source: PROCEDURE_URLS.multiVolumeMonographs,
  check(ctx) {
    const type = ctx.record?.leader.charAt(6);
    if ((type !== 'v' && type !== 'y') || ctx.index.byTag('866').length > 0) return [];
    const kind = type === 'v' ? 'multipart (leader/06 v)' : 'serial (leader/06 y)';
    const exception = type === 'v' ? ' Shelf-ready sets are the one exception.' : '';
    return [
      recordFinding(
        holMultipartWithout866,
        `These ${kind} holdings have no 866. Add an 866 $a summary of the volumes held (Z39.71, e.g. "v.1-3").${exception}`,
        {
          tag: '866',
        },
      ),
    ];
  },
};
