/**
 * Reports an office can hand on, in Chromium against the real server on the Harbin data: the
 * indicators dashboard shows exactly the dataset's figures (every table cell and every chart bar
 * checked against data/harbin.yaml), each labelled with its period and kind, with the plan's quote a
 * click away, and exports CSV and PNG; the graph's PNG and SVG carry a title, the date, the source
 * and a legend; the print views are A4 PDFs in the bundled Chinese font.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../server/domain/model';
import { harbin } from '../support/fixtures';
import { browserSuite, canRun, DOWNLOADS, SHOTS, shot } from './harness';

declare const window: {
  __cgBench: {
    settled(): Promise<void>;
    pagePosition(id: string): { x: number; y: number };
    /** The values chart `i` of the dashboard draws (from its Chart.js instance). */
    chartBars(i: number): unknown[] | null;
  };
};

let suite: ReturnType<typeof browserSuite>;
let data: Dataset;

const open = (hash = '') => suite.bench(hash);

async function save(download: Download): Promise<string> {
  const path = join(DOWNLOADS, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const figuresOf = (id: string) => {
  const n = data.nodes.find((x) => x.id === id);
  return n && 'indicators' in n ? n.indicators : [];
};

describe.skipIf(!canRun)('reports in Chromium', () => {
  suite = browserSuite();
  beforeAll(async () => {
    data = await harbin();
  });

  it('shows every figure of the zone as the dataset has it, each with its period and kind', async () => {
    const page = await open('#tab=indicators');
    await page.getByTestId('dash-title').waitFor();
    expect(await page.getByTestId('dash-title').textContent()).toContain('哈尔滨开发区');
    const expected = figuresOf('zone:hdz');
    expect(expected.length).toBeGreaterThan(50);
    const shown = await page.locator('[data-testid="dashboard"] button.figure').evaluateAll((els) =>
      els.map((e) => ({
        key: e.getAttribute('data-key'),
        value: Number(e.getAttribute('data-value')),
        max: e.getAttribute('data-value-max'),
        period: e.parentElement?.querySelector('.period')?.textContent ?? '',
      })),
    );
    // Every figure once, at its value, labelled with its period and kind.
    expect(shown.map((s) => s.key).sort()).toEqual(expected.map((f) => f.key).sort());
    for (const f of expected) {
      const s = shown.find((x) => x.key === f.key);
      expect(s?.value, f.key).toBe(f.value);
      expect(s?.max ?? null, f.key).toBe(f.valueMax === undefined ? null : String(f.valueMax));
      expect(s?.period, f.key).toMatch(f.kind === 'ACTUAL' ? /实际/ : /目标/);
    }
    // Each chart draws exactly its table's figures.
    const charts = await page.locator('[data-testid^="dash-chart-"]').count();
    expect(charts).toBeGreaterThan(4);
    for (let i = 0; i < charts; i++) {
      const bars = await page.evaluate((n) => window.__cgBench.chartBars(n), i);
      const cells = await page
        .getByTestId(`dash-table-${i}`)
        .locator('button.figure')
        .evaluateAll((els) =>
          els.map((e) =>
            e.hasAttribute('data-value-max')
              ? [Number(e.getAttribute('data-value')), Number(e.getAttribute('data-value-max'))]
              : Number(e.getAttribute('data-value')),
          ),
        );
      expect(bars, `chart ${i}`).not.toBeNull();
      expect([...(bars as unknown[])].map(String).sort()).toEqual(cells.map(String).sort());
    }
    // A level with its 2010 target shows the yearly growth the pair implies: 201 → 461 亿元 in 5 years.
    const gdp = page.locator('[data-testid="dashboard"] tr[data-key="gdp"]');
    expect(await gdp.locator('[data-testid="implied"]').textContent()).toBe('18.1%');
    await shot(page, 'reports-dashboard');
  });

  it('shows the plan’s quote of a figure, and another subject’s figures', async () => {
    const page = await open('#tab=indicators');
    await page.locator('[data-testid="dashboard"] button.figure[data-key="gdp-2010"]').click();
    const quote = figuresOf('zone:hdz').find((f) => f.key === 'gdp-2010')?.sources[0]?.quote ?? '';
    expect(quote.length).toBeGreaterThan(4);
    expect(await page.getByTestId('dash-quote').textContent()).toContain(quote);
    await page.getByTestId('dash-subject-zone:auto-park').click();
    await expect.poll(() => page.getByTestId('dash-title').textContent()).toContain('汽车工业园');
    const keys = await page
      .locator('[data-testid="dashboard"] button.figure')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys.sort()).toEqual(
      figuresOf('zone:auto-park')
        .map((f) => f.key)
        .sort(),
    );
    await expect.poll(() => page.url()).toContain('isub=zone%3Aauto-park');
  });

  it('exports the figures as CSV with their quotes, and the charts as one PNG', async () => {
    const page = await open('#tab=indicators');
    await page.getByTestId('dash-title').waitFor();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dash-csv').click()]);
    const csv = readFileSync(await save(csvDownload), 'utf8');
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows).toHaveLength(figuresOf('zone:hdz').length + 1);
    expect(rows[0]).toContain('原文');
    expect(csv).toContain('gdp-2010');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dash-png').click()]);
    const size = pngSize(readFileSync(await save(pngDownload)));
    // Every chart at 2× (a chart is at least 420 px wide on the page), stacked under a title.
    const charts = await page.locator('[data-testid^="dash-chart-"]').count();
    expect(size.width).toBeGreaterThanOrEqual(840);
    expect(size.height).toBeGreaterThan(charts * 2 * 100);
  });

  it('exports the graph as PNG and SVG with the view’s title, the date, the source and the legend', async () => {
    const page = await open();
    const at = await page.evaluate(() => window.__cgBench.pagePosition('cluster:auto'));
    await page.mouse.dblclick(at.x, at.y);
    await page.evaluate(() => window.__cgBench.settled());
    const exportAs = async (kind: string) => {
      await page.getByTestId('export-menu').click();
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
      return readFileSync(await save(d));
    };
    const png = await exportAs('png');
    const size = pngSize(png);
    const bare = await page.evaluate(async () => {
      const blob = (window as unknown as { __cgBench: { cy(): { png(o: object): Blob } } }).__cgBench
        .cy()
        .png({ output: 'blob', full: true, scale: 2 });
      const bmp = await createImageBitmap(blob);
      return { width: bmp.width, height: bmp.height };
    });
    // The drawing at 2×, with a margin, a title band above it and a legend band below it.
    expect(size.width).toBeGreaterThanOrEqual(bare.width);
    expect(size.height).toBeGreaterThan(bare.height + 2 * 60 + 40);
    const svg = png && (await exportAs('svg')).toString('utf8');
    expect(svg).toContain('data-part="title">汽车及配套企业集群的邻居<');
    expect(svg).toMatch(/data-part="subtitle">\d{4}-\d{2}-\d{2} · /);
    expect(svg).toContain('哈尔滨市开发区经济发展规划');
    const legend = /<g font-size="11" data-part="legend">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    for (const label of ['企业', '产品', '聚焦', '隶属']) expect(legend).toContain(`>${label}<`);
    // Only what is drawn: the overview plus the auto cluster has no institutions.
    expect(legend).not.toContain('>机构<');
  });

  it('exports the gap report and a partner table as workbooks that read back: lists, zones, sources, filter', async () => {
    const page = await open('#tab=gaps&gkind=MISSING_SUPPLIER');
    await page.getByTestId('gap-list').waitFor();
    const count = Number(/\d+/.exec((await page.getByTestId('gap-count').textContent()) ?? '')?.[0]);
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gaps-xlsx').click()]);
    expect(d.suggestedFilename()).toMatch(/^gaps-.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await save(d));
    expect(book.worksheets.map((w) => w.name)).toEqual(['缺口', '建议合作方', '出处', '说明']);
    expect((book.getWorksheet('缺口')?.rowCount ?? 0) - 1).toBe(count);
    const targets = book.getWorksheet('建议合作方');
    expect(targets?.rowCount ?? 0).toBeGreaterThan(1);
    // Every suggested partner with a location in the data has that zone (a zone is its own).
    const zoneName = (id: string) => {
      const node = data.nodes.find((n) => n.id === id);
      if (node?.kind === 'ZONE') return node.name;
      const at = data.edges
        .filter((e) => e.type === 'LOCATED_IN' && e.source === id)
        .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
      return at ? (data.nodes.find((n) => n.id === at.target)?.name ?? '') : '';
    };
    let located = 0;
    targets?.eachRow((row, n) => {
      if (n === 1) return;
      const want = zoneName(row.getCell(4).text);
      if (want) located++;
      expect(row.getCell(8).text, row.getCell(4).text).toBe(want);
    });
    expect(located).toBeGreaterThan(0);
    const about = book.getWorksheet('说明');
    expect(about?.getRow(3).getCell(2).text).toBe('缺失供应');

    const partners = await open('#tab=partners&product=product%3Aminicar');
    await partners.getByTestId('partner-row-0').waitFor();
    const [p] = await Promise.all([partners.waitForEvent('download'), partners.getByTestId('partners-xlsx').click()]);
    const pbook = new ExcelJS.Workbook();
    await pbook.xlsx.readFile(await save(p));
    const sheet = pbook.getWorksheet('合作伙伴');
    expect(sheet?.getRow(2).getCell(3).text).toBe('哈飞汽车');
    expect(sheet?.getRow(2).getCell(8).text).not.toBe('');
  });

  it('prints the gap report and a cluster profile as A4 pages in the bundled Chinese font', async () => {
    const page = await open('#tab=gaps');
    await page.getByTestId('gap-list').waitFor();
    const count = Number(/\d+/.exec((await page.getByTestId('gap-count').textContent()) ?? '')?.[0]);
    const href = (await page.getByTestId('gaps-print').getAttribute('href')) ?? '';
    expect(href).toMatch(/^print\.html\?report=gaps/);
    const print = await page.context().newPage();
    await print.goto(new URL(href, page.url()).href);
    await print.locator('[data-ready="true"]').waitFor();
    expect(await print.getByTestId('report-title').textContent()).toBe('产业链缺口报告');
    expect(await print.getByTestId('report-gaps').locator('tbody tr').count()).toBe(count);
    const pdf = (await print.pdf({ format: 'A4' })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
    expect(pdf).toMatch(/NotoSansSC/);
    await print.screenshot({ path: join(SHOTS, 'reports-print-gaps.png') });

    await print.goto(new URL('print.html?report=cluster&id=cluster:auto', page.url()).href);
    await print.locator('[data-ready="true"]').waitFor();
    expect(await print.getByTestId('report-title').textContent()).toBe('汽车及配套企业集群概况');
    const members = data.edges.filter((e) => e.type === 'MEMBER_OF' && e.target === 'cluster:auto').length;
    expect(await print.getByTestId('report-members').locator('tbody tr').count()).toBe(members);
    const products = data.edges.filter((e) => e.type === 'FOCUSES_ON' && e.source === 'cluster:auto').length;
    expect(await print.getByTestId('report-products').locator('tbody tr').count()).toBe(products);
    expect((await print.pdf({ format: 'A4' })).toString('latin1')).toMatch(/NotoSansSC/);
    await print.screenshot({ path: join(SHOTS, 'reports-print-cluster.png') });
    await print.close();
  });
});
