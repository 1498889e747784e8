import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../../lib/rules/registry';

const RULES = join(__dirname, '../../../lib/rules');

/** Every rule file: lib/rules/<group>/<name>.ts, without the groups' index.ts lists. */
const ruleFiles = new Map<string, string>();
for (const group of readdirSync(RULES, { withFileTypes: true })) {
  if (!group.isDirectory() || group.name === 'shared' || group.name === 'custom') continue;
  for (const file of readdirSync(join(RULES, group.name))) {
    if (file.endsWith('.ts') && file !== 'index.ts') ruleFiles.set(file.slice(0, -3), join(group.name, file));
  }
}

describe('rule ids equal file names (one rule per file)', () => {
  it('has rules and files to compare', () => {
    expect(builtInRules.length).toBeGreaterThan(50);
    expect(ruleFiles.size).toBeGreaterThan(50);
  });

  it.each(builtInRules.map((rule) => rule.id))('%s is defined in a file of that name', (id) => {
    const file = ruleFiles.get(id);
    expect(file, `no lib/rules/<group>/${id}.ts`).toBeDefined();
    expect(readFileSync(join(RULES, file!), 'utf8')).toMatch(new RegExp(`id: ['"]${id}['"]`));
  });

  it("defines no unregistered rule in a rule group's folder", () => {
    const ids = new Set(builtInRules.map((rule) => rule.id));
    const helpers = [...ruleFiles.keys()].filter((name) => !ids.has(name));
    // The other files of a rule group are helpers: they define no rule of their own.
    for (const name of helpers) {
      expect(readFileSync(join(RULES, ruleFiles.get(name)!), 'utf8'), name).not.toMatch(/:\s*Rule\s*=/);
    }
  });
});
