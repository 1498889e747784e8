import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openEditor, row, textOf } from './live-support/panel';
import { setLiveBudget } from './support/commands';

/**
 * One service worker validates the records of every Alma tab (issue 15). While tab A holds a pathological
 * record (thousands of empty subfields in its 245) and keeps editing it, tab B's panel must still follow B's
 * edits in about its normal time: each of A's validations stops at the worker's per-record budget
 * (background/validation-handler.ts LIVE_BUDGET_MS) and every rule is linear, so B's request waits for at
 * most about the budget plus one rule. Times are compared as a ratio of medians (B busy against B with A
 * idle), with a generous bound: the machine is small and shared.
 */

/** Empty subfields typed into tab A's 245: about the budget to check once the worker is warm, several budgets before. */
const EMPTY_SUBFIELDS = 20_000;
const EDITS = 16;
/**
 * Busy median over idle median. Linear rules, the budget and a cheap record memory give 1.5-3.5 here (load
 * average 11-12 on 2 cores); a 245 whose check is quadratic again (seconds per job) or a record memory written
 * as an object again (ratio 8 after the other specs, about 30 with this record) gives more.
 */
const RATIO_LIMIT = 6;
const IDLE_FLOOR_MS = 50;
/** The worker's budget while a test shows the note: a record of 20,000 subfields always takes longer. */
const NOTE_BUDGET_MS = 2;
/** background/validation-handler.ts LIVE_BUDGET_MS (not imported: that module pulls in the rule engine and its JSON). */
const LIVE_BUDGET_MS = 50;

const url = (server: { url: string }, path: string): string => new URL(path, server.url).href;
const gridFrame = (page: Page, fixture: string): Frame => {
  const frame = page.frames().find((candidate) => candidate.url().endsWith(`${fixture}/grid.html`));
  if (!frame) throw new Error(`no ${fixture} grid frame`);
  return frame;
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * In tab B's grid frame: `count` edits of one 650 (an empty subfield added, then removed), each timed from
 * the input event to the panel's next render (its data-revision moves on), as the cataloger waits for it.
 */
async function timedEdits(grid: Frame, count: number): Promise<number[]> {
  return grid.evaluate(async (count) => {
    const panel = document
      .querySelector('alma-companion-findings')
      ?.shadowRoot?.querySelector('[data-testid="findings-panel"]');
    const area = document.querySelector<HTMLTextAreaElement>('div[id^="MarcEditorPresenter.textArea.650"] textarea');
    if (!panel || !area) throw new Error('no findings panel or no 650 row');
    const original = area.value;
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const rendered = new Promise<number>((done) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          done(performance.now());
        });
        observer.observe(panel, { attributes: true, attributeFilter: ['data-revision'] });
      });
      const start = performance.now();
      area.value = i % 2 === 0 ? `${original} $$9` : original;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      times.push((await rendered) - start);
      await new Promise((pause) => setTimeout(pause, 30));
    }
    return times;
  }, count);
}

/**
 * Starts a loop in tab A's grid frame that edits a 650 again as soon as the panel has shown the previous
 * check, so tab A asks the worker for one validation of the whole record (the pathological 245 included)
 * after another until `stopLoad`. The 245 itself stays as it is: retyping it would make the fixture page
 * re-render 20,000 highlights per edit, renderer work that has nothing to do with the worker.
 */
async function startLoad(grid: Frame): Promise<void> {
  await grid.evaluate(() => {
    const state = { stop: false, runs: 0 };
    (window as unknown as { accLoad: typeof state }).accLoad = state;
    const panel = document
      .querySelector('alma-companion-findings')
      ?.shadowRoot?.querySelector('[data-testid="findings-panel"]');
    if (!panel) throw new Error('no findings panel');
    const area = document.querySelector<HTMLTextAreaElement>('div[id^="MarcEditorPresenter.textArea.650"] textarea')!;
    const original = area.value;
    void (async () => {
      for (let i = 0; !state.stop; i++) {
        const rendered = new Promise<void>((done) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            done();
          });
          observer.observe(panel, { attributes: true, attributeFilter: ['data-revision'] });
          setTimeout(done, 5_000);
        });
        area.value = i % 2 === 0 ? `${original} $$9` : original;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await rendered;
        state.runs++;
      }
    })();
  });
}

async function stopLoad(grid: Frame): Promise<number> {
  return grid.evaluate(() => {
    const state = (window as unknown as { accLoad: { stop: boolean; runs: number } }).accLoad;
    state.stop = true;
    return state.runs;
  });
}

const loadRuns = (grid: Frame): Promise<number> =>
  grid.evaluate(() => (window as unknown as { accLoad: { runs: number } }).accLoad.runs);

test('while tab A edits a record with 20,000 empty subfields, tab B’s panel follows B’s edits in about its normal time', async ({
  page,
  extension,
  server,
}) => {
  test.setTimeout(120_000);
  // Tab B first: a normal record (160 fields), its panel the one whose speed is measured.
  const tabB = page;
  await openEditor(tabB, url(server, 'mde-large/top.html'));
  const gridB = gridFrame(tabB, 'mde-large');

  const tabA = await extension.context.newPage();
  try {
    const { grid: gridLocatorA, panel: panelA } = await openEditor(tabA, url(server, 'mde-bib/top.html'));
    const title = textOf(row(gridLocatorA, '245'));
    // A few milliseconds while the note is shown and used: whether this record fits in the real budget
    // depends on the machine and on how warm the worker is. The real budget is back for the timed part.
    await setLiveBudget(extension, NOTE_BUDGET_MS);
    await title.fill(`$$a Pride and prejudice${' $$a'.repeat(EMPTY_SUBFIELDS)}`);
    // Tab A's panel says the record is too large to check live and names the field.
    const budget = panelA.getByTestId('budget-notice');
    await expect(budget).toBeVisible({ timeout: 30_000 });
    await expect(budget.getByTestId('budget-message')).toContainText('Its largest field is 245 (20,001 subfields)');
    // Tab A's cataloger asks for the whole check: the worker runs every rule without the budget, and its
    // findings replace the panel's (more of them, the budget note gone), until the next edit is checked live.
    const before = await panelA.getByTestId('finding').count();
    await budget.getByRole('button', { name: 'Check this record now' }).click();
    await expect(panelA.getByTestId('status-text')).toHaveText('The whole record was checked.', { timeout: 30_000 });
    await expect(panelA.getByTestId('budget-notice')).toHaveCount(0);
    const rules = await panelA.getByTestId('finding').evaluateAll((items) => items.map((item) => item.dataset.rule));
    expect(rules.length).toBeGreaterThan(before);
    expect(rules).toEqual(expect.arrayContaining(['empty-subfield', 'non-repeatable-subfield']));
    await setLiveBudget(extension, LIVE_BUDGET_MS);
    const gridA = gridFrame(tabA, 'mde-bib');

    await timedEdits(gridB, 4); // warm-up
    const idle: number[] = [];
    const busy: number[] = [];
    // Interleaved blocks, so a busy spell of the machine slows both.
    for (let block = 0; block < 2; block++) {
      idle.push(...(await timedEdits(gridB, EDITS / 2)));
      await startLoad(gridA);
      await expect.poll(() => loadRuns(gridA), { timeout: 30_000 }).toBeGreaterThan(0);
      const before = await loadRuns(gridA);
      busy.push(...(await timedEdits(gridB, EDITS / 2)));
      const during = (await stopLoad(gridA)) - before;
      // Tab A really kept the worker busy meanwhile.
      expect(during, 'validations of tab A during tab B’s timed edits').toBeGreaterThanOrEqual(3);
      await tabA.waitForTimeout(500);
    }
    // Against at least 50 ms: below that (debounce plus a few ms) the idle median is mostly timer noise.
    const ratio = median(busy) / Math.max(median(idle), IDLE_FLOOR_MS);
    console.log(
      `tab B edit -> panel: idle median ${median(idle).toFixed(0)} ms, with tab A busy ${median(busy).toFixed(0)} ms, ratio ${ratio.toFixed(2)}`,
    );
    expect(ratio).toBeLessThan(RATIO_LIMIT);
  } finally {
    await tabA.close();
  }
});

test('the budget note and its button pass axe and work from the keyboard', async ({ page, server, extension }) => {
  test.setTimeout(90_000);
  await setLiveBudget(extension, NOTE_BUDGET_MS);
  // The grid document on its own, so axe reads the panel in the top document (as a11y.spec.ts does).
  await page.goto(url(server, 'mde-bib/grid.html'));
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  await page
    .locator('div[id^="MarcEditorPresenter.textArea.245"] textarea')
    .fill(`$$a Pride and prejudice${' $$a'.repeat(EMPTY_SUBFIELDS)}`);
  const notice = panel.getByTestId('budget-notice');
  await expect(notice).toBeVisible({ timeout: 30_000 });

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const ours = (nodes: Array<{ target: unknown }>) =>
    nodes.filter((node) => JSON.stringify(node.target).includes('alma-companion-findings'));
  expect(results.violations.filter((violation) => ours(violation.nodes).length > 0).map((v) => v.id)).toEqual([]);

  const button = notice.getByRole('button', { name: 'Check this record now' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('status-text')).toHaveText('The whole record was checked.', { timeout: 30_000 });
  await expect(notice).toHaveCount(0);
});
