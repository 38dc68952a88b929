/**
 * Every dataset and export file is written through here: to a temporary file in the target's
 * folder, flushed to disk, then renamed over the target. A rename within one file system is
 * atomic, so a process killed at any moment leaves the target as it was or complete, never half
 * written (the temporary file may be left behind, named `.<target>.<pid>.<n>.tmp`).
 */
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Writes `data` to `path` atomically, creating the folder when missing. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  const handle = await open(temp, 'w', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncFolder(folder);
}

/** The rename itself is durable once the folder's entry is flushed (best effort: not every OS allows it). */
async function syncFolder(folder: string): Promise<void> {
  const dir = await open(folder, 'r').catch(() => null);
  if (!dir) return;
  await dir.sync().catch(() => undefined);
  await dir.close();
}
