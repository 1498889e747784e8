import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsService } from '../../../../background/settings-service';
import { createValidateHandler } from '../../../../background/validation-handler';
import { ruleRunOptionsFrom } from '../../../../lib/settings/rule-run-options';
import { handleBackgroundMessages } from '../../../../extension/messaging';
import { createDefaultSettings } from '../../../../lib/settings';
import { backgroundValidator } from '../../../../content/validation/background-validator';
import { validationSettingsOf, type ValidationJob } from '../../../../lib/validation/jobs';
import { runValidationJob } from '../../../../lib/validation/run-job';

const JOB: ValidationJob = {
  kind: 'record',
  type: 'bib',
  record: {
    leader: '00000nam a2200000 a 4500',
    fields: [{ tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: 'Untitled' }] }],
  },
};
const SETTINGS = validationSettingsOf(createDefaultSettings());
const handleValidate = createValidateHandler(
  createSettingsService({ load: async () => createDefaultSettings(), watch: () => () => undefined }),
);

describe('backgroundValidator (content script side)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('gets from the background exactly what the engine finds', async () => {
    handleBackgroundMessages({ validate: handleValidate });
    const result = await backgroundValidator(JOB, SETTINGS);
    expect(result.findings).toEqual(runValidationJob(JOB, ruleRunOptionsFrom(SETTINGS)).findings);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it("passes on the background's refusal of a bad request", async () => {
    handleBackgroundMessages({ validate: handleValidate });
    await expect(backgroundValidator({ kind: 'record', type: 'bib', record: null } as never, SETTINGS)).rejects.toThrow(
      /Cannot validate: the record must have a leader/,
    );
  });

  it('asks once more when the background was not listening (a service worker between stop and start)', async () => {
    handleBackgroundMessages({ validate: handleValidate });
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const result = await backgroundValidator(JOB, SETTINGS);
    expect(result.findings).toEqual(runValidationJob(JOB, ruleRunOptionsFrom(SETTINGS)).findings);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives up after the second try, with the reason', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await expect(backgroundValidator(JOB, SETTINGS)).rejects.toThrow(/Receiving end does not exist/);
  });

  it('says to reload the page when the extension was reloaded under it', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(backgroundValidator(JOB, SETTINGS)).rejects.toThrow(/updated or reloaded.*Reload the page/);
  });
});
