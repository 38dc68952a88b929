/**
 * 上传表格 in Chromium on the Harbin data (issue 15 item 5): an editor uploads a registry CSV,
 * reviews the change set — the counts, a new enterprise's row, the merged 东安 field by field,
 * the bad row in red, Apply refused until bad rows are skipped — in Chinese and in English; a
 * change made meanwhile makes Apply a conflict that applies nothing; previewed again it applies,
 * and the new enterprise is found by search. A viewer has no upload button. The dialog sits inside the viewport and
 * its tables fit its width.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, canRun, logInAs, shot } from './harness';

const REGISTRY_CSV = fileURLToPath(new URL('../fixtures/upload/registry.csv', import.meta.url));

async function ready(page: Page): Promise<void> {
  await page.getByTestId('loading').waitFor({ state: 'hidden' });
  const status = page.getByTestId('graph-status');
  await expect.poll(async () => /\d+/.test((await status.textContent()) ?? '')).toBe(true);
}

const count = async (page: Page, key: string) =>
  Number((await page.getByTestId(`upload-count-${key}`).locator('b').textContent()) ?? NaN);

describe.skipIf(!canRun)('uploading a spreadsheet in Chromium', () => {
  const suite = browserSuite(undefined, { editing: true });

  it('shows no upload button to a viewer', async () => {
    const { page } = await suite.open('/');
    await ready(page);
    expect(await page.getByTestId('open-upload').isHidden()).toBe(true);
    await logInAs(page, 'vera');
    await ready(page);
    // Once the page knows vera is logged in (the account area names her), her button is still hidden.
    await expect.poll(async () => (await page.getByTestId('viewer').textContent()) ?? '').toContain('vera');
    expect(await page.getByTestId('open-upload').isHidden()).toBe(true);
  });

  it('uploads a registry CSV, reviews the change set, applies it and finds the new enterprise', async () => {
    const { page } = await suite.open('/');
    await ready(page);
    await logInAs(page, 'alice');
    await ready(page);
    const button = page.getByTestId('open-upload');
    await button.waitFor({ state: 'visible' });
    expect(await button.textContent()).toContain('上传表格');
    await button.click();
    const dialog = page.getByTestId('upload-dialog');
    await dialog.waitFor();
    await page.getByTestId('upload-file').setInputFiles(REGISTRY_CSV);
    await page.getByTestId('upload-review').waitFor();

    // 新增: 2 enterprises, 黑龙江省, 南岗区, 香坊区 and 9 relationships; 修改: 东安; 错误: row 6.
    expect(await count(page, 'added')).toBe(14);
    expect(await count(page, 'changed')).toBe(1);
    expect(await count(page, 'removed')).toBe(0);
    expect(await count(page, 'errors')).toBe(1);
    const food = page.getByTestId('upload-added').locator('tr[data-id="enterprise:uscc-91230103ma1abc123x"]');
    expect(await food.locator('td').allTextContents()).toEqual([
      '4',
      '企业',
      '哈尔滨绿色食品有限公司',
      'enterprise:uscc-91230103ma1abc123x',
    ]);
    const dongan = page.getByTestId('upload-changed').locator('tr[data-id="enterprise:dongan"]');
    expect(await dongan.locator('td').first().textContent()).toBe('3');
    expect(await dongan.locator('td.detail').textContent()).toContain('来源: 1 条来源 sources → 2 条来源 sources');
    const bad = page.getByTestId('upload-errors').locator('tr.bad-row');
    expect(await bad.count()).toBe(1);
    expect(await bad.locator('td').first().textContent()).toBe('6');
    expect(await bad.locator('td').nth(1).textContent()).toBe('统一社会信用代码');
    // Red: the error row's text is the danger colour.
    expect(
      await bad
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td).color),
    ).toBe('rgb(185, 28, 28)');
    expect(await page.getByTestId('upload-apply').isDisabled()).toBe(true);
    expect(await page.getByTestId('upload-blocked').textContent()).toContain('有 1 行错误');
    expect(await page.getByTestId('upload-source').textContent()).toContain('registry.csv');
    expect(await page.getByTestId('upload-source').textContent()).toContain('alice 上传');

    // Geometry: the dialog inside the viewport, no table wider than the review it sits in.
    const viewport = page.viewportSize() as { width: number; height: number };
    const box = await dialog.boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    const overflow = await page.getByTestId('upload-review').evaluate((review) => {
      const limit = review.getBoundingClientRect();
      return [...review.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().right > limit.right + 1)
        .length;
    });
    expect(overflow).toBe(0);
    expect(await page.getByTestId('upload-review').evaluate((r) => r.scrollWidth <= r.clientWidth + 1)).toBe(true);
    await shot(page, 'upload-01-review');

    // Skipping the bad rows previews again; the set then applies.
    await page.getByTestId('upload-skip').check();
    await expect.poll(() => page.getByTestId('upload-apply').isEnabled()).toBe(true);
    expect(await count(page, 'added')).toBe(14);
    expect(await count(page, 'errors')).toBe(1);
    await shot(page, 'upload-02-skipped');
    // In English the same review, labelled in English.
    await page.getByTestId('lang-switch').click();
    expect(await page.getByTestId('upload-count-added').textContent()).toBe('Added 14');
    expect(await page.getByTestId('upload-apply').textContent()).toBe('Apply');
    await shot(page, 'upload-03-english');
    await page.getByTestId('lang-switch').click();
    expect(await page.getByTestId('upload-apply').textContent()).toBe('应用');

    // Someone changes 东安 after the preview: applying is a conflict and applies nothing.
    const edited = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation { updateNode(id: "enterprise:dongan", version: 1, patch: { aliases: ["东安动力"] }, source: { note: "核对别名", date: "2026-12-02" }) { version } }',
        }),
      });
      return (await res.json()).data?.updateNode?.version;
    });
    expect(edited).toBe(2);
    await page.getByTestId('upload-apply').click();
    await page.getByTestId('upload-message').waitFor();
    expect(await page.getByTestId('upload-message').textContent()).toContain('冲突');
    expect(await page.getByTestId('upload-apply').isDisabled()).toBe(true);
    await shot(page, 'upload-04-conflict');
    const none = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ node(id: "enterprise:uscc-91230103ma1abc123x") { id } }' }),
      });
      return (await res.json()).data?.node;
    });
    expect(none).toBeNull();

    // Previewed again against the graph as it is now, the set applies.
    await page.getByTestId('upload-again').click();
    await expect.poll(() => page.getByTestId('upload-apply').isEnabled()).toBe(true);
    await page.getByTestId('upload-apply').click();
    await expect.poll(async () => (await page.getByTestId('upload-message').textContent()) ?? '').toContain('已应用');
    expect(await page.getByTestId('upload-message').textContent()).toBe('已应用 15 项变更。');
    await ready(page);
    await shot(page, 'upload-05-applied');
    await page.getByTestId('upload-cancel').click();
    expect(await dialog.isHidden()).toBe(true);

    const search = page.getByRole('searchbox', { name: '搜索节点' });
    await search.fill('绿色食品有限');
    await page
      .getByRole('option', { name: /哈尔滨绿色食品有限公司/ })
      .first()
      .waitFor();
    await search.press('Enter');
    await expect.poll(() => page.getByTestId('details-name').textContent()).toBe('哈尔滨绿色食品有限公司');
    expect(await page.getByTestId('details-sources').textContent()).toContain('registry.csv');
    await shot(page, 'upload-06-found');
  });
});
