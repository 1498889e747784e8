import type { Rule } from '../types';
import { callNumberScheme852 } from './call-number-scheme-852';
import { holdingsTypeContent } from './holdings-type-content';
import { captionPatternLinks } from './caption-pattern-links';

/**
 * MARC 21 holdings checks. 852 presence with $b/$c, an LC call number under another indicator and
 * v/y holdings without 866 are covered by the procedure rules hol-852-location-missing,
 * hol-852-indicator-lc and hol-multipart-without-866; these rules cover what those do not.
 */
export const holdingsRules: readonly Rule[] = [callNumberScheme852, holdingsTypeContent, captionPatternLinks];
