/**
 * The 全景图 in Chromium against the real server: on the Harbin data (the 新能源/新材料 cluster,
 * whose aluminium inputs are made only outside the zone, by 哈东轻厂 in 平房区) and on a generated
 * multi-region dataset. Checks what a person sees: lanes left to right, nodes inside their lane
 * and never overlapping, each node's colour and counts as the API says, the gap and target list
 * on a click, the CSV, and what 若迁出 marks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../server/generator';
import { MemoryStore } from '../../server/store/memory';
import { browserSuite, canRun, DOWNLOADS, SHOTS, shot } from './harness';

type Box = { id: string; lane: string; gap: string; x: number; y: number; w: number; h: number };

async function openPanorama(page: Page, clusterId?: string): Promise<void> {
  await page.getByTestId('open-panorama').click();
  await page.getByTestId('pano-node').first().waitFor();
  if (clusterId) {
    await page.getByTestId('pano-cluster').selectOption(clusterId);
    await page.locator(`[data-testid="pano-cluster"] option[value="${clusterId}"]`).waitFor({ state: 'attached' });
    // Drawn for that cluster (the nodes of the one before stay until its answer is in).
    await page.waitForFunction(
      (id) => (document.querySelector('.pano-dialog') as HTMLElement | null)?.dataset.shown === id,
      clusterId,
    );
    await page.getByTestId('pano-node').first().waitFor();
  }
}

async function geometry(page: Page) {
  const boxes = (await page.getByTestId('pano-node').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const d = (el as HTMLElement).dataset;
      return { id: d.id, lane: d.lane, gap: d.gap, x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  )) as Box[];
  const lanes = (await page.locator('.pano-lane-title').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { lane: (el as HTMLElement).dataset.lane, left: r.left, right: r.right, text: el.textContent };
    }),
  )) as { lane: string; left: number; right: number; text: string }[];
  return { boxes, lanes };
}

function expectSoundGeometry(g: Awaited<ReturnType<typeof geometry>>) {
  expect(g.lanes.map((l) => l.lane)).toEqual(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']);
  // Left to right, side by side.
  for (let i = 1; i < g.lanes.length; i++)
    expect(g.lanes[i]?.left).toBeGreaterThanOrEqual((g.lanes[i - 1]?.right ?? 0) - 0.5);
  for (const b of g.boxes) {
    const lane = g.lanes.find((l) => l.lane === b.lane);
    expect(lane, b.id).toBeDefined();
    expect(b.x, b.id).toBeGreaterThanOrEqual((lane?.left ?? 0) - 0.5);
    expect(b.x + b.w, b.id).toBeLessThanOrEqual((lane?.right ?? 0) + 0.5);
    expect(b.w).toBeGreaterThan(100);
  }
  for (let i = 0; i < g.boxes.length; i++)
    for (let j = i + 1; j < g.boxes.length; j++) {
      const a = g.boxes[i] as Box;
      const b = g.boxes[j] as Box;
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
}

describe.skipIf(!canRun)('the chain panorama (全景图) on the Harbin data', () => {
  const suite = browserSuite();

  it('lays the cluster out in lanes, colours the aluminium gaps and lists 哈东轻厂 as the target, with a CSV', async () => {
    const page = await suite.bench();
    // The toolbar's 全景图 button is in view and clear of the graph status line.
    const button = await page.getByTestId('open-panorama').boundingBox();
    expect(
      button && button.width > 20 && button.height > 20 && button.height < 60 && button.x + button.width <= 1440,
    ).toBe(true);
    expect(await page.getByTestId('open-panorama').getAttribute('aria-label')).toBe('产业链全景图（招商）');
    await shot(page, 'panorama-toolbar');
    await openPanorama(page, 'cluster:new-energy-materials');
    const g = await geometry(page);
    expect(g.lanes.map((l) => l.text)).toEqual(['上游', '中游', '下游']);
    expect(g.boxes.length).toBe(35);
    expectSoundGeometry(g);
    const plate = g.boxes.find((b) => b.id === 'product:aluminium-plate');
    expect(plate?.gap).toBe('MISSING_LOCALLY');
    const node = page.locator('[data-testid="pano-node"][data-id="product:aluminium-plate"]');
    expect(await node.getByTestId('pano-local').textContent()).toBe('本地 0');
    expect(await node.getByTestId('pano-external').textContent()).toBe('外地 1');
    // The colour is the gap's (orange), not the default.
    expect(await node.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(253, 186, 116)');
    await node.click();
    await page.getByTestId('pano-gap').waitFor();
    // Still the gap's colour when selected and under the pointer.
    expect(await node.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(253, 186, 116)');
    expect(await page.getByTestId('pano-gap').getAttribute('data-kind')).toBe('MISSING_LOCALLY');
    const targets = page.getByTestId('pano-target');
    expect(await targets.count()).toBe(1);
    expect(await targets.first().getAttribute('data-id')).toBe('enterprise:harbin-light-alloy');
    expect(await targets.first().textContent()).toContain('位于 平房区，与本地同属 哈尔滨市');
    await shot(page, 'panorama-harbin');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pano-csv').click()]);
    const path = join(DOWNLOADS, download.suggestedFilename());
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toMatch(/^# 招商清单：铝板材 · MISSING_LOCALLY:product:aluminium-plate · \d{4}-\d\d-\d\d/);
    expect(lines[1]).toContain('招商目标');
    expect(lines[2]).toContain('哈东轻厂');
    expect(lines[2]).toContain('生产 铝板材');
  });

  it('switches to English labels', async () => {
    const page = await suite.bench('#lang=en');
    await openPanorama(page, 'cluster:new-energy-materials');
    const g = await geometry(page);
    expect(g.lanes.map((l) => l.text)).toEqual(['Upstream', 'Midstream', 'Downstream']);
    const node = page.locator('[data-testid="pano-node"][data-id="product:aluminium-plate"]');
    expect(await node.getByTestId('pano-external').textContent()).toBe('1 outside');
  });
});

describe.skipIf(!canRun)('the chain panorama on a generated multi-region dataset', () => {
  const data = generateDataset('S', 1);
  const suite = browserSuite(async () => new MemoryStore(data));

  it('draws a cluster’s chain without overlaps, and 若迁出 marks what breaks', async () => {
    const store = new MemoryStore(data);
    const cluster = (await store.clusters())[0]?.id as string;
    const expected = await store.chainPanorama({ clusterId: cluster, tiers: 3 });
    const page = await suite.bench();
    await openPanorama(page, cluster);
    const g = await geometry(page);
    expect(g.boxes.map((b) => b.id).sort()).toEqual(expected.nodes.map((n) => n.product.id).sort());
    expectSoundGeometry(g);
    for (const n of expected.nodes) expect(g.boxes.find((b) => b.id === n.product.id)?.gap).toBe(n.gap ?? '');
    // Every lane holds something on this chain, and lower tiers sit left of higher ones.
    expect(new Set(g.boxes.map((b) => b.lane))).toEqual(new Set(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']));
    const tierOf = new Map(expected.nodes.map((n) => [n.product.id, n.tier]));
    for (const a of g.boxes)
      for (const b of g.boxes) if ((tierOf.get(a.id) ?? 0) < (tierOf.get(b.id) ?? 0)) expect(a.x).toBeLessThan(b.x);
    // What if the chain leaders left: the API's impact, marked on the drawing.
    const picks = page.getByTestId('pano-leave-pick');
    expect(await picks.count()).toBeGreaterThan(0);
    const leaders = await picks.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    for (let i = 0; i < leaders.length; i++) await picks.nth(i).check();
    await page.getByTestId('pano-leave').click();
    await page.getByTestId('pano-impact').waitFor();
    const impact = await store.whatIf(leaders);
    const orphanedShown = await page
      .locator('[data-testid="pano-orphaned"] li')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id));
    expect(orphanedShown).toEqual(impact.orphaned.map((n) => n.id));
    expect(impact.orphaned.length).toBeGreaterThan(0);
    const marked = await page
      .locator('.pano-node.orphaned')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id));
    expect(marked.sort()).toEqual(
      impact.orphaned
        .map((n) => n.id)
        .filter((id) => tierOf.has(id))
        .sort(),
    );
    await shot(page, 'panorama-generated');
    expect(SHOTS).toBeTruthy();
  });
});
