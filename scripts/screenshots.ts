/**
 * `npm run screenshots`: the README's screenshots, taken in Debian's Chromium at 1440×900 from the
 * real server on the Harbin data (the same harness the browser tests use), into docs/screenshots.
 * Each is a flow a person would go through; run it after a change to what the explorer shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openTab, ROOT, startSession } from '../tests/browser/harness';

declare const window: { __cgBench: { settled(): Promise<void>; pagePosition(id: string): { x: number; y: number } } };

const OUT = join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });
const session = await startSession();

async function open(hash = '', viewport = { width: 1440, height: 900 }): Promise<Page> {
  const { page } = await openTab(session, `/?bench${hash}`, undefined, viewport);
  await page.waitForFunction(() => !!window.__cgBench && performance.getEntriesByName('cg:first-render').length > 0);
  await settle(page);
  return page;
}
const settle = (page: Page) => page.evaluate(() => window.__cgBench.settled());
const at = (page: Page, id: string) => page.evaluate((x) => window.__cgBench.pagePosition(x), id);
async function save(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}
async function pick(page: Page, testid: string, text: string, option: RegExp): Promise<void> {
  await page.getByTestId(testid).fill(text);
  await page.getByTestId(`${testid}-list`).getByRole('option', { name: option }).first().click();
  await settle(page);
}

try {
  let page = await open();
  await save(page, 'overview');

  let p = await at(page, 'cluster:auto');
  await page.mouse.dblclick(p.x, p.y);
  await settle(page);
  p = await at(page, 'enterprise:hafei-auto');
  await page.mouse.click(p.x, p.y);
  await save(page, 'expand');
  p = await at(page, 'cluster:auto');
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.getByTestId('expand-all').waitFor();
  await save(page, 'menu');
  await page.keyboard.press('Escape');
  await page.getByTestId('lang-switch').click();
  await save(page, 'english');
  await page.context().close();

  page = await open('#tab=partners');
  await pick(page, 'partner-product', '微型车', /^微型车/);
  await page.getByTestId('partner-row-1').click();
  await save(page, 'partners');
  await page.context().close();

  page = await open('#tab=gaps');
  await page.getByTestId('gap-list').waitFor();
  await page.getByTestId('gap-list').locator('button.gap').first().click();
  await save(page, 'gaps');
  await page.context().close();

  page = await open('#tab=paths');
  await pick(page, 'path-from', '哈工大', /哈工大|哈尔滨工业大学/);
  await pick(page, 'path-to', '哈药集团', /哈药集团/);
  await page.getByTestId('path-avoid-hubs').check();
  await page.getByTestId('path-max-degree').fill('25');
  await page.getByTestId('path-max-degree').press('Enter');
  await page.getByTestId('path-find').click();
  await page.getByTestId('path-0').waitFor();
  await save(page, 'paths');
  await page.context().close();

  page = await open('#tab=indicators');
  await page.getByTestId('dash-title').waitFor();
  await page.locator('[data-testid="dashboard"] button.figure[data-key="gdp-2010"]').click();
  await save(page, 'dashboard');
  await page.context().close();

  page = (await openTab(session, '/print.html?report=cluster&id=cluster:auto', undefined, { width: 900, height: 1270 }))
    .page;
  await page.locator('[data-ready="true"]').waitFor();
  await page.screenshot({ path: join(OUT, 'print-cluster.png') });
  console.log('docs/screenshots/print-cluster.png');
  await page.context().close();

  page = await open('', { width: 1024, height: 700 });
  await page.getByRole('tab', { name: '列表' }).click();
  await page.getByTestId('node-list').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await save(page, 'list-1024');
  await page.context().close();
} finally {
  await session.close();
}
