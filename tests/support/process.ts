/**
 * The real server as `npm start` runs it, in a child process on a free port: for tests that
 * measure it from outside (memory, event-loop stalls, signals) with clients in this process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Resident memory of the server process, in bytes (Linux /proc). */
  rss(): number;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

export function startServerProcess(env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, 'scripts/start.mjs'], {
    env: {
      ...process.env,
      PORT: '0',
      SKIP_BUILD: '1',
      LOG_LEVEL: 'warn',
      NEO4J_URI: '',
      WORKSPACE: ':memory:',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stderr?.on('data', (chunk) => {
      out += chunk;
    });
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1]) {
        resolve({
          child,
          url: m[1],
          exited,
          rss: () => {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
          },
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}
