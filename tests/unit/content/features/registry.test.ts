import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { features } from '../../../../content/features';

const featuresDir = join(import.meta.dirname, '../../../../content/features');
const featureFiles = readdirSync(featuresDir).filter((file) => file !== 'index.ts');

describe('feature registry (content/features/index.ts)', () => {
  it('lists every feature file exactly once, with the file name as its id', () => {
    const fileIds = featureFiles.map((file) => basename(file, extname(file))).sort();
    expect(features.map((feature) => feature.id).sort()).toEqual(fileIds);
  });

  it.each(featureFiles)('%s is one feature: default export, test pages noted, runs on some page kinds', (file) => {
    const source = readFileSync(join(featuresDir, file), 'utf8');
    expect(source).toMatch(/export default defineFeature\(/);
    // As refined-github's "Test URLs": where to check the feature by hand.
    expect(source).toMatch(/Test pages:/);
    const feature = features.find((candidate) => candidate.id === basename(file, extname(file)));
    expect(feature?.pageKinds.length).toBeGreaterThan(0);
    expect(feature?.description.length).toBeGreaterThanOrEqual(20);
  });

  it('uses kebab-case ids', () => {
    for (const feature of features) expect(feature.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
