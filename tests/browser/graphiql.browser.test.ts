/**
 * The bundled GraphiQL at /graphiql: it loads with nothing from the internet and no console
 * error, and runs the example query against the real API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { buildIfStale } from '../../scripts/build-if-stale.mjs';
import { canRun, openTab, type Session, shot, startSession } from './harness';

describe.skipIf(!canRun)('GraphiQL', () => {
  let session: Session;
  beforeAll(async () => {
    (buildIfStale as (o: { quiet: boolean }) => void)({ quiet: true });
    session = await startSession();
  });
  afterAll(() => session?.close());

  it('loads with no off-site request and runs the example query', async () => {
    const { page, context, problems } = await openTab(session, '/graphiql/');
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });
    const answer = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('partners'),
    );
    // The editor opens on the examples; run the first operation (Partners) with the toolbar's run button.
    await page.click('.graphiql-execute-button');
    const chooser = page.locator('.graphiql-dropdown-item, [role="menuitem"]').filter({ hasText: 'Partners' });
    if (await chooser.count()) await chooser.first().click();
    const res = await answer;
    expect(res.status()).toBe(200);
    await page.waitForFunction(
      () => document.querySelector('.result-window')?.textContent?.includes('哈飞汽车'),
      undefined,
      { timeout: 15_000 },
    );
    await shot(page, '09-graphiql');
    expect(problems).toEqual([]);
    await context.close();
  });
});
