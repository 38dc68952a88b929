/**
 * The display cap on a generated dataset (size S: 215 nodes, 966 relationships) with the cap
 * lowered to 500 elements through `?cap=`: the whole graph comes back aggregated by cluster and
 * zone, and an aggregate opens into its members. The page is opened with `?bench` so the bench
 * hook runs under the same rules: no console error, no page error, nothing fetched off-site.
 * No timings are asserted here; bench/client.ts measures them.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../server/generator';
import { MemoryStore } from '../../server/store/memory';
import { canRun, openTab, type Session, shot, startSession, type Tab } from './harness';

interface Hook {
  aggregates(): string[];
  pagePosition(id: string): { x: number; y: number };
  load(n: number, m: number): Promise<number>;
  fps(ms: number): Promise<{ frames: number }>;
  layout(n: number, m: number): Promise<{ ms: number }>;
  info(): { nodes: number; edges: number; tier: string; quiet: number };
}
declare const window: { __cgBench: Hook };

let session: Session;
let tab: Tab | undefined;

async function settled(page: Page): Promise<string> {
  await page.getByTestId('loading').waitFor({ state: 'hidden' });
  return (await page.getByTestId('graph-status').textContent()) ?? '';
}

const aggregates = (page: Page) => page.evaluate(() => window.__cgBench.aggregates());

describe.skipIf(!canRun)('large graphs in Chromium', () => {
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(generateDataset('S', 1));
    session = await startSession(store);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    const problems = tab?.problems ?? [];
    await tab?.context.close();
    tab = undefined;
    expect(problems).toEqual([]);
  });

  it('aggregates the whole graph past the display cap and opens an aggregate into its members', async () => {
    tab = await openTab(session, '/?bench&cap=500');
    const { page } = tab;
    await page.waitForFunction(() => performance.getEntriesByName('cg:first-render').length > 0);
    await page.getByTestId('show-all').click();
    await expect.poll(() => settled(page)).toMatch(/\d+ 个聚合（显示上限 500 个元素）/);
    const before = await aggregates(page);
    expect(before.length).toBeGreaterThan(0);
    const info = await page.evaluate(() => window.__cgBench.info());
    expect(info.nodes + info.edges).toBeLessThanOrEqual(500);
    await shot(page, '10-aggregated');

    // Select an aggregate on the canvas: the details panel offers to open it.
    const id = before.find((a) => a.startsWith('agg:cluster:')) ?? before[0] ?? '';
    const at = await page.evaluate((x) => window.__cgBench.pagePosition(x), id);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByTestId('details-name').textContent()).toMatch(/\(\d+\)$/);
    await page.getByTestId('expand-aggregate').click();
    await expect.poll(async () => (await aggregates(page)).includes(id)).toBe(false);
    await settled(page);
    const after = await page.evaluate(() => window.__cgBench.info());
    expect(after.nodes + after.edges).toBeLessThanOrEqual(500);
    await shot(page, '11-aggregate-opened');
  });

  it('runs the bench hook (synthetic drawing, frame loop, worker layout) without errors', async () => {
    tab = await openTab(session, '/?bench');
    const { page } = tab;
    await page.waitForFunction(() => !!window.__cgBench);
    await page.evaluate(() => window.__cgBench.load(3000, 4500));
    expect(await page.evaluate(() => window.__cgBench.info())).toMatchObject({ nodes: 3000, tier: 'large' });
    expect((await page.evaluate(() => window.__cgBench.fps(300))).frames).toBeGreaterThan(0);
    // Past 150 nodes the labels go off while the layout is applied; all of them come back.
    await page.evaluate(() => window.__cgBench.layout(400, 600));
    expect(await page.evaluate(() => window.__cgBench.info())).toMatchObject({ nodes: 400, quiet: 0 });
  });
});

/**
 * A graph whose whole answer is over the server's response budget (MAX_RESPONSE_MB, lowered here
 * to 0.3 MB so the S graph is over it) and a server that is busy once (503 SERVER_BUSY with
 * Retry-After, injected into the real traffic): the explorer asks again within the budget, says
 * how much of the graph it shows, and waits out the busy answer instead of showing an error.
 */
describe.skipIf(!canRun)('a graph larger than one answer, a busy server', () => {
  let small: Session;
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(generateDataset('S', 1));
    small = await startSession(store, { maxResponseMb: 0.3 });
  });
  afterAll(async () => {
    await small?.close();
  });
  afterEach(async () => {
    const problems = tab?.problems ?? [];
    await tab?.context.close();
    tab = undefined;
    expect(problems).toEqual([]);
  });

  it('shows as much of the whole graph as the response budget allows, and says so', async () => {
    // The refused tries are 400s: Chromium logs each as a failed resource load.
    tab = await openTab(small, '/?bench', /status of 400/);
    const { page } = tab;
    await page.waitForFunction(() => performance.getEntriesByName('cg:first-render').length > 0);
    const answers: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/graphql') && r.request().postData()?.includes('"Subgraph"')) answers.push(r.status());
    });
    await page.getByTestId('show-all').click();
    const banner = page.locator('.banner-text');
    await expect.poll(() => banner.textContent()).toMatch(/全图太大，一次回答装不下：显示 \d+ \/ 共 215 个节点/);
    const shown = Number((await banner.textContent())?.match(/显示 (\d+)/)?.[1]);
    expect(shown).toBeGreaterThan(20);
    expect(shown).toBeLessThan(215);
    // The status line keeps saying it after the banner has gone.
    await expect.poll(() => settled(page)).toContain(`全图 215 个节点中的 ${shown} 个（回答上限）`);
    const info = await page.evaluate(() => window.__cgBench.info());
    expect(info.nodes).toBe(shown);
    expect(answers[0]).toBe(400);
    expect(answers.at(-1)).toBe(200);
    expect(await page.getByTestId('error-text').count()).toBe(0);
    await shot(page, '12-whole-within-budget');
  });

  it('waits out a busy server (503 SERVER_BUSY, Retry-After) and then answers', async () => {
    tab = await openTab(small, '/?bench', /status of 503/);
    const { page } = tab;
    await page.waitForFunction(() => performance.getEntriesByName('cg:first-render').length > 0);
    let busy = 0;
    await page.route('**/graphql', async (route) => {
      if (busy === 0 && route.request().postData()?.includes('"Search"')) {
        busy += 1;
        await route.fulfill({
          status: 503,
          headers: { 'content-type': 'application/json', 'retry-after': '1' },
          body: JSON.stringify({ errors: [{ message: 'busy', extensions: { code: 'SERVER_BUSY' } }] }),
        });
        return;
      }
      await route.continue();
    });
    await page.getByTestId('search').fill('集群');
    const results = page.getByTestId('search-list').locator('li:not(.sugg-empty)');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(busy).toBe(1);
    expect(await page.getByTestId('error-text').count()).toBe(0);
  });
});
