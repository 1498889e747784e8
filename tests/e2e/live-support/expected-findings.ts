/**
 * What the rule engine reports for each pane of a fixture grid, computed in Node with lib/ (the extension's
 * own code, run outside the browser) and printed as JSON. The e2e tests compare the panel in Chromium with
 * it: the panel must show exactly what the engine finds, no more, no less. Run with tsx (Playwright's loader
 * cannot import lib's JSON definitions):
 *   npx tsx tests/e2e/live-support/expected-findings.ts <grid.html under tests/fixtures/alma> [settings.json]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { readGrid } from '../../../content/live/read-grid';
import { createDefaultSettings } from '../../../lib/settings/defaults';
import { validationSettingsOf } from '../../../lib/validation/jobs';
import type { Settings } from '../../../lib/settings/types';
import { localValidator } from '../../../lib/validation/run-job';

const [gridPath, settingsPath] = process.argv.slice(2);
if (!gridPath) throw new Error('usage: expected-findings.ts <grid.html> [settings.json]');
const html = readFileSync(join(resolve(import.meta.dirname, '../../fixtures/alma'), gridPath), 'utf8');
const window = new Window({ url: 'http://localhost/', settings: { disableJavaScriptEvaluation: true } });
const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const settings: Settings = settingsPath
  ? (JSON.parse(readFileSync(settingsPath, 'utf8')) as Settings)
  : createDefaultSettings();
const options = validationSettingsOf(settings);

const panes = [];
for (const { extracted, snapshot } of readGrid(doc, localValidator)) {
  const { findings } = await snapshot.validate(options);
  panes.push({
    pane: extracted.pane,
    findings: findings.map(({ finding }) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      tag: finding.tag ?? '',
      message: finding.message,
    })),
  });
}
process.stdout.write(JSON.stringify(panes));
