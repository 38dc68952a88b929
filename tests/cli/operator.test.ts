/**
 * What an operator sees from the real processes: an unknown CLI command or option prints the
 * usage and exits 2 (no TypeError stack), TRUST_PROXY takes what Express takes, and a dataset
 * path that is a directory is named in the error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { MINI_FIXTURE } from '../support/fixtures';
import { gql, testServer } from '../support/http';
import { startServerProcess } from '../support/process';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], { encoding: 'utf8' });

describe('the command line, as a process', () => {
  it('an unknown command prints the usage and exits 2', () => {
    const r = cli('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command `frobnicate`');
    expect(r.stderr).toContain('usage: npm run cli');
  });

  it('an unknown option, or one without its value, prints the usage and exits 2, without a stack', () => {
    for (const args of [
      ['export', '--fromat', 'csv'],
      ['validate', '--out'],
      ['export', '--format'],
    ]) {
      const r = cli(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage: npm run cli --');
      expect(r.stderr).not.toMatch(/TypeError|\n\s+at /);
    }
  });

  it('--help prints the command usage and exits 0', () => {
    const r = cli('import', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('import <nodes.csv>');
  });

  it('a directory given as a dataset is named, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-graph-dir-'));
    const r = cli('validate', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(dir);
    expect(r.stderr).toContain('is a directory');
  });

  it('an output path that cannot be written is named', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cluster-graph-out-')), 'a-file');
    writeFileSync(file, 'not a folder');
    const r = cli('export', '--format', 'json', '--dataset', MINI_FIXTURE, '--out', join(file, 'out.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cannot write ${join(file, 'out.json')}`);
  });
});

describe('npm start, as an operator starts it', () => {
  it('DATASET=<a directory> refuses to start, naming the directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-graph-dataset-'));
    await expect(startServerProcess({ DATASET: dir })).rejects.toThrow(new RegExp(`${dir}.*is a directory`));
  });

  it('TRUST_PROXY=true starts, and a nonsense value is refused naming TRUST_PROXY', async () => {
    const server = await startServerProcess({ TRUST_PROXY: 'true', DATASET: MINI_FIXTURE });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
    await expect(startServerProcess({ TRUST_PROXY: 'not an address!', DATASET: MINI_FIXTURE })).rejects.toThrow(
      /TRUST_PROXY/,
    );
  });

  it('reads TRUST_PROXY as Express does: true/false, a hop count, addresses', () => {
    const of = (v: string) => readConfig({ TRUST_PROXY: v }).trustProxy;
    expect([of('true'), of('FALSE'), of(''), of('1'), of('loopback, 10.0.0.0/8')]).toEqual([
      true,
      false,
      false,
      1,
      'loopback, 10.0.0.0/8',
    ]);
  });

  it('with TRUST_PROXY=true the rate limit counts the client named by X-Forwarded-For', async () => {
    const server = await testServer({
      config: { dataset: MINI_FIXTURE, trustProxy: true, rateLimit: { windowMs: 60_000, max: 2 } },
    });
    try {
      const from = (ip: string) => gql(server.url, '{ __typename }', undefined, { headers: { 'x-forwarded-for': ip } });
      const a = [await from('10.0.0.1'), await from('10.0.0.1'), await from('10.0.0.1')];
      const b = await from('10.0.0.2');
      expect(a.map((r) => r.status)).toEqual([200, 200, 429]);
      expect(b.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
