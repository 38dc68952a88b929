/**
 * XLSX exports of the gap report and the partner table (lib/xlsx builds the sheets). exceljs is
 * loaded only when a workbook is asked for: it is as big as the rest of the explorer.
 */
import { gapsCsv, partnersCsv } from '../lib/exporters';
import { nodeName, t } from '../lib/i18n';
import type { ApiNode, Gap, PartnerMatch } from '../lib/types';
import {
  type ExcelModule,
  gapWorkbook,
  type ListContext,
  partnerWorkbook,
  type Sheet,
  writeWorkbook,
} from '../lib/xlsx';
import { gql } from './api';
import type { App } from './app';
import { download, stamp } from './download';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The zone each of `ids` sits in (LOCATED_IN; a zone is its own), from one `between` call. */
export async function zonesOf(ids: readonly string[]): Promise<(id: string) => ApiNode | undefined> {
  const { zones } = await gql('zones');
  const zoneById = new Map(zones.map((z) => [z.id, z as ApiNode]));
  const { between } = await gql('between', { ids: [...new Set([...ids, ...zoneById.keys()])] });
  const located = new Map<string, ApiNode>();
  for (const e of [...between.edges].sort((a, b) => (a.id < b.id ? -1 : 1)))
    if (e.type === 'LOCATED_IN' && !located.has(e.source) && zoneById.has(e.target))
      located.set(e.source, zoneById.get(e.target) as ApiNode);
  return (id) => zoneById.get(id) ?? located.get(id);
}

async function save(sheets: Sheet[], name: string): Promise<void> {
  const mod = (await import('exceljs/dist/exceljs.min.js')) as { default?: ExcelModule } & ExcelModule;
  const bytes = await writeWorkbook(mod.default ?? mod, sheets);
  download(name, new Blob([bytes as BlobPart], { type: XLSX }), XLSX);
}

/** A sheet's first line: what the list is, its filter, the date, the source. */
export function aboutLine(app: App, title: string, filter: string): string {
  return [title, filter, new Date().toISOString().slice(0, 10), t(app.lang, 'app.source')].filter(Boolean).join(' · ');
}

export async function exportGapsCsv(
  app: App,
  gaps: readonly (Gap & { kinds?: Gap['kind'][] })[],
  filter: string,
): Promise<void> {
  await app.run(async () => {
    const zoneOf = await zonesOf(
      gaps.flatMap((g) => [
        ...g.suggestedPartners.map((m) => m.node.id),
        ...[g.product?.id, g.cluster?.id].filter((x): x is string => !!x),
      ]),
    );
    const about = aboutLine(app, t(app.lang, 'print.gapsTitle'), filter);
    download(`gaps-${stamp()}.csv`, gapsCsv(gaps, app.lang, { about, zoneOf }), 'text/csv');
  });
}

export async function exportPartnersCsv(app: App, product: ApiNode, matches: readonly PartnerMatch[]): Promise<void> {
  await app.run(async () => {
    const zoneOf = await zonesOf(matches.map((m) => m.node.id));
    const about = aboutLine(app, t(app.lang, 'title.partners', { name: nodeName(app.lang, product) }), '');
    download(
      `partners-${product.id.replace(/\W+/g, '-')}-${stamp()}.csv`,
      partnersCsv(product, matches, app.lang, { about, zoneOf }),
      'text/csv',
    );
  });
}

export async function exportGapsXlsx(
  app: App,
  gaps: readonly (Gap & { kinds?: Gap['kind'][] })[],
  filter: string,
): Promise<void> {
  await app.run(async () => {
    const zoneOf = await zonesOf(gaps.flatMap((g) => g.suggestedPartners.map((m) => m.node.id)));
    const c: ListContext = {
      title: t(app.lang, 'print.gapsTitle'),
      filter,
      date: new Date().toISOString().slice(0, 10),
      zoneOf,
    };
    await save(gapWorkbook(gaps, app.lang, c), `gaps-${stamp()}.xlsx`);
  });
}

export async function exportPartnersXlsx(app: App, product: ApiNode, matches: readonly PartnerMatch[]): Promise<void> {
  await app.run(async () => {
    const zoneOf = await zonesOf(matches.map((m) => m.node.id));
    const c: ListContext = {
      title: t(app.lang, 'title.partners', { name: nodeName(app.lang, product) }),
      filter: nodeName(app.lang, product),
      date: new Date().toISOString().slice(0, 10),
      zoneOf,
    };
    await save(
      partnerWorkbook(product, matches, app.lang, c),
      `partners-${product.id.replace(/\W+/g, '-')}-${stamp()}.xlsx`,
    );
  });
}
