import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

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
    return [
      recordFinding(
        holMultipartWithout866,
        ruleText(type === 'v' ? 'hol-multipart-without-866.multipart' : 'hol-multipart-without-866.serial'),
        {
          tag: '866',
        },
      ),
    ];
  },
};
