/**
 * The view as a history of steps, in the real page on the Harbin data: undo and redo (buttons and
 * keys), the browser's Back and Forward over the same steps, expanding one relationship type from
 * the node menu, collapse, hide, keep-only and pin, saved views restored exactly (positions
 * included) and carried through their JSON file, the list view in step with the graph, and the
 * layout at 1024×700. Every step's drawing is also checked for readability.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { moved, problems, type Seen } from '../support/geometry';
import { browserSuite, canRun, DOWNLOADS, shot } from './harness';

declare const window: {
  __cgBench: {
    seen(): Seen;
    settled(): Promise<void>;
    pagePosition(id: string): { x: number; y: number };
    info(): { step: number; canUndo: boolean; canRedo: boolean };
  };
};

let suite: ReturnType<typeof browserSuite>;

const open = (hash = '', viewport = { width: 1440, height: 900 }) => suite.bench(hash, viewport);

const settled = (page: Page) => page.evaluate(() => window.__cgBench.settled());
const seen = async (page: Page) => {
  await settled(page);
  return page.evaluate(() => window.__cgBench.seen());
};
const ids = (s: Seen) => Object.keys(s.positions).sort();
const step = (page: Page) => page.evaluate(() => window.__cgBench.info().step);

async function at(page: Page, id: string) {
  return page.evaluate((x) => window.__cgBench.pagePosition(x), id);
}

async function doubleClick(page: Page, id: string): Promise<void> {
  const p = await at(page, id);
  await page.mouse.dblclick(p.x, p.y);
  await settled(page);
}

async function click(page: Page, id: string, shift = false): Promise<void> {
  const p = await at(page, id);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(p.x, p.y);
  if (shift) await page.keyboard.up('Shift');
  await settled(page);
}

function readable(s: Seen, name: string): void {
  expect(problems(s), name).toEqual([]);
}

describe.skipIf(!canRun)('history, expansion and saved views in Chromium', () => {
  suite = browserSuite();

  it('undoes and redoes an expand with the buttons and the keys, positions and all', async () => {
    const page = await open();
    const overview = await seen(page);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    await doubleClick(page, 'cluster:auto');
    const expanded = await seen(page);
    expect(ids(expanded).length).toBeGreaterThan(ids(overview).length);
    await page.getByTestId('undo').click();
    const undone = await seen(page);
    expect(ids(undone)).toEqual(ids(overview));
    expect(undone.positions).toEqual(overview.positions);
    readable(undone, 'undone');
    await shot(page, 'history-undone');
    await page.getByTestId('redo').click();
    expect((await seen(page)).positions).toEqual(expanded.positions);
    await page.keyboard.press('Control+z');
    expect(ids(await seen(page))).toEqual(ids(overview));
    await page.keyboard.press('Control+Shift+z');
    const redone = await seen(page);
    expect(redone.positions).toEqual(expanded.positions);
    readable(redone, 'redone');
    await shot(page, 'history-redo');
  });

  it('steps through the same history with the browser’s Back and Forward', async () => {
    const page = await open();
    const overview = await seen(page);
    await doubleClick(page, 'cluster:auto');
    const expanded = await seen(page);
    await click(page, 'enterprise:hafei-auto');
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('哈飞汽车');
    await page.getByRole('tab', { name: '缺口' }).click();
    await settled(page);
    expect(await step(page)).toBe(3);
    await page.goBack();
    await settled(page);
    expect(await page.getByRole('tab', { name: '探索' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('details-name').textContent()).toBe('哈飞汽车');
    // The double-click selected 汽车集群 and expanded it: one step.
    await page.goBack();
    await settled(page);
    expect(await page.getByTestId('details-name').textContent()).toBe('汽车及配套企业集群');
    await page.goBack();
    expect((await seen(page)).positions).toEqual(overview.positions);
    await shot(page, 'history-back');
    await page.goForward();
    expect((await seen(page)).positions).toEqual(expanded.positions);
    await page.goForward();
    await page.goForward();
    await settled(page);
    expect(await page.getByRole('tab', { name: '缺口' }).getAttribute('aria-selected')).toBe('true');
    // A pan or a hover is not a step: nothing was added to the history by looking around.
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, -200);
    await settled(page);
    expect(await step(page)).toBe(3);
  });

  it('expands one relationship type from the node menu, with the counts, and collapses it again', async () => {
    const page = await open();
    const before = await seen(page);
    const p = await at(page, 'cluster:auto');
    await page.mouse.click(p.x, p.y, { button: 'right' });
    const item = page.getByTestId('expand-FOCUSES_ON-PRODUCT');
    await item.waitFor();
    const count = Number(await item.locator('.menu-count').textContent());
    expect(count).toBeGreaterThan(5);
    expect(await page.getByTestId('node-menu').textContent()).toContain('聚焦 · 产品');
    await shot(page, 'history-menu');
    await item.click();
    const after = await seen(page);
    const added = ids(after).filter((id) => !(id in before.positions));
    expect(added.length).toBe(count);
    expect(added.every((id) => id.startsWith('product:'))).toBe(true);
    readable(after, 'expand by type');
    // Collapse from the menu takes it back.
    const q = await at(page, 'cluster:auto');
    await page.mouse.click(q.x, q.y, { button: 'right' });
    await page.getByTestId('menu-collapse').click();
    expect(ids(await seen(page))).toEqual(ids(before));
    // Keyboard: the menu opens on the details button and moves with the arrow keys.
    await click(page, 'cluster:auto');
    await page.getByTestId('expand-menu').click();
    await page.getByTestId('expand-all').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('node-menu').isHidden()).toBe(true);
  });

  it('hides, keeps only the selection, and pins a node that a re-layout then leaves in place', async () => {
    const page = await open();
    await doubleClick(page, 'cluster:auto');
    await click(page, 'enterprise:hafei-auto');
    await page.getByTestId('pin').click();
    await settled(page);
    const before = await seen(page);
    await page.getByTestId('relayout').click();
    const relaid = await seen(page);
    expect(relaid.positions['enterprise:hafei-auto']).toEqual(before.positions['enterprise:hafei-auto']);
    expect(moved(before, relaid).length).toBeGreaterThan(10);
    readable(relaid, 'relayout');
    await page.getByTestId('hide').click();
    expect(Object.keys((await seen(page)).positions)).not.toContain('enterprise:hafei-auto');
    await page.keyboard.press('Control+z');
    expect(Object.keys((await seen(page)).positions)).toContain('enterprise:hafei-auto');
    // Shift-click builds a selection; keep only keeps it and the links among it.
    await click(page, 'cluster:auto');
    await click(page, 'product:minicar', true);
    await click(page, 'enterprise:hafei-auto', true);
    expect(await page.getByTestId('selection-count').textContent()).toContain('3');
    const p = await at(page, 'enterprise:hafei-auto');
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await page.getByTestId('menu-keep-only').click();
    const kept = await seen(page);
    expect(ids(kept)).toEqual(['cluster:auto', 'enterprise:hafei-auto', 'product:minicar']);
    readable(kept, 'keep only');
    await shot(page, 'history-keep-only');
  });

  it('restores a saved view exactly, and carries saved views through their JSON file', async () => {
    const page = await open();
    await doubleClick(page, 'cluster:auto');
    await doubleClick(page, 'product:minicar');
    await page.getByRole('tab', { name: '缺口' }).click();
    const saved = await seen(page);
    await page.getByTestId('views').click();
    await page.getByTestId('view-name').fill('汽车链');
    await page.getByTestId('view-save').click();
    await page.getByTestId('view-汽车链').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('views-export').click()]);
    const file = join(DOWNLOADS, download.suggestedFilename());
    await download.saveAs(file);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.views.map((v: { name: string }) => v.name)).toEqual(['汽车链']);

    // Start over on the overview, then reopen it.
    await page.goto(new URL('/?bench', page.url()).href);
    await page.waitForFunction(() => !!window.__cgBench && performance.getEntriesByName('cg:first-render').length > 0);
    expect(ids(await seen(page)).length).toBeLessThan(ids(saved).length);
    await page.getByTestId('views').click();
    await page.getByTestId('view-open-汽车链').click();
    const restored = await seen(page);
    expect(restored.positions).toEqual(saved.positions);
    expect(await page.getByRole('tab', { name: '缺口' }).getAttribute('aria-selected')).toBe('true');
    readable(restored, 'saved view');
    await shot(page, 'history-saved-view');

    // Delete it, then import the file again.
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('views').click();
    await page.getByTestId('view-delete-汽车链').click();
    await expect.poll(() => page.getByTestId('view-汽车链').count()).toBe(0);
    await page.getByTestId('views-file').setInputFiles(file);
    await page.getByTestId('view-汽车链').waitFor();
  });

  it('keeps the list view and the graph in step, from the keyboard', async () => {
    const page = await open();
    await page.getByRole('tab', { name: '列表' }).click();
    const list = page.getByTestId('node-list');
    await list.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = await list.locator('li[aria-selected="true"]').getAttribute('data-id');
    expect(chosen).toBeTruthy();
    await expect
      .poll(() => page.evaluate((id) => window.__cgBench.seen().nodes.find((n) => n.id === id)?.classes ?? [], chosen))
      .not.toContain('filtered');
    expect(await page.getByTestId('details-name').count()).toBe(1);
    // Select on the graph: the list marks it (after a fit: Enter centred the node chosen).
    await page.getByTestId('fit').click();
    await settled(page);
    await click(page, 'cluster:auto');
    await expect.poll(() => list.locator('li[aria-selected="true"]').getAttribute('data-id')).toBe('cluster:auto');
    // Space adds to the selection; Delete hides.
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    expect(await list.locator('li[aria-selected="true"]').count()).toBe(2);
    const before = await list.locator('li').count();
    await page.keyboard.press('Delete');
    await expect.poll(() => list.locator('li').count()).toBe(before - 1);
  });

  it('keeps at least half the width for the graph at 1024×700, and folds the panels away', async () => {
    const page = await open('', { width: 1024, height: 700 });
    const width = async () => (await page.getByTestId('cy').boundingBox())?.width ?? 0;
    expect(await width()).toBeGreaterThanOrEqual(512);
    readable(await seen(page), '1024');
    await page.getByRole('tab', { name: '合作伙伴' }).click();
    expect(await width()).toBeGreaterThanOrEqual(512);
    const wide = await width();
    await page.getByTestId('toggle-side').click();
    await expect.poll(width).toBeGreaterThan(wide + 200);
    await page.getByTestId('toggle-side').click();
    await page.getByTestId('toggle-details').click();
    await shot(page, 'history-1024');
  });

  it('speaks English everywhere in English: relationship types, statuses, kinds, gap kinds', async () => {
    const page = await open('#lang=en');
    const cjk = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
    expect(await page.getByTestId('legend').textContent()).not.toMatch(cjk);
    expect(await page.getByTestId('sidebar').textContent()).not.toMatch(cjk);
    const edge = 'zone:auto-park-[PART_OF]->zone:hdz';
    await page.evaluate((id) => {
      const cy = (
        window as unknown as { __cgBench: { cy(): { getElementById(x: string): { emit(e: string): void } } } }
      ).__cgBench.cy();
      cy.getElementById(id).emit('tap');
    }, edge);
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('Part of');
    expect(await page.getByTestId('details-props').textContent()).not.toMatch(/PART_OF\)/);
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.getByTestId('gap-list').waitFor();
    const kinds = await page.getByTestId('gap-list').locator('.gap-kind').allTextContents();
    for (const k of kinds) expect(k).not.toMatch(cjk);
    const partners = await page.getByTestId('gap-list').locator('.gap-partners').first().textContent();
    expect(partners).toMatch(/^Suggested partners: /);
  });
});
