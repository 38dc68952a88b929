/**
 * The command line: `npm run cli -- <command>`. Each command is one entry of COMMANDS: its usage
 * line, the options it accepts and what it runs. An unknown command or option, or a missing
 * value, prints the usage and exits 2; a bad dataset lists its problems and exits 1; a file that
 * cannot be read or written is named. Every file is written atomically (writeFileAtomic).
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import {
  DEFAULT_DATASET,
  formatLintReport,
  importCsv,
  lintDataset,
  loadDatasetFile,
  loadDatasetFileLocated,
  toCsv,
  toGraphml,
  toJson,
  writeFileAtomic,
} from '../dataset';
import { datasetStats, formatStats } from '../dataset/stats';
import { DatasetError } from '../domain/errors';
import type { Dataset } from '../domain/model';

type Out = (text: string) => void;
type Values = Record<string, string | boolean | undefined>;

interface Io {
  values: Values;
  positionals: string[];
  out: Out;
  err: Out;
  /** `--dataset`, else DATASET, else the Harbin dataset. */
  dataset: string;
  /** Standard input, read whole. */
  input: () => Promise<string>;
}

interface Command {
  usage: string;
  /** Options that take a value (`--out f`). */
  options: readonly string[];
  /** Options that are on or off (`--acknowledged`). */
  flags?: readonly string[];
  run(io: Io): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  validate: {
    usage: 'validate [file]',
    options: ['dataset'],
    async run({ positionals, dataset, out }) {
      const file = positionals[0] ?? dataset;
      const d = await loadDatasetFile(file);
      out(`${file}: valid — ${d.nodes.length} nodes, ${d.edges.length} relationships\n`);
      return 0;
    },
  },
  lint: {
    usage: 'lint [file] [--acknowledged]',
    options: ['dataset'],
    flags: ['acknowledged'],
    async run({ positionals, values, dataset, out }) {
      const file = positionals[0] ?? dataset;
      const { dataset: d, locate } = await loadDatasetFileLocated(file);
      const report = lintDataset(d);
      out(formatLintReport(report, shown(file), locate, values.acknowledged === true));
      return report.warnings.length === 0 ? 0 : 1;
    },
  },
  stats: {
    usage: 'stats [file]',
    options: ['dataset'],
    async run({ positionals, dataset, out }) {
      out(formatStats(datasetStats(await loadDatasetFile(positionals[0] ?? dataset))));
      return 0;
    },
  },
  export: {
    usage: 'export --format json|csv|graphml [--dataset file | --workspace file] [--out path]',
    options: ['format', 'dataset', 'workspace', 'out'],
    async run({ values, dataset, out }) {
      const format = String(values.format ?? 'json');
      if (!['json', 'csv', 'graphml'].includes(format))
        throw new UsageError(`--format is json, csv or graphml, not \`${format}\``);
      // The current graph, edits included, when a workspace is named (--workspace or WORKSPACE).
      const workspace = str(values.workspace) ?? (values.dataset === undefined ? process.env.WORKSPACE : undefined);
      const d = workspace ? await withWorkspace(workspace, async (ws) => ws.dataset()) : await loadDatasetFile(dataset);
      await exportDataset(d, format, str(values.out), out);
      return 0;
    },
  },
  user: {
    usage:
      'user add NAME --role viewer|editor|admin | user passwd NAME | user role NAME --role R | user remove NAME | user list  (passwords from standard input; WORKSPACE names the file)',
    options: ['role', 'workspace'],
    async run({ values, positionals, out, input }) {
      const [action, name] = positionals;
      const file = str(values.workspace) ?? readConfig().workspace;
      const { Accounts, parseRole } = await import('../auth/accounts');
      return withWorkspace(file, async (ws) => {
        const accounts = new Accounts(ws);
        if (action === 'list') {
          for (const a of accounts.list()) out(`${a.name}\t${a.role.toLowerCase()}\t${a.created}\n`);
          return 0;
        }
        if (!name) throw new UsageError(`user ${action ?? ''} needs a user name`);
        if (action === 'add' || action === 'role') {
          const role = parseRole(str(values.role) ?? (action === 'add' ? 'viewer' : ''));
          if (action === 'role') accounts.setRole(name, role);
          else await accounts.add(name, role, await password(input));
          out(`${action === 'add' ? 'added' : 'changed'} ${name} (${role.toLowerCase()}) in ${file}\n`);
        } else if (action === 'passwd') {
          await accounts.passwd(name, await password(input));
          out(`new password for ${name}; their sessions are closed\n`);
        } else if (action === 'remove') {
          accounts.remove(name);
          out(`removed ${name}\n`);
        } else throw new UsageError(`user add, passwd, role, remove or list, not \`${action ?? ''}\``);
        return 0;
      });
    },
  },
  backup: {
    usage: 'backup --out file [--workspace file]  (a consistent copy of the workspace, also while the server runs)',
    options: ['out', 'workspace'],
    async run({ values, out }) {
      const to = str(values.out);
      if (!to) throw new UsageError('backup needs --out');
      const file = str(values.workspace) ?? readConfig().workspace;
      await withWorkspace(file, async (ws) => ws.backup(to));
      out(`backed up ${file} to ${to}\n`);
      return 0;
    },
  },
  import: {
    usage: 'import <nodes.csv> [edges.csv] [--dataset file] [--mode merge|replace] [--out file]',
    options: ['dataset', 'mode', 'out'],
    async run({ values, positionals, dataset, out, err }) {
      if (positionals.length === 0) throw new UsageError('import needs at least one CSV file');
      const mode = str(values.mode) ?? 'merge';
      if (mode !== 'merge' && mode !== 'replace') throw new UsageError('--mode is merge or replace');
      const base = mode === 'merge' ? await loadDatasetFile(dataset) : { nodes: [], edges: [] };
      const sheets = await Promise.all(positionals.map(async (file) => ({ file, bytes: await readNamed(file) })));
      const merged = importCsv(base, sheets, mode);
      await emit(toJson(merged), str(values.out), out);
      err(
        `imported ${positionals.join(', ')} (${mode}): ${merged.nodes.length} nodes, ${merged.edges.length} relationships\n`,
      );
      return 0;
    },
  },
  'import-enterprises': {
    usage:
      'import-enterprises <list.xlsx|list.csv> [--mapping m.json] [--dataset file] [--out file] [--dry-run] [--skip-bad-rows] [--date YYYY-MM-DD]',
    options: ['mapping', 'dataset', 'out', 'date'],
    flags: ['dry-run', 'skip-bad-rows'],
    async run({ values, positionals, dataset, out, err }) {
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0) throw new UsageError('import-enterprises reads one XLSX or CSV file');
      const date = str(values.date) ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError('--date is YYYY-MM-DD');
      const { formatRegistryReport, parseMapping, planEnterpriseImport } = await import('../dataset/registry');
      const mappingFile = str(values.mapping);
      let mapping: Exclude<ReturnType<typeof parseMapping>, { problem: string }> | undefined;
      if (mappingFile) {
        const parsed = parseMapping((await readNamed(mappingFile)).toString('utf8'));
        if ('problem' in parsed) throw new DatasetError(mappingFile, [{ at: 'file', message: parsed.problem }]);
        mapping = parsed;
      }
      const dryRun = values['dry-run'] === true;
      const target = str(values.out);
      const plan = await planEnterpriseImport(await loadDatasetFile(dataset), {
        file,
        bytes: await readNamed(file),
        date,
        skipBadRows: values['skip-bad-rows'] === true,
        ...(mapping ? { mapping } : {}),
      });
      // The report goes where the dataset does not: stdout unless the dataset is written there.
      (dryRun || target ? out : err)(
        formatRegistryReport(plan.report, { dryRun, target: target ?? (dryRun ? '—' : 'stdout') }),
      );
      if (!plan.dataset) return 1;
      if (dryRun) return 0;
      await emit(toJson(plan.dataset), target, out);
      err(
        `wrote ${target ?? 'stdout'}: ${plan.dataset.nodes.length} nodes, ${plan.dataset.edges.length} relationships\n`,
      );
      return 0;
    },
  },
  load: {
    usage: 'load [file]',
    options: ['dataset'],
    async run({ positionals, dataset, out, err }) {
      const file = positionals[0] ?? dataset;
      const config = readConfig();
      if (!config.neo4j) return await loadMemory(file, out, err);
      const d = await loadDatasetFile(file);
      const { createStore } = await import('../store');
      const store = await createStore(config);
      try {
        await store.load(d);
        out(`loaded ${file} into the ${store.kind} store: ${d.nodes.length} nodes, ${d.edges.length} relationships\n`);
      } finally {
        await store.close();
      }
      return 0;
    },
  },
  generate: {
    usage: 'generate --size S|M|L [--seed n] [--out file]',
    options: ['size', 'seed', 'out'],
    async run({ values, out, err }) {
      const { generateDataset, SIZES } = await import('../generator');
      const size = (str(values.size) ?? 'S').toUpperCase();
      if (!(size in SIZES)) throw new UsageError(`--size is one of ${Object.keys(SIZES).join(', ')}`);
      const seed = Number(str(values.seed) ?? 1);
      if (!Number.isInteger(seed)) throw new UsageError('--seed is an integer');
      const d = generateDataset(size as keyof typeof SIZES, seed);
      await emit(toJson(d), str(values.out), out);
      err(`generated size ${size} seed ${seed}: ${d.nodes.length} nodes, ${d.edges.length} relationships\n`);
      return 0;
    },
  },
};

const USAGE = `usage: npm run cli -- <command>\n${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join('\n')}\n  help`;

export async function runCli(
  argv: string[],
  out: Out = (t) => process.stdout.write(t),
  err: Out = (t) => process.stderr.write(t),
  input: () => Promise<string> = readStdin,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? err : out)(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command \`${name}\``);
    const { values, positionals } = parseOptions(command, rest);
    if (values.help !== undefined) {
      out(`usage: npm run cli -- ${command.usage}\n`);
      return 0;
    }
    const dataset = str(values.dataset) ?? process.env.DATASET ?? DEFAULT_DATASET;
    return await command.run({ values, positionals, out, err, dataset, input });
  } catch (e) {
    if (e instanceof DatasetError) {
      err(`${e.message}\n`);
      return 1;
    }
    if (e instanceof UsageError) {
      err(`${e.message}\n${command ? `usage: npm run cli -- ${command.usage}` : USAGE}\n`);
      return 2;
    }
    err(`error: ${(e as Error).message}\n`);
    return 1;
  }
}

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The password on standard input, without its line ending. */
async function password(input: () => Promise<string>): Promise<string> {
  const text = (await input()).replace(/\r?\n$/, '');
  if (text.includes('\n')) throw new UsageError('the password is one line of standard input');
  return text;
}

async function withWorkspace<T>(
  file: string,
  run: (ws: import('../workspace/workspace').Workspace) => Promise<T>,
): Promise<T> {
  const { Workspace } = await import('../workspace/workspace');
  const ws = Workspace.open(file);
  try {
    return await run(ws);
  } finally {
    ws.close();
  }
}

const str = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);

/** Node's strict parseArgs, its TypeErrors (unknown option, missing value) turned into usage errors. */
function parseOptions(command: Command, args: string[]) {
  const options: Record<string, { type: 'string' } | { type: 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const option of command.options) options[option] = { type: 'string' };
  for (const flag of command.flags ?? []) options[flag] = { type: 'boolean' };
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((e as Error).message);
    throw e;
  }
}

/** A file's bytes, or an error that names the file (Node's EISDIR, for one, does not). */
async function readNamed(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
}

async function writeNamed(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text);
  } catch (e) {
    throw new Error(`cannot write ${path}: ${(e as Error).message}`);
  }
}

/**
 * The memory store lives in the server's process, so `load` leaves it a snapshot beside the
 * dataset to start from (server/store/memory/snapshot.ts).
 */
async function loadMemory(file: string, out: Out, err: Out): Promise<number> {
  const { MemoryStore } = await import('../store');
  const { snapshotFile } = await import('../store/memory/snapshot');
  const store = new MemoryStore();
  let from: 'snapshot' | 'dataset';
  try {
    from = await store.loadFile(file, { writeSnapshot: true });
  } catch (e) {
    if (e instanceof DatasetError) throw e;
    err(`the dataset is valid, but its snapshot could not be written: ${(e as Error).message}\n`);
    return 1;
  }
  const { nodeCount, edgeCount } = await store.overview();
  out(`loaded ${file} into the memory store: ${nodeCount} nodes, ${edgeCount} relationships\n`);
  out(
    `${from === 'snapshot' ? 'its snapshot is up to date' : 'wrote its snapshot'}: ${snapshotFile(file)} (\`npm start\` with DATASET=${file} starts from it)\n`,
  );
  return 0;
}

/** A path as a user would type it: relative to the working directory when it lies inside it. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return isAbsolute(file) && rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

async function emit(text: string, path: string | undefined, out: Out): Promise<void> {
  if (!path) return out(text);
  await writeNamed(path, text);
}

async function exportDataset(d: Dataset, format: string, path: string | undefined, out: Out): Promise<void> {
  if (format === 'json') return emit(toJson(d), path, out);
  if (format === 'graphml') return emit(toGraphml(d), path, out);
  const csv = toCsv(d);
  if (!path) return out(`${csv.nodes}\n${csv.edges}`);
  // Each sheet is replaced atomically, one after the other.
  await writeNamed(join(path, 'nodes.csv'), csv.nodes);
  await writeNamed(join(path, 'edges.csv'), csv.edges);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
