import { describe, expect, it } from 'vitest';
import { createSettingsService } from '../../../background/settings-service';
import { createDefaultSettings, type Settings } from '../../../lib/settings';
import { settingsRevision, validationSettingsOf } from '../../../lib/validation/jobs';

function source(initial: Settings) {
  let stored = initial;
  let loads = 0;
  let notify: (settings: Settings) => void = () => undefined;
  return {
    source: {
      load: async () => {
        loads++;
        return stored;
      },
      watch: (onChange: (settings: Settings) => void) => {
        notify = onChange;
        return () => undefined;
      },
    },
    store: (next: Settings) => {
      stored = next;
    },
    notify: (next: Settings) => notify(next),
    loads: () => loads,
  };
}

describe('createSettingsService', () => {
  it('reads the settings once and prepares the rule options once per revision', async () => {
    const fake = source(createDefaultSettings());
    const service = createSettingsService(fake.source);
    const first = await service.current();
    expect(first.revision).toBe(settingsRevision(validationSettingsOf(createDefaultSettings())));
    expect(await service.current(first.revision)).toBe(first);
    expect(fake.loads()).toBe(1);
  });

  it('follows changes it is told of', async () => {
    const fake = source(createDefaultSettings());
    const service = createSettingsService(fake.source);
    const before = await service.current();
    const changed = createDefaultSettings();
    changed.rules.enabled = { 'title-statement-245': false };
    fake.notify(changed);
    const after = await service.current();
    expect(after.revision).not.toBe(before.revision);
    expect(after.prepared.settings.enabled).toEqual({ 'title-statement-245': false });
    expect(fake.loads()).toBe(1);
  });

  it('reads the settings again when a page names a revision it does not hold (the page heard first)', async () => {
    const fake = source(createDefaultSettings());
    const service = createSettingsService(fake.source);
    await service.current();
    const changed = createDefaultSettings();
    changed.allowLocalTags = !changed.allowLocalTags;
    fake.store(changed);
    const wanted = settingsRevision(validationSettingsOf(changed));
    expect((await service.current(wanted)).revision).toBe(wanted);
    expect(fake.loads()).toBe(2);
  });
});
