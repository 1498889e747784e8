/**
 * Shape of an LC classification number: one to three capital letters, then the class digits
 * ("QA76.73", "KF 4550"). NLM uses W and QS-QZ, which LC does not, so those are not LC.
 * https://www.loc.gov/aba/cataloging/classification/
 */
const LC_CLASS = /^[A-Z]{1,3} ?\d/;
const NLM_ONLY = /^(W|Q[S-Z])/;

export function looksLikeLcClass(value: string): boolean {
  return LC_CLASS.test(value) && !NLM_ONLY.test(value);
}

export function looksLikeNlmClass(value: string): boolean {
  return LC_CLASS.test(value) && NLM_ONLY.test(value);
}

/** A Dewey number: three digits, optionally a decimal part ("025.3", "813/.54"). */
const DEWEY = /^\d{3}(?:\/?\.[\d/]*)?(?:\s|$)/;

export function looksLikeDewey(value: string): boolean {
  return DEWEY.test(value);
}
