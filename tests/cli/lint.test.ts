/** `npm run cli -- lint [file]`: file:line, element, rule and message per warning; exit 1 until each is fixed or acknowledged. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { HARBIN_DATASET } from '../support/fixtures';

const PARK = `  - id: zone:park
    kind: ZONE
    name: 机电配套园
    nameEn: Park
    zoneKind: COOPERATIVE_PARK
    sources: [{quote: 与动力区合作的机电配套园, section: 合作园区}]
  - id: zone:hdz
    kind: ZONE
    name: 哈尔滨开发区
    nameEn: Zone
    zoneKind: DEVELOPMENT_ZONE
    sources: [{quote: 哈尔滨开发区, section: 序言}]`;

function file(edgeExtra = ''): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cluster-graph-lint-')), 'd.yaml');
  writeFileSync(
    path,
    `nodes:
${PARK}
edges:
  - type: PART_OF
    source: zone:park
    target: zone:hdz
    sources:
      - {quote: 合作园区要广泛延伸, section: 第三章 一（一）3}
${edgeExtra}`,
  );
  return path;
}

describe('cli lint', () => {
  it('prints file:line, element, rule and message, and exits 1', async () => {
    const f = file();
    const r = await cli('lint', f);
    expect(r.code).toBe(1);
    const [first, summary] = r.out.trim().split('\n');
    expect(first?.startsWith(`${f}:19: zone:park-[PART_OF]->zone:hdz [stated-names-end] `), first).toBe(true);
    expect(summary).toContain('1 warning');
  });

  it('exits 0 once the warning is acknowledged in the data, and lists it with --acknowledged', async () => {
    const f = file(`    lint:
      ack: [{rule: stated-names-end, reason: 标题句 (the heading)}]
`);
    expect((await cli('lint', f)).code).toBe(0);
    const r = await cli('lint', f, '--acknowledged');
    expect(r.out).toContain('[stated-names-end, acknowledged] 标题句 (the heading)');
    expect(r.out).toContain('lint clean — 1 acknowledged');
  });

  it('refuses an invalid file as validate does', async () => {
    const r = await cli('lint', '/nonexistent.yaml');
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot read');
  });

  it('is clean on the Harbin data: every remaining warning acknowledged with a reason', async () => {
    const r = await cli('lint', HARBIN_DATASET);
    expect(r.out, r.out).toMatch(/lint clean/);
    expect(r.code).toBe(0);
  });
});
