/**
 * The browser bench (`npm run bench -- --client`): Debian's Chromium, headless, against the
 * server bench/run.ts started on the generated dataset. Measures the first render of the
 * overview, expand click-to-draw, pan/zoom frame rate at ~1k, 5k and 20k nodes with the canvas
 * and the WebGL renderer, and the longest main-thread task while 1,000 nodes are laid out.
 *
 * Headless Chromium has no GPU here: WebGL runs on SwiftShader (software), so the WebGL figures
 * say what a machine without a GPU would get, not what a laptop's GPU would. Frame rates depend
 * on whatever else the CPU is doing; the machine's load average is in the report.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureClientBuilt } from '../tests/browser/harness';
import type { ClientBenchModule, ClientMetric } from './types';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE_ARGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update'];
/** What the browser tests use: no GPU at all. */
const CANVAS_ARGS = [...BASE_ARGS, '--disable-gpu'];
/** WebGL 2 on SwiftShader, the only GL a headless machine without a GPU has. */
const WEBGL_ARGS = [...BASE_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const FPS_MS = 3000;
const SIZES = [
  { label: '1k', nodes: 1000, edges: 1500 },
  { label: '5k', nodes: 5000, edges: 8000 },
  { label: '20k', nodes: 20000, edges: 30000 },
] as const;

interface Hook {
  info(): { nodes: number; edges: number; webgl: boolean; tier: string; gpu: string };
  load(n: number, m: number): Promise<number>;
  fps(ms: number): Promise<{ frames: number; seconds: number; fps: number; worstFrameMs: number }>;
  expand(id: string): Promise<{ drawnMs: number; settledMs: number; added: number }>;
  undo(): Promise<{ drawnMs: number; settledMs: number }>;
  growAndSave(n: number): Promise<number>;
  restoreView(): Promise<{ nodes: number; drawnMs: number; settledMs: number }>;
  overview(): Promise<void>;
  ids(kind: string): string[];
  layout(n: number, m: number): Promise<{ start: number; ms: number }>;
}
declare const window: { __cgBench?: Hook };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

async function launch(args: string[]): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args });
}

async function open(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`  page error: ${e.message}\n`));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('cg:first-render').length > 0, null, {
    timeout: 60_000,
  });
  return page;
}

async function withHook(browser: Browser, url: string): Promise<Page> {
  const page = await open(browser, url);
  await page.waitForFunction(() => !!window.__cgBench);
  return page;
}

/** Navigation start → the overview laid out and drawn (the client's `cg:first-render` mark). */
async function firstRender(browser: Browser, url: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await open(browser, `${url}/`);
    out.push(await page.evaluate(() => performance.getEntriesByName('cg:first-render')[0]?.startTime ?? Number.NaN));
    await page.context().close();
  }
  return out;
}

/** Records every long task (> 50 ms) on the page from now on. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/**
 * The explorer's flows on one page: three expands (click to drawn, click to settled), an undo
 * after each, then a saved view of ~200 nodes reopened; the longest main-thread task of it all.
 */
async function flows(browser: Browser, url: string) {
  const page = await withHook(browser, `${url}/?bench`);
  // The saved view is built first (many expands): setting it up is not one of the flows.
  await page.evaluate(() => window.__cgBench?.growAndSave(200));
  await page.evaluate(() => window.__cgBench?.overview());
  const longest = await watchLongTasks(page);
  const ids = (await page.evaluate(() => window.__cgBench?.ids('CLUSTER') ?? [])).slice(0, 3);
  const drawn: number[] = [];
  const settled: number[] = [];
  const undo: number[] = [];
  for (const id of ids) {
    const r = await page.evaluate((x) => window.__cgBench?.expand(x), id);
    if (!r) continue;
    drawn.push(r.drawnMs);
    settled.push(r.settledMs);
    const u = await page.evaluate(() => window.__cgBench?.undo());
    if (u) undo.push(u.drawnMs);
    await page.evaluate((x) => window.__cgBench?.expand(x), id);
  }
  const restore = await page.evaluate(() => window.__cgBench?.restoreView());
  const longestMs = await longest();
  await page.context().close();
  return { drawn, settled, undo, restore, longestMs };
}

async function fps(browser: Browser, url: string, renderer: 'canvas' | 'webgl', log: (l: string) => void) {
  const page = await withHook(browser, `${url}/?bench&renderer=${renderer}`);
  const out: ClientMetric[] = [];
  for (const s of SIZES) {
    const size = { n: s.nodes, m: s.edges };
    const drawMs = await page.evaluate(({ n, m }) => window.__cgBench?.load(n, m) ?? Number.NaN, size);
    const info = await page.evaluate(() => window.__cgBench?.info());
    const r = await page.evaluate((ms) => window.__cgBench?.fps(ms), FPS_MS);
    if (!r || !info) continue;
    log(
      `  ${renderer} ${s.label}: ${info.nodes} nodes/${info.edges} edges (webgl ${info.webgl}, gpu ${info.gpu}), ` +
        `drawn in ${round(drawMs)} ms, ${round(r.fps, 1)} fps, worst frame ${round(r.worstFrameMs)} ms`,
    );
    out.push({ metric: `fps_${renderer}_${s.label}`, value: round(r.fps, 1), unit: 'fps' });
    out.push({ metric: `draw_${renderer}_${s.label}_ms`, value: round(drawMs), unit: 'ms' });
  }
  await page.context().close();
  return out;
}

/** The longest main-thread task between the start of a 1,000-node layout and its first frame. */
async function layoutTasks(browser: Browser, url: string) {
  const page = await withHook(browser, `${url}/?bench`);
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: { start: number; ms: number }[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask' });
  });
  const r = await page.evaluate(() => window.__cgBench?.layout(1000, 1500));
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: { start: number; ms: number }[] }).__tasks);
  await page.context().close();
  if (!r) return { longest: Number.NaN, ms: Number.NaN };
  const during = tasks.filter((t) => t.start + t.ms >= r.start && t.start <= r.start + r.ms);
  return { longest: Math.max(0, ...during.map((t) => t.ms)), ms: r.ms };
}

export const runClientBench: ClientBenchModule['runClientBench'] = async ({ url, log }) => {
  if (!existsSync(CHROMIUM)) {
    log(`client bench: no Chromium at ${CHROMIUM}; skipped`);
    return [];
  }
  ensureClientBuilt();
  const metrics: ClientMetric[] = [];
  const canvas = await launch(CANVAS_ARGS);
  try {
    log('client: first render of the overview (3 fresh pages)');
    const first = await firstRender(canvas, url, 3);
    log(`  ${first.map((x) => round(x)).join(', ')} ms`);
    metrics.push({ metric: 'overview_first_render_ms', value: round(median(first)), unit: 'ms' });
    log('client: expand click-to-draw and undo (3 clusters), a 200-node saved view reopened');
    const ex = await flows(canvas, url);
    log(
      `  drawn ${ex.drawn.map((x) => round(x)).join(', ')} ms; settled ${ex.settled.map((x) => round(x)).join(', ')} ms; undo ${ex.undo.map((x) => round(x)).join(', ')} ms`,
    );
    if (ex.restore)
      log(
        `  saved view of ${ex.restore.nodes} nodes: drawn in ${round(ex.restore.drawnMs)} ms, settled in ${round(ex.restore.settledMs)} ms`,
      );
    log(`  longest main-thread task during these flows: ${round(ex.longestMs)} ms`);
    metrics.push({ metric: 'expand_ms', value: round(median(ex.drawn)), unit: 'ms' });
    metrics.push({ metric: 'expand_settled_ms', value: round(median(ex.settled)), unit: 'ms' });
    metrics.push({ metric: 'undo_ms', value: round(median(ex.undo)), unit: 'ms' });
    if (ex.restore) {
      metrics.push({ metric: 'restore_view_ms', value: round(ex.restore.drawnMs), unit: 'ms' });
      metrics.push({ metric: 'restore_view_nodes', value: ex.restore.nodes, unit: 'nodes' });
    }
    metrics.push({ metric: 'longest_task_flows_ms', value: round(ex.longestMs), unit: 'ms' });
    log('client: longest main-thread task during a 1,000-node layout');
    const lt = await layoutTasks(canvas, url);
    metrics.push({ metric: 'longest_task_layout_1k_ms', value: round(lt.longest), unit: 'ms' });
    metrics.push({ metric: 'layout_1k_ms', value: round(lt.ms), unit: 'ms' });
    log(`  longest task ${round(lt.longest)} ms, layout ${round(lt.ms)} ms`);
    log('client: pan/zoom frame rate, canvas renderer');
    metrics.push(...(await fps(canvas, url, 'canvas', log)));
  } finally {
    await canvas.close();
  }
  const webgl = await launch(WEBGL_ARGS);
  try {
    log('client: pan/zoom frame rate, WebGL renderer (SwiftShader: software GL)');
    metrics.push(...(await fps(webgl, url, 'webgl', log)));
  } finally {
    await webgl.close();
  }
  return metrics;
};
