/**
 * Browser-test harness: builds the client when dist/client is missing or stale, starts the real
 * server (memory store, Harbin dataset) on a free port, and opens pages in Debian's Chromium
 * that record every console error, page error and non-local request as a problem.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Config } from '../../server/config';
import { startServer } from '../../server/http/server';
import type { GraphStore } from '../../server/store/types';
import { addUsers, TEST_PASSWORD } from '../support/accounts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');
export const DOWNLOADS = join(ROOT, 'test-artifacts', 'downloads');
/** The layer skips without Chromium, except in CI where it is required (vitest.config.ts). */
export const canRun = existsSync(CHROMIUM) || process.env.CI === 'true';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureClientBuilt(): void {
  const index = join(ROOT, 'dist', 'client', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(ROOT, 'client'))) return;
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

const LOCAL = /^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:|about:)/;

export interface Session {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Serves `store` when given (a generated dataset, say), else the Harbin data, on a workspace that
 * keeps nothing; with `editing`, on a fresh workspace file holding the test accounts
 * (alice and bob editors, vera a viewer, ada an admin; password TEST_PASSWORD).
 */
export async function startSession(
  store?: GraphStore,
  config: Partial<Config> = {},
  opts: { editing?: boolean } = {},
): Promise<Session> {
  ensureClientBuilt();
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(DOWNLOADS, { recursive: true });
  let dir: string | undefined;
  let workspace = ':memory:';
  if (opts.editing) {
    dir = mkdtempSync(join(tmpdir(), 'cg-browser-'));
    workspace = join(dir, 'workspace.sqlite');
    await addUsers(workspace, TEST_PASSWORD);
  }
  // The memory store with the Harbin data, whatever NEO4J_URI says (that is for the int layer).
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    config: { logLevel: 'warn', neo4j: null, workspace, ...config },
    ...(store ? { store } : {}),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Logs the tab in as `name` through the API (the session cookie is the context's) and reloads. */
export async function logInAs(page: Page, name: string, password = TEST_PASSWORD): Promise<void> {
  const ok = await page.evaluate(
    async ([n, p]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($n: String!, $p: String!) { login(name: $n, password: $p) { name } }',
          variables: { n, p },
        }),
      });
      return (await res.json()).data?.login?.name === n;
    },
    [name, password] as const,
  );
  if (!ok) throw new Error(`could not log in as ${name}`);
  await page.reload();
}

export interface Tab {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and requests that left the machine. */
  problems: string[];
}

/** A fresh context and page (1280×800 unless told) with the guards attached. `allowConsole` exempts expected errors. */
export async function openTab(
  session: Session,
  path = '/',
  allowConsole?: RegExp,
  viewport = { width: 1280, height: 800 },
): Promise<Tab> {
  const context = await session.browser.newContext({
    viewport,
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowConsole?.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!LOCAL.test(r.url())) problems.push(`external request: ${r.url()}`);
  });
  await page.goto(session.url + path);
  return { page, context, problems };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/**
 * The usual shape of a browser test file: one session for the file (the Harbin data unless a
 * store is given), one tab per test, and every test failing on its tab's console errors, page
 * errors and off-site requests. Register it inside the file's `describe`.
 */
export function browserSuite(makeStore?: () => Promise<GraphStore>, opts: { editing?: boolean } = {}) {
  let session: Session | undefined;
  let tab: Tab | undefined;
  /** The problems of the tabs a test opened before its current one. */
  let earlier: string[] = [];
  beforeAll(async () => {
    session = await startSession(makeStore ? await makeStore() : undefined, {}, opts);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    const found = [...earlier, ...(tab?.problems ?? [])];
    await tab?.context.close();
    tab = undefined;
    earlier = [];
    expect(found).toEqual([]);
  });
  const need = (): Session => {
    if (!session) throw new Error('the browser session has not started');
    return session;
  };
  return {
    session: need,
    /** A new tab on `path` (closing the test's previous one). */
    async open(path = '/', viewport = { width: 1440, height: 900 }, allowConsole?: RegExp): Promise<Tab> {
      if (tab) {
        earlier.push(...tab.problems);
        await tab.context.close();
      }
      tab = await openTab(need(), path, allowConsole, viewport);
      return tab;
    },
    /** A tab with the bench hook on the explorer, once its first view is drawn and settled. */
    async bench(hash = '', viewport = { width: 1440, height: 900 }): Promise<Page> {
      const { page } = await this.open(`/?bench${hash}`, viewport);
      await page.waitForFunction(
        () =>
          !!(window as unknown as { __cgBench?: unknown }).__cgBench &&
          performance.getEntriesByName('cg:first-render').length > 0,
      );
      await page.evaluate(() => (window as unknown as { __cgBench: { settled(): Promise<void> } }).__cgBench.settled());
      return page;
    },
  };
}
