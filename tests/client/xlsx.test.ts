/**
 * The gap and partner workbooks, written with the real exceljs and read back: one sheet per list,
 * the partners' zones, a sheet of sources, a sheet of what the lists are; text that looks like a
 * formula stays text.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Gap } from '../../client/src/lib/types';
import { type ExcelModule, gapWorkbook, partnerWorkbook, writeWorkbook } from '../../client/src/lib/xlsx';
import { edge, node } from './fixtures';

const context = {
  title: '产业链缺口',
  filter: '全部',
  date: '2026-12-01',
  zoneOf: (id: string) => (id === 'enterprise:hafei-auto' ? node('zone:haping-road') : undefined),
};

const match = {
  node: { ...node('enterprise:hafei-auto'), name: '=HYPERLINK("http://x","y")' },
  role: 'PRODUCER' as const,
  score: 1,
  reason: '生产商',
  reasonEn: 'Producer',
  path: {
    nodes: [node('product:minicar'), node('enterprise:hafei-auto')],
    edges: [edge('enterprise:hafei-auto-[PRODUCES]->product:minicar')],
    length: 1,
  },
};

const gap: Gap & { kinds: Gap['kind'][] } = {
  id: 'gap:1',
  kind: 'MISSING_SUPPLIER',
  kinds: ['MISSING_SUPPLIER', 'UNFILLED_TARGET'],
  severity: 'HIGH',
  product: node('product:minicar'),
  cluster: node('cluster:auto'),
  zone: null,
  explanation: '缺少供应',
  explanationEn: 'No supplier',
  suggestedPartners: [match],
};

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  return Object.fromEntries(
    book.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [ws.name, rows];
    }),
  );
}

describe('workbooks', () => {
  it('write the gap report as gaps, targets with their zones, sources and what it is', async () => {
    const bytes = await writeWorkbook(ExcelJS as unknown as ExcelModule, gapWorkbook([gap], 'zh', context));
    const sheets = await readBack(bytes);
    expect(Object.keys(sheets)).toEqual(['缺口', '建议合作方', '出处', '说明']);
    expect(sheets.缺口?.[1]?.slice(0, 4)).toEqual(['gap:1', '缺失供应、未落实目标', '高', '微型车']);
    const target = sheets.建议合作方?.[1];
    expect(target?.[7]).toBe('哈平路集中区');
    // Text that would run as a formula in Excel is kept as a string.
    expect(target?.[2]).toBe('=HYPERLINK("http://x","y")');
    expect(sheets.出处?.length).toBeGreaterThan(1);
    expect(sheets.说明?.find((r) => r[0] === '筛选')?.[1]).toBe('全部');
  });

  it('write a product’s partners in English', async () => {
    const sheets = await readBack(
      await writeWorkbook(
        ExcelJS as unknown as ExcelModule,
        partnerWorkbook(node('product:minicar'), [match], 'en', context),
      ),
    );
    expect(Object.keys(sheets)).toEqual(['Partners', 'Sources', 'About']);
    expect(sheets.Partners?.[0]?.[0]).toBe('Product');
    expect(sheets.Partners?.[1]?.[5]).toBe('Producer');
  });
});
