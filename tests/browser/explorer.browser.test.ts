/**
 * The real page against the real server: overview, search, expand, paths, partners, gaps,
 * language switch, shared links, exports and the API-down banner. Every test fails on a console
 * error, a page error or a request that leaves localhost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { canRun, DOWNLOADS, openTab, type Session, shot, startSession, type Tab } from './harness';

let session: Session;
let tab: Tab | undefined;

/** Waits until the graph has drawn and the loading overlay is gone; returns the node count. */
async function graphReady(page: Page): Promise<number> {
  await page.getByTestId('loading').waitFor({ state: 'hidden' });
  const status = page.getByTestId('graph-status');
  await expect.poll(async () => /\d+/.test((await status.textContent()) ?? '')).toBe(true);
  return Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
}

async function pick(page: Page, testid: string, text: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testid).fill(text);
  await page.getByTestId(`${testid}-list`).getByRole('option', { name: option }).first().click();
}

async function save(download: Download): Promise<string> {
  const path = join(DOWNLOADS, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

describe.skipIf(!canRun)('cluster graph explorer in Chromium', () => {
  beforeAll(async () => {
    session = await startSession();
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

  it('opens on the zone overview with the legend and an empty details panel', async () => {
    tab = await openTab(session);
    const { page } = tab;
    expect(await graphReady(page)).toBeGreaterThan(10);
    await expect.poll(() => page.title()).toContain('产业集群图谱');
    expect(await page.getByTestId('legend').textContent()).toContain('园区');
    expect(await page.getByRole('tab', { name: '探索' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('details').textContent()).toContain('点击图中的节点');
    await shot(page, '01-overview');
  });

  it('filters by kind into the link, and moves between tabs with the arrow keys', async () => {
    tab = await openTab(session);
    const { page } = tab;
    const all = await graphReady(page);
    await page.getByTestId('filter-kinds-ZONE').uncheck();
    const withoutZones = await graphReady(page);
    expect(withoutZones).toBeLessThan(all);
    expect(withoutZones).toBeGreaterThan(0);
    await expect.poll(() => page.url()).toContain('kinds=');
    await page.getByTestId('filters-reset').click();
    expect(await graphReady(page)).toBe(all);
    await page.getByRole('tab', { name: '探索' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: '列表' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-list');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: '路径' }).getAttribute('aria-selected')).toBe('true');
  });

  it('searches 哈飞, picks 哈飞汽车, shows its provenance and expands it', async () => {
    tab = await openTab(session);
    const { page } = tab;
    const before = await graphReady(page);
    const box = page.getByRole('searchbox', { name: '搜索节点' });
    await box.fill('哈飞');
    await page
      .getByRole('option', { name: /哈飞汽车/ })
      .first()
      .waitFor();
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('哈飞汽车');
    await expect.poll(() => page.url()).toContain('sel=enterprise%3Ahafei-auto');
    expect(await page.getByTestId('details-sources').textContent()).toMatch(/出处.*第/s);
    const afterPick = await graphReady(page);
    expect(afterPick).toBeGreaterThan(before);
    await page.getByTestId('expand').click();
    expect(await graphReady(page)).toBeGreaterThanOrEqual(afterPick);
    await shot(page, '02-search-expand');
  });

  it('lists the paths from 哈工大 to 哈飞汽车 and highlights them one by one', async () => {
    tab = await openTab(session, '/#tab=paths');
    const { page } = tab;
    await graphReady(page);
    await pick(page, 'path-from', '哈工大', /哈工大|哈尔滨工业大学/);
    await pick(page, 'path-to', '哈飞汽车', /哈飞汽车/);
    await page.getByTestId('path-find').click();
    const first = page.getByTestId('path-0');
    await first.waitFor();
    expect(await first.textContent()).toMatch(/^.*哈工大.*→.*哈飞汽车$/);
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    const second = page.getByTestId('path-1');
    if (await second.count()) {
      await second.click();
      await expect.poll(() => page.getByTestId('path-1').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.url()).toContain('path=1');
    }
    await expect.poll(() => page.url()).toMatch(/from=institution%3Ahit.*to=enterprise%3Ahafei-auto/);
    await shot(page, '03-paths');
  });

  it('ranks the partners of 微型车, highlights a row and exports the table as CSV', async () => {
    tab = await openTab(session, '/#tab=partners');
    const { page } = tab;
    await graphReady(page);
    await pick(page, 'partner-product', '微型车', /^微型车/);
    const row = page.getByTestId('partner-row-0');
    await row.waitFor();
    expect(await row.textContent()).toContain('生产商');
    expect(await page.getByTestId('partners-table').textContent()).toContain('哈飞汽车');
    await row.click();
    await expect.poll(() => page.getByTestId('partner-row-0').getAttribute('aria-selected')).toBe('true');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('partners-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^partners-.*\.csv$/);
    const csv = readFileSync(await save(download), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^# 微型车的合作伙伴 · \d{4}-\d{2}-\d{2}/);
    const hafei = lines.find((l) => l.includes('哈飞汽车')) ?? '';
    // Each partner with its zone and the plan's words for it.
    expect(hafei).toContain('汽车工业园');
    expect(hafei).toMatch(/第.章/);
    await shot(page, '04-partners');
  });

  it('shows the gap report, filters it, focuses a gap and exports the target list', async () => {
    tab = await openTab(session);
    const { page } = tab;
    await graphReady(page);
    await page.getByRole('tab', { name: '缺口' }).click();
    await page.getByTestId('gap-list').waitFor();
    const total = Number(/\d+/.exec((await page.getByTestId('gap-count').textContent()) ?? '')?.[0]);
    expect(total).toBeGreaterThan(0);
    await page.getByTestId('gap-kind').selectOption('MISSING_SUPPLIER');
    const filtered = Number(/\d+/.exec((await page.getByTestId('gap-count').textContent()) ?? '')?.[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(total);
    const items = page.getByTestId('gap-list').locator('button.gap');
    for (const text of await items.allTextContents()) expect(text).toContain('缺失供应');
    await items.first().click();
    await expect.poll(() => items.first().getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.url()).toContain('gkind=MISSING_SUPPLIER');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gaps-csv').click()]);
    const csv = readFileSync(await save(download), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // What the list is (its filter, the date, the source), the header, one row per gap.
    expect(lines[0]).toMatch(/^# .*缺失供应.*\d{4}-\d{2}-\d{2}/);
    expect(lines).toHaveLength(filtered + 2);
    await shot(page, '05-gaps');
  });

  it('switches every label to English and keeps the language in the link', async () => {
    tab = await openTab(session);
    const { page } = tab;
    await graphReady(page);
    await page.getByTestId('lang-switch').click();
    expect(await page.getByRole('tab', { name: 'Explore' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('graph-status').textContent()).toMatch(/nodes/);
    expect(await page.getByTestId('legend').textContent()).toContain('Zone');
    await expect.poll(() => page.url()).toContain('lang=en');
    await page.reload();
    await graphReady(page);
    expect(await page.getByRole('searchbox', { name: 'Search nodes' }).count()).toBe(1);
    await shot(page, '06-english');
  });

  it('reopens a shared link with the same selection and partner table', async () => {
    tab = await openTab(session, '/#tab=partners&sel=enterprise%3Ahafei-auto&product=product%3Aminicar&row=0');
    const { page } = tab;
    await graphReady(page);
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('哈飞汽车');
    await page.getByTestId('partner-row-0').waitFor();
    expect(await page.getByTestId('partner-row-0').getAttribute('aria-selected')).toBe('true');
    await shot(page, '07-shared-link');
  });

  it('exports the view as PNG, SVG and interchange JSON', async () => {
    tab = await openTab(session);
    const { page } = tab;
    const nodes = await graphReady(page);
    const exportAs = async (kind: string) => {
      await page.getByTestId('export-menu').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
      return readFileSync(await save(download));
    };
    const png = await exportAs('png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svg = (await exportAs('svg')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const json = JSON.parse((await exportAs('json')).toString('utf8')) as { nodes: { id: string }[]; edges: unknown[] };
    expect(json.nodes).toHaveLength(nodes);
    expect(json.edges.length).toBeGreaterThan(0);
    const graphml = (await exportAs('graphml')).toString('utf8');
    expect(graphml).toContain('<graphml');
  });

  it('shows a bilingual banner, not a blank page, when the API is down', async () => {
    tab = await openTab(session, '/', /Failed to load resource|ERR_FAILED/);
    const { page } = tab;
    await page.route('**/graphql', (route) => route.abort());
    await page.reload();
    const banner = page.getByTestId('banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/无法连接服务器.*Cannot reach the server/s);
    expect(await page.getByTestId('retry').count()).toBe(1);
    expect(await page.getByRole('tab', { name: '探索' }).count()).toBe(1);
    await shot(page, '08-api-down');
  });
});
