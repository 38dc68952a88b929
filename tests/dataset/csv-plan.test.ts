/**
 * planCsvImport, the planner's sheets planned rather than written: where each element comes
 * from, every problem with its file and line, and with skipBadRows the bad rows left out —
 * also those that only fail once merged (a relationship to a node left out) — while a problem
 * of no row still refuses the sheets.
 */
import { describe, expect, it } from 'vitest';
import { importCsv, planCsvImport } from '../../server/dataset';
import { DatasetError } from '../../server/domain/errors';
import { mini } from '../support/fixtures';

const NODES = [
  'id,kind,name,indicators,quote,section',
  'product:good,PRODUCT,好产品,,好产品,规划表',
  'product:bad-json,PRODUCT,坏指标,{not json,坏指标,规划表',
  'enterprise:nameless,ENTERPRISE,,,无名,规划表',
].join('\n');
const EDGES = [
  'type,source,target,quote,section',
  'INPUT_TO,product:good,product:d,好产品配套,规划表',
  'PRODUCES,enterprise:nameless,product:good,无名企业生产,规划表',
].join('\n');
const sheets = [
  { file: 'nodes.csv', bytes: NODES },
  { file: 'edges.csv', bytes: EDGES },
];

describe('planCsvImport', () => {
  it('refuses bad rows by default, naming file, line and element, as importCsv does', async () => {
    const base = await mini();
    const plan = planCsvImport(base, sheets, 'merge');
    expect(plan.dataset).toBeNull();
    expect(plan.issues).toEqual([
      expect.objectContaining({ file: 'nodes.csv', line: 3, elementId: 'product:bad-json' }),
    ]);
    expect(() => importCsv(base, sheets, 'merge')).toThrow(DatasetError);
  });

  it('leaves the bad rows out when asked, and the rows that need them, and says where the rest comes from', async () => {
    const base = await mini();
    const plan = planCsvImport(base, sheets, 'merge', { skipBadRows: true });
    expect(plan.dataset).not.toBeNull();
    const ids = new Set(plan.dataset?.nodes.map((n) => n.id));
    expect(ids.has('product:good')).toBe(true);
    expect(ids.has('product:bad-json')).toBe(false);
    expect(ids.has('enterprise:nameless')).toBe(false);
    expect(plan.dataset?.edges.some((e) => e.source === 'enterprise:nameless')).toBe(false);
    expect(plan.issues.map((i) => [i.file, i.line])).toEqual([
      ['nodes.csv', 3],
      ['nodes.csv', 4],
      ['edges.csv', 3],
    ]);
    expect(plan.rows.get('product:good')).toEqual({ file: 'nodes.csv', line: 2 });
    expect(plan.rows.get('product:good-[INPUT_TO]->product:d')).toEqual({ file: 'edges.csv', line: 2 });
    expect(plan.rows.has('product:a')).toBe(false);
  });

  it('still refuses a sheet whose header is wrong, whatever is skipped', async () => {
    const plan = planCsvImport(await mini(), [{ file: 'x.csv', bytes: 'id,kind,nom\nproduct:x,PRODUCT,x' }], 'merge', {
      skipBadRows: true,
    });
    expect(plan.dataset).toBeNull();
    expect(plan.issues).toEqual([expect.objectContaining({ file: 'x.csv', at: 'file', line: 1 })]);
  });
});
