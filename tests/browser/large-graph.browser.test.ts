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
