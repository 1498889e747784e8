import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordKindOf } from '../../../../cli/record-kind';
import { readIso2709 } from '../../../../lib/marc/iso2709';
import { readMrk } from '../../../../lib/marc/mrk';
import { buildRecordIndex } from '../../../../lib/rules/record-index';
import { builtInRules } from '../../../../lib/rules/registry';
import type { Finding, RuleContext } from '../../../../lib/rules/types';
import { GENERIC_PROFILE } from '../../../../lib/settings/profile';

const fixtures = join(import.meta.dirname, '../../../fixtures/marc');
let cached: Finding[] | null = null;

/**
 * Every finding the built-in rules give on the MARC fixtures (ISO 2709 files and the valid .mrk corpus), as each
 * rule's own check() returns it: before the engine's post-processing (severity overrides, summaries of many
 * findings in one field), which may rewrite a message. Read once per test file.
 */
export function corpusFindings(): readonly Finding[] {
  cached ??= readCorpus().flatMap(({ record }) => {
    if (!record) return [];
    const kind = recordKindOf(record);
    const ctx: RuleContext = {
      kind,
      record,
      profile: GENERIC_PROFILE,
      options: { allowLocalTags: true },
      index: buildRecordIndex(record),
    };
    return builtInRules
      .filter((rule) => rule.appliesTo.includes(kind))
      .flatMap((rule) => {
        try {
          return rule.check(ctx);
        } catch {
          return []; // the engine reports a crashing rule; not these tests' business
        }
      });
  });
  return cached;
}

function readCorpus() {
  const results = readdirSync(fixtures).flatMap((name) =>
    /\.(mrc|marc|usmarc)$/.test(name) ? [...readIso2709(new Uint8Array(readFileSync(join(fixtures, name))))] : [],
  );
  const valid = join(fixtures, 'valid');
  for (const name of readdirSync(valid)) {
    if (name.endsWith('.mrk')) results.push(...readMrk(readFileSync(join(valid, name), 'utf8')));
  }
  return results;
}
