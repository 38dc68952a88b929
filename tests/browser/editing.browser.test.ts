/**
 * Editing in the explorer, in Chromium against the real server on a fresh workspace: an editor
 * logs in through the form, adds an enterprise with its source, draws a link from it to the
 * product a gap lacks, sees the gap close, and undoes it (the gap is back); the history in the
 * details shows each change with its source; a viewer sees no editing controls; a refused change
 * keeps what was typed and marks the field; a delete asks for confirmation and its reason.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/accounts';
import { browserSuite, canRun, logInAs, openTab, type Session, shot, startSession } from './harness';

declare global {
  interface Window {
    __cgBench: {
      settled(): Promise<void>;
      pagePosition(id: string): { x: number; y: number };
      seen(): { positions: Record<string, unknown> };
    };
  }
}

const HEAT_PIPE = 'product:heat-pipe';
const NEW_ID = 'enterprise:harbin-heat-pipe-technology';

const settled = async (page: Page) => {
  // After a reload (logging in), the bench hook is loaded again first.
  await page.waitForFunction(() => !!window.__cgBench);
  await page.evaluate(() => window.__cgBench.settled());
};
const onCanvas = async (page: Page) => {
  await settled(page);
  return Object.keys(await page.evaluate(() => window.__cgBench.seen().positions));
};

async function clickNode(page: Page, id: string): Promise<void> {
  await settled(page);
  const p = await page.evaluate((x) => window.__cgBench.pagePosition(x), id);
  await page.mouse.click(p.x, p.y);
  await settled(page);
}

/** The gap list's entry for the heat pipe (热管), if listed. */
const heatPipeGap = (page: Page) => page.getByTestId('gap-list').locator('button.gap', { hasText: '热管' });

async function openGaps(page: Page): Promise<void> {
  await page.getByTestId('tab-gaps').click();
  await page.getByTestId('gap-list').waitFor();
}

async function searchAndOpen(page: Page, text: string, option: RegExp): Promise<void> {
  await page.getByTestId('search').fill(text);
  await page.getByTestId('search-list').locator('li', { hasText: option }).first().click();
  await settled(page);
}

describe.skipIf(!canRun)('editing in the explorer', () => {
  const suite = browserSuite(undefined, { editing: true });

  it('an editor adds an enterprise with a source, links it to a product, sees the gap close, and undoes it', async () => {
    const page = await suite.bench();
    // Anonymous: a login button, no editing controls.
    await expect.poll(() => page.getByTestId('login-open').isVisible()).toBe(true);
    expect(await page.getByTestId('new-node').isVisible()).toBe(false);

    // Log in through the form: a wrong password is refused and the form stays.
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('alice');
    await page.getByTestId('login-password').fill('wrong password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-problem').textContent()).toMatch(/登录失败/);
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('viewer').textContent()).toMatch(/alice.*编辑/);
    expect(await page.getByTestId('new-node').isVisible()).toBe(true);

    // The gap: nobody in the zone makes heat pipes (热管).
    await openGaps(page);
    expect(await heatPipeGap(page).textContent()).toMatch(/缺失供应.*区内没有企业生产它/);

    // A new enterprise, with where it is and the source of the news.
    await page.getByTestId('new-node').click();
    const form = page.getByTestId('node-form');
    await form.waitFor();
    await page.getByTestId('node-name').fill('哈尔滨热管科技有限公司');
    await page.getByTestId('node-nameEn').fill('Harbin Heat Pipe Technology');
    // The home zone is the default location.
    expect(await page.getByTestId('node-zone').inputValue()).toBe('zone:hdz');
    // Without a source it is refused before anything is sent, and nothing typed is lost.
    await page.getByTestId('node-form-submit').click();
    await expect.poll(() => page.getByTestId('node-form-problem').textContent()).toMatch(/请注明依据/);
    expect(await page.getByTestId('node-name').inputValue()).toBe('哈尔滨热管科技有限公司');
    await page.getByTestId('source-quote').fill('哈尔滨热管科技有限公司签约入驻开发区，生产热管');
    await page.getByTestId('source-document').fill('招商简报 2026-12');
    await page.getByTestId('source-section').fill('第1页');
    // The form fits the window, its fields side by side in two columns.
    const box = await form.locator('form').boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1440 && box.y + box.height <= 900).toBe(true);
    const name = await page.getByTestId('node-name').boundingBox();
    const nameEn = await page.getByTestId('node-nameEn').boundingBox();
    expect(name && nameEn && Math.abs(name.y - nameEn.y) < 2 && nameEn.x > name.x + name.width).toBe(true);
    await shot(page, 'edit-01-new-enterprise-form');
    await page.getByTestId('node-form-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('哈尔滨热管科技有限公司');
    expect(await onCanvas(page)).toContain(NEW_ID);
    // Its history: created by alice, with the source.
    const history = page.getByTestId('history-list');
    await history.waitFor();
    expect(await history.textContent()).toMatch(/新建节点.*alice.*签约入驻开发区.*招商简报 2026-12 · 第1页/);

    // The product on the canvas, then a link drawn from the new enterprise to it.
    await searchAndOpen(page, '热管', /^热管/);
    expect(await onCanvas(page)).toContain(HEAT_PIPE);
    await clickNode(page, NEW_ID);
    await page.getByTestId('draw-link').click();
    await clickNode(page, HEAT_PIPE);
    const link = page.getByTestId('link-form');
    await link.waitFor();
    expect(await page.getByTestId('link-ends').textContent()).toBe('哈尔滨热管科技有限公司 → 热管');
    // Only the types an enterprise → product link may have are offered.
    expect(await page.getByTestId('link-type').locator('option').allTextContents()).toEqual(['生产', '合作']);
    await page.getByTestId('source-note').fill('企业登记经营范围：热管及换热设备的生产');
    await page.getByTestId('source-url').fill('https://www.gsxt.gov.cn/');
    await shot(page, 'edit-02-link-form');
    await page.getByTestId('link-form-submit').click();
    await link.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('生产');
    await settled(page);
    await shot(page, 'edit-03-linked');

    // The missing supplier is found: what is left is that there is only one (单一供应, 强链).
    await openGaps(page);
    await expect.poll(() => heatPipeGap(page).textContent()).toMatch(/单一供应/);
    expect(await heatPipeGap(page).textContent()).not.toMatch(/缺失供应|区内没有企业生产它/);
    await heatPipeGap(page).scrollIntoViewIfNeeded();
    await shot(page, 'edit-04-gap-closed');

    // The link is only planned, after all: its status changed, with a source, in its history.
    await page.getByTestId('edit-edge').click();
    await page.getByTestId('edge-form').waitFor();
    await page.getByTestId('node-status').selectOption('PLANNED');
    await page.getByTestId('source-note').fill('企业尚在建设，投产在即');
    await page.getByTestId('source-date').fill('2026-12-02');
    await page.getByTestId('edge-form-submit').click();
    await page.getByTestId('edge-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('details-props').textContent()).toMatch(/状态规划/);
    await expect.poll(() => page.getByTestId('history-list').textContent()).toMatch(/修改关系.*alice.*投产在即/);
    await page.getByTestId('undo-change').click();
    await expect.poll(() => page.getByTestId('details-props').textContent()).toMatch(/状态现有/);

    // Undo my last change: the link goes, the gap is back; again: the enterprise goes.
    await page.getByTestId('banner').evaluate((el) => {
      el.textContent = '';
    });
    await page.getByTestId('undo-change').click();
    await expect.poll(() => page.getByTestId('banner').textContent()).toMatch(/已撤销 1 项修改/);
    await openGaps(page);
    await expect.poll(() => heatPipeGap(page).textContent()).toMatch(/缺失供应.*区内没有企业生产它/);
    await page.getByTestId('undo-change').click();
    await expect.poll(async () => (await onCanvas(page)).includes(NEW_ID)).toBe(false);
    await expect.poll(() => page.getByTestId('banner').textContent()).toMatch(/已撤销 2 项修改/);
    await page.getByTestId('undo-change').click();
    await expect.poll(() => page.getByTestId('banner').textContent()).toMatch(/没有可撤销的修改/);
    await shot(page, 'edit-05-undone');
  });

  it('fits the account area in a narrow window, and speaks English', async () => {
    const page = await suite.bench('', { width: 1024, height: 700 });
    await logInAs(page, 'alice');
    await settled(page);
    const boxes = await page
      .locator('.topbar .top-actions > *:visible, .topbar .account > *:visible, .topbar .search-wrap')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (const b of boxes) expect(b.right).toBeLessThanOrEqual(1024);
    const brand = await page.locator('.topbar .brand').boundingBox();
    const search = await page.locator('.topbar .search-wrap').boundingBox();
    const actions = await page.locator('.topbar .top-actions').boundingBox();
    expect(brand && search && actions && brand.x + brand.width <= search.x).toBe(true);
    expect(search && actions && search.x + search.width <= actions.x && search.width >= 200).toBe(true);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('undo-change').textContent()).toBe('↶ Undo change');
    await page.getByTestId('new-node').click();
    const form = page.getByTestId('node-form');
    expect(await form.locator('h2').textContent()).toBe('New node');
    // The home zone is where a new enterprise is, unless the editor says otherwise.
    expect(await page.getByTestId('node-zone').inputValue()).toBe('zone:hdz');
    expect(await form.locator('legend').textContent()).toBe('Source of this change');
    expect(await form.textContent()).not.toMatch(/[\u4e00-\u9fff]/u);
    // The dialog fits the window (what does not fit scrolls inside it), its buttons reachable.
    const box = await form.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 700 && box.x >= 0 && box.x + box.width <= 1024).toBe(true);
    await shot(page, 'edit-10-english-narrow');
    await page.getByTestId('node-form-cancel').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('node-form-cancel').isVisible()).toBe(true);
    await page.getByTestId('node-form-cancel').click();
  });

  it('shows a viewer no editing controls, and the history of what others changed', async () => {
    const page = await suite.bench();
    await logInAs(page, 'bob');
    await settled(page);
    await page.getByTestId('new-node').click();
    await page.getByTestId('node-kind').selectOption('PRODUCT');
    // A product has no location.
    expect(await page.getByTestId('node-zone').isVisible()).toBe(false);
    await page.getByTestId('node-name').fill('微型热管');
    await page.getByTestId('node-nameEn').fill('Micro heat pipe');
    await page.getByTestId('source-note').fill('产品目录补充');
    await page.getByTestId('source-date').fill('2026-12-02');
    await page.getByTestId('node-form-submit').click();
    await page.getByTestId('node-form').waitFor({ state: 'detached' });

    // A second product with the same English name makes the same id: refused, the field marked.
    await page.getByTestId('new-node').click();
    await page.getByTestId('node-kind').selectOption('PRODUCT');
    await page.getByTestId('node-name').fill('另一个微型热管');
    await page.getByTestId('node-nameEn').fill('Micro heat pipe');
    await page.getByTestId('source-note').fill('重复');
    await page.getByTestId('source-date').fill('2026-12-02');
    await page.getByTestId('node-form-submit').click();
    await expect.poll(() => page.getByTestId('node-form-problem').isVisible()).toBe(true);
    expect(await page.getByTestId('node-name').inputValue()).toBe('另一个微型热管');
    await shot(page, 'edit-06-refused');
    await page.getByTestId('node-form-cancel').click();

    // vera (viewer) sees bob's change in the details, and no way to change anything.
    await logInAs(page, 'vera');
    await settled(page);
    await searchAndOpen(page, '微型热管', /微型热管/);
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('微型热管');
    await expect.poll(() => page.getByTestId('history-list').textContent()).toMatch(/新建节点.*bob.*产品目录补充/);
    expect(await page.getByTestId('edit-actions').count()).toBe(0);
    expect(await page.getByTestId('new-node').isVisible()).toBe(false);
    expect(await page.getByTestId('undo-change').count()).toBe(0);
    expect(await page.locator('[data-testid^="revert-"]').count()).toBe(0);
    await expect.poll(() => page.getByTestId('viewer').textContent()).toMatch(/vera.*查看者/);
    await shot(page, 'edit-07-viewer');
  });

  it('deletes a node only once confirmed with a reason, and its history undoes the delete', async () => {
    const page = await suite.bench();
    await logInAs(page, 'ada');
    await settled(page);
    await searchAndOpen(page, '微型热管', /微型热管/);
    const id = 'product:micro-heat-pipe';
    expect(await onCanvas(page)).toContain(id);
    await page.getByTestId('delete-element').click();
    const dialog = page.getByTestId('delete-form');
    await dialog.waitFor();
    expect(await page.getByTestId('delete-what').textContent()).toBe('微型热管');
    // Cancel deletes nothing.
    await page.getByTestId('delete-form-cancel').click();
    expect(await onCanvas(page)).toContain(id);
    await page.getByTestId('delete-element').click();
    await page.getByTestId('source-note').fill('重复录入，删除');
    await page.getByTestId('source-date').fill('2026-12-02');
    await shot(page, 'edit-08-delete-confirm');
    await page.getByTestId('delete-form-submit').click();
    await expect.poll(async () => (await onCanvas(page)).includes(id)).toBe(false);
    // An admin may undo bob's creation from the history too; here: bring the product back by
    // undoing ada's delete (her last change).
    await page.getByTestId('undo-change').click();
    await expect.poll(() => page.getByTestId('banner').textContent()).toMatch(/已撤销 1 项修改/);
    await searchAndOpen(page, '微型热管', /微型热管/);
    await expect
      .poll(() => page.getByTestId('history-list').textContent())
      .toMatch(/新建节点.*ada.*撤销变更.*删除节点.*ada.*重复录入.*新建节点.*bob/);
  });
});

describe.skipIf(!canRun)('a server that asks for a login (AUTH_REQUIRED)', () => {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession(undefined, { authRequired: true }, { editing: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the login form instead of the map, and the map once logged in', async () => {
    if (!session) throw new Error('no session');
    // The refused first view is expected: the console error of the 401 is the browser's own.
    const tab = await openTab(session, '/?bench', /401/);
    const page = tab.page;
    try {
      const form = page.getByTestId('login');
      await form.waitFor();
      expect(await page.getByTestId('banner').textContent()).toMatch(/请先登录再查看图谱/);
      await page.getByTestId('login-name').fill('vera');
      await page.getByTestId('login-password').fill(TEST_PASSWORD);
      await page.getByTestId('login-submit').click();
      await form.waitFor({ state: 'detached' });
      await expect.poll(async () => (await onCanvas(page)).length).toBeGreaterThan(10);
      await expect.poll(() => page.getByTestId('viewer').textContent()).toMatch(/vera/);
      await shot(page, 'edit-09-auth-required');
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.context.close();
    }
  });
});
