/**
 * Layouts a person can read, measured on the real drawing at 1440×900 on the Harbin data: after
 * every flow that adds or lays out nodes, no two nodes (shape and label) overlap, the drawing is a
 * spread (not a line, not a stack), everything is inside the canvas, and labels are at least
 * 10 px on screen; an expand keeps every node already drawn where it was and puts the new ones
 * near the node expanded. A screenshot of each flow is kept in test-artifacts/screenshots.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { farthestFrom, moved, problems, type Seen } from '../support/geometry';
import { browserSuite, canRun, shot } from './harness';

declare const window: {
  __cgBench: { seen(): Seen; settled(): Promise<void>; pagePosition(id: string): { x: number; y: number } };
};

const VIEWPORT = { width: 1440, height: 900 };
/** How far (model px) an expand may put a new node from the node expanded: a few rings. */
const NEAR = 480;

let suite: ReturnType<typeof browserSuite>;

/** The explorer at `path` (a hash, optionally after a path) with the bench hook, drawn and settled. */
const open = (path = '/') => suite.bench(path.replace(/^\/?/, ''), VIEWPORT);

const settled = (page: Page) => page.evaluate(() => window.__cgBench.settled());
const seen = (page: Page) => page.evaluate(() => window.__cgBench.seen());

/** Asserts the drawing is readable and keeps its screenshot. */
async function readable(page: Page, name: string): Promise<Seen> {
  await settled(page);
  const s = await seen(page);
  await shot(page, `layout-${name}`);
  expect(problems(s), name).toEqual([]);
  return s;
}

async function doubleClick(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((x) => window.__cgBench.pagePosition(x), id);
  await page.mouse.dblclick(at.x, at.y);
  await settled(page);
}

async function expandAndCheck(page: Page, id: string, name: string): Promise<Seen> {
  const before = await seen(page);
  await doubleClick(page, id);
  const after = await readable(page, name);
  expect(moved(before, after), `${name}: nodes already drawn keep their place`).toEqual([]);
  const added = Object.keys(after.positions).filter((x) => !(x in before.positions));
  expect(farthestFrom(after, id, added), `${name}: new nodes near ${id}`).toBeLessThan(NEAR);
  return after;
}

describe.skipIf(!canRun)('readable layouts in Chromium (1440×900, Harbin data)', () => {
  suite = browserSuite();

  it('the overview', async () => {
    const page = await open();
    const s = await readable(page, 'overview');
    expect(s.nodes.length).toBeGreaterThan(30);
  });

  it('three expands in a row: a cluster, an enterprise, a product', async () => {
    const page = await open();
    const a = await expandAndCheck(page, 'cluster:auto', 'expand-cluster');
    expect(a.nodes.length).toBeGreaterThan(45);
    await expandAndCheck(page, 'enterprise:hafei-auto', 'expand-enterprise');
    await expandAndCheck(page, 'product:minicar', 'expand-product');
    // Three more clusters: still readable, nothing moved, still under a hundred nodes at fit.
    await expandAndCheck(page, 'cluster:pharma', 'expand-4');
    await expandAndCheck(page, 'cluster:food', 'expand-5');
  });

  it('search, then open the hit with Enter', async () => {
    const page = await open();
    const before = await seen(page);
    const box = page.getByRole('searchbox', { name: '搜索节点' });
    await box.fill('703所');
    await page.getByRole('option', { name: /703所/ }).first().waitFor();
    await box.press('Enter');
    const after = await readable(page, 'search-open');
    expect(moved(before, after)).toEqual([]);
    expect(Object.keys(after.positions)).toContain('institution:ins-703');
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('703所');
  });

  it('a path between 哈工大 and 哈药集团, leaving out hubs', async () => {
    const page = await open('/#tab=paths');
    const pick = async (testid: string, text: string, option: RegExp) => {
      await page.getByTestId(testid).fill(text);
      await page.getByTestId(`${testid}-list`).getByRole('option', { name: option }).first().click();
    };
    await pick('path-from', '哈工大', /哈工大|哈尔滨工业大学/);
    await pick('path-to', '哈药集团', /哈药集团/);
    await page.getByTestId('path-find').click();
    await page.getByTestId('path-0').waitFor();
    const all = await readable(page, 'path');
    const first = (await page.getByTestId('path-0').textContent()) ?? '';
    expect(first).toContain('哈尔滨开发区');
    // The shortest path runs through the zone itself (31 relationships): leaving out nodes with
    // more than 25 finds the paths through the clusters and institutions instead.
    await page.getByTestId('path-avoid-hubs').check();
    await page.getByTestId('path-max-degree').fill('25');
    await page.getByTestId('path-max-degree').press('Enter');
    await page.getByTestId('path-find').click();
    await expect
      .poll(async () => (await page.getByTestId('path-results').getByRole('button').first().textContent()) !== first)
      .toBe(true);
    const texts = await page.getByTestId('path-results').getByRole('button').allTextContents();
    for (const t of texts) expect(t).not.toContain('哈尔滨开发区');
    await readable(page, 'path-no-hubs');
    expect(all.nodes.length).toBeGreaterThan(0);
  });

  it('a supply chain', async () => {
    const page = await open('/#sel=product%3Aminicar');
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('微型车');
    await page.getByTestId('supply-chain').click();
    await settled(page);
    const s = await readable(page, 'supply-chain');
    expect(s.nodes.map((n) => n.id)).toContain('product:minicar');
  });

  it('the partners of 微型车, a row shown on the graph', async () => {
    const page = await open('/#tab=partners');
    await page.getByTestId('partner-product').fill('微型车');
    await page
      .getByTestId('partner-product-list')
      .getByRole('option', { name: /^微型车/ })
      .first()
      .click();
    await page.getByTestId('partner-row-0').waitFor();
    await readable(page, 'partners');
    await page.getByTestId('partner-row-2').click();
    await readable(page, 'partners-row');
  });

  it('a gap, and one of its suggested partners', async () => {
    const page = await open('/#tab=gaps');
    await page.getByTestId('gap-list').waitFor();
    await page.getByTestId('gap-list').locator('button.gap').first().click();
    await readable(page, 'gap');
    const partner = page.getByTestId('gap-list').locator('[data-testid^="gap-partner-"]').first();
    await partner.click();
    await readable(page, 'gap-partner');
  });

  it('a shared link reopens the same nodes at the same positions', async () => {
    const page = await open();
    await doubleClick(page, 'cluster:auto');
    await doubleClick(page, 'enterprise:hafei-auto');
    const original = await seen(page);
    const link = page.url();
    expect(link).toContain('v=');
    const url = new URL(link);
    const again = (await suite.open(url.pathname + url.search + url.hash, VIEWPORT)).page;
    await again.waitForFunction(() => !!window.__cgBench && performance.getEntriesByName('cg:first-render').length > 0);
    const restored = await readable(again, 'shared-link');
    expect(Object.keys(restored.positions).sort()).toEqual(Object.keys(original.positions).sort());
    expect(restored.positions).toEqual(original.positions);
  });

  it('the language switch', async () => {
    const page = await open();
    await doubleClick(page, 'cluster:auto');
    await page.getByTestId('lang-switch').click();
    const s = await readable(page, 'english');
    expect(s.nodes.find((n) => n.id === 'cluster:auto')?.label).toMatch(/^Auto/);
    // The toolbars speak English too (their one-character Chinese icons included); only the
    // switch back says 中文.
    const shown = await page
      .locator('#graph-tools > button:visible, #topbar .top-actions button:visible')
      .evaluateAll((els) =>
        els.filter((e) => e.getAttribute('data-testid') !== 'lang-switch').map((e) => e.textContent),
      );
    expect(shown.join(' ')).not.toMatch(/\p{Script=Han}/u);
  });
});
