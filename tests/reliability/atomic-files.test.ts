/**
 * Files are never half-written (issue 12): `export` and `import` of a generated graph whose
 * sources carry long notes (some 30 MB of JSON, so that writing takes a while) are killed with
 * SIGKILL 20 times at random moments — half anywhere in the run, half just after the output
 * starts to appear on disk — and each time the target is either the file it was before or the
 * complete new one, byte for byte.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../server/dataset';
import { generateDataset } from '../../server/generator';
import { MINI_FIXTURE } from '../support/fixtures';

const KILLS_EACH = 10;
const cliArgs = (...args: string[]) => ['--import', 'tsx', 'server/cli/main.ts', ...args];

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, cliArgs(...args), { stdio: 'ignore' });
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** A fingerprint of the folder: names, sizes and times, to see the moment writing begins. */
function snapshot(dir: string): string {
  return readdirSync(dir)
    .map((name) => {
      const s = statSync(join(dir, name), { throwIfNoEntry: false });
      return `${name}:${s?.size}:${s?.mtimeMs}`;
    })
    .sort()
    .join('|');
}

/** Runs `args` and SIGKILLs it after `delayMs`, or `afterWriteMs` after the output folder changes. */
async function killed(args: string[], outDir: string, at: { delayMs: number } | { afterWriteMs: number }) {
  const before = snapshot(outDir);
  const child = run(args);
  const done = exited(child);
  if ('delayMs' in at) {
    await Promise.race([new Promise((r) => setTimeout(r, at.delayMs)), done]);
  } else {
    let finished = false;
    done.then(() => {
      finished = true;
    });
    while (!finished && snapshot(outDir) === before) await new Promise((r) => setTimeout(r, 2));
    await new Promise((r) => setTimeout(r, at.afterWriteMs));
  }
  child.kill('SIGKILL');
  await done;
}

describe('export and import killed at random moments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-graph-kill-'));
  const big = join(dir, 'm.json');
  const old = readFileSync(MINI_FIXTURE, 'utf8');
  let exported = '';
  let imported = '';
  let runMs = 0;

  beforeAll(() => {
    const note = '长'.repeat(8000);
    const d = generateDataset('S', 3);
    const padded = {
      ...d,
      nodes: d.nodes.map((n) => ({ ...n, sources: n.sources.map((x) => ({ ...x, note })) })),
      edges: d.edges.map((e) => ({ ...e, sources: e.sources.map((x) => ({ ...x, note })) })),
    };
    writeFileSync(big, toJson(padded));
    const started = Date.now();
    const ref = join(dir, 'reference');
    const e = spawnSync(
      process.execPath,
      cliArgs('export', '--format', 'json', '--dataset', big, '--out', `${ref}.json`),
    );
    runMs = Date.now() - started;
    expect(e.status).toBe(0);
    exported = readFileSync(`${ref}.json`, 'utf8');
    expect(
      spawnSync(process.execPath, cliArgs('export', '--format', 'csv', '--dataset', big, '--out', dir)).status,
    ).toBe(0);
    const i = spawnSync(
      process.execPath,
      cliArgs(
        'import',
        join(dir, 'nodes.csv'),
        join(dir, 'edges.csv'),
        '--mode',
        'replace',
        '--out',
        `${ref}-import.json`,
      ),
    );
    expect(i.status).toBe(0);
    imported = readFileSync(`${ref}-import.json`, 'utf8');
  }, 300_000);

  it(`leaves the target as it was or complete, ${2 * KILLS_EACH} times`, { timeout: 600_000 }, async () => {
    const outcomes = { old: 0, complete: 0 };
    for (let k = 0; k < 2 * KILLS_EACH; k++) {
      const isExport = k % 2 === 0;
      const outDir = mkdtempSync(join(dir, 'out-'));
      const target = join(outDir, 'target.json');
      writeFileSync(target, old);
      const args = isExport
        ? ['export', '--format', 'json', '--dataset', big, '--out', target]
        : ['import', join(dir, 'nodes.csv'), join(dir, 'edges.csv'), '--mode', 'replace', '--out', target];
      const at = k % 4 < 2 ? { delayMs: Math.random() * runMs * 1.2 } : { afterWriteMs: Math.random() * 150 };
      await killed(args, outDir, at);
      const now = readFileSync(target, 'utf8');
      const complete = isExport ? exported : imported;
      expect(now === old || now === complete, `${args[0]} killed ${JSON.stringify(at)}: ${now.length} bytes`).toBe(
        true,
      );
      outcomes[now === old ? 'old' : 'complete']++;
    }
    console.log(
      `[kill] ${2 * KILLS_EACH} SIGKILLs of export/import (${(runMs / 1000).toFixed(1)} s a run): ` +
        `${outcomes.old} left the old file, ${outcomes.complete} the complete new one, none anything else`,
    );
  });
});
