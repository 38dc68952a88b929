#!/usr/bin/env node
// Local Neo4j Community dev server without Docker or a downloaded tarball:
// the server jars come from Maven Central (scripts/neo4j/pom.xml) and are run
// with plain `java`. Everything lives in .neo4j/ (git-ignored).
//
//   node scripts/neo4j.mjs start|stop|status
//
// Env: NEO4J_PASSWORD (cluster-graph-dev), NEO4J_BOLT_PORT (7687),
//      NEO4J_HTTP_PORT (7474, "off" disables), NEO4J_HEAP (1g),
//      NEO4J_PAGECACHE (256m), NEO4J_START_TIMEOUT (120 s), JAVA_HOME, MVN.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POM = path.join(ROOT, 'scripts/neo4j/pom.xml');
const STATE = path.join(ROOT, '.neo4j');
const LIB = path.join(STATE, 'lib');
const MARKER = path.join(LIB, '.complete');
const HOME = path.join(STATE, 'home');
const CONF_DIR = path.join(HOME, 'conf');
const DATA = path.join(STATE, 'data');
const LOGS = path.join(STATE, 'logs');
const CONSOLE_LOG = path.join(LOGS, 'console.log');
const PID_FILE = path.join(STATE, 'neo4j.pid');

const env = process.env;
const PASSWORD = env.NEO4J_PASSWORD || 'cluster-graph-dev';
const BOLT_PORT = Number(env.NEO4J_BOLT_PORT || 7687);
const HEAP = env.NEO4J_HEAP || '1g';
const PAGECACHE = env.NEO4J_PAGECACHE || '256m';
const TIMEOUT_S = Number(env.NEO4J_START_TIMEOUT || 120);
const JAVA = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
const BOLT_URL = `bolt://127.0.0.1:${BOLT_PORT}`;
// The version is defined once, in the pom; the marker records what is cached.
const VERSION = fs.readFileSync(POM, 'utf8').match(/<neo4j\.version>([^<]+)</)[1];

// JVM flags taken from the server.jvm.additional lines of the official
// distribution's neo4j.conf (the bin/neo4j launcher would add them for us).
// -XX:+AlwaysPreTouch is left out on purpose: it only slows a dev start.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

const log = (msg) => console.log(`[neo4j] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const tail = (file, n = 40) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n') : '(no log)';

function fail(msg) {
  console.error(`[neo4j] ERROR: ${msg}`);
  process.exit(1);
}

// ---- jars -----------------------------------------------------------------
function ensureJars() {
  if (fs.existsSync(MARKER) && fs.readFileSync(MARKER, 'utf8').trim() === VERSION) return;
  log(`fetching Neo4j ${VERSION} jars via Maven (first run only; ~125 MB, cached in ~/.m2)...`);
  // Copy into a temp dir and rename, so an interrupted fetch never looks complete.
  const tmp = `${LIB}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const mvn = env.MVN || 'mvn';
  const args = [
    '-q',
    '-B',
    '-f',
    POM,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${tmp}`,
    '-DincludeScope=runtime',
  ];
  // Output is captured: even with -q Maven 3.8 prints stray ANSI codes.
  const r = spawnSync(mvn, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0)
    fail(
      `\`${mvn} ${args.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`})\n${r.stdout ?? ''}${r.stderr ?? ''}`,
    );
  fs.rmSync(LIB, { recursive: true, force: true });
  fs.renameSync(tmp, LIB);
  fs.writeFileSync(MARKER, `${VERSION}\n`);
}

// Neo4j 5.26 supports Java 17 and 21; fail early with a clear message otherwise.
function checkJava() {
  const r = spawnSync(JAVA, ['-version'], { encoding: 'utf8' });
  if (r.error) fail(`cannot run ${JAVA} (${r.error.message}); install a JDK 17/21 or set JAVA_HOME`);
  const major = Number(r.stderr.match(/version "(?:1\.)?(\d+)/)?.[1]);
  if (major < 17) fail(`Neo4j ${VERSION} needs Java 17+, ${JAVA} is Java ${major}; set JAVA_HOME`);
  if (major !== 17 && major !== 21) log(`warning: Java ${major} is not a Neo4j 5.26 supported version (17, 21)`);
}

// ---- config ---------------------------------------------------------------
// A free-port probe: the server binds 127.0.0.1, so that is what we test.
const portFree = (port) =>
  new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

async function writeConf() {
  // HTTP is optional for the app (it talks Bolt). If the default 7474 is taken
  // just turn it off instead of failing; an explicit NEO4J_HTTP_PORT must work.
  let http = env.NEO4J_HTTP_PORT || '7474';
  if (http !== 'off' && !(await portFree(Number(http)))) {
    if (env.NEO4J_HTTP_PORT) fail(`NEO4J_HTTP_PORT ${http} is in use (set NEO4J_HTTP_PORT=off to disable HTTP)`);
    log('port 7474 is busy; HTTP connector disabled (Bolt is all the app needs)');
    http = 'off';
  }
  const lines = [
    '# Generated by scripts/neo4j.mjs on every start; edit the script, not this file.',
    `server.directories.data=${DATA}`,
    `server.directories.logs=${LOGS}`,
    `server.directories.run=${path.join(STATE, 'run')}`,
    `server.directories.lib=${LIB}`,
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${BOLT_PORT}`,
    'server.bolt.tls_level=DISABLED',
    `server.http.enabled=${http !== 'off'}`,
    ...(http !== 'off' ? [`server.http.listen_address=127.0.0.1:${http}`] : []),
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    // Without an explicit size Neo4j takes a heuristic share of machine RAM.
    `server.memory.pagecache.size=${PAGECACHE}`,
    'dbms.usage_report.enabled=false',
    // Netty waits a 5 s quiet period twice when Bolt shuts down (after the
    // databases are already checkpointed); skip it so `stop` takes ~1 s.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
  ];
  fs.mkdirSync(CONF_DIR, { recursive: true });
  fs.writeFileSync(path.join(CONF_DIR, 'neo4j.conf'), `${lines.join('\n')}\n`);
}

// Same code as `neo4j-admin dbms set-initial-password`, run through its
// org.neo4j.cli.AdminTool entry class in a short-lived JVM. It writes data/dbms/auth.ini, which is only read when the system
// database is created, i.e. on the very first start.
function setInitialPassword() {
  if (fs.existsSync(path.join(DATA, 'databases', 'system'))) return;
  if (PASSWORD.length < 8) fail('NEO4J_PASSWORD must be at least 8 characters (Neo4j 5 rule)');
  const r = spawnSync(
    JAVA,
    ['-cp', path.join(LIB, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', PASSWORD],
    {
      env: { ...env, NEO4J_HOME: HOME, NEO4J_CONF: CONF_DIR },
      encoding: 'utf8',
    },
  );
  if (r.error || r.status !== 0) fail(`set-initial-password failed:\n${r.error?.message ?? ''}${r.stdout}${r.stderr}`);
}

// ---- process --------------------------------------------------------------
// The pid counts only if it is alive *and* still our Neo4j JVM (pids get reused).
function runningPid() {
  if (!fs.existsSync(PID_FILE)) return null;
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  try {
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('CommunityEntryPoint')) return null;
  } catch {} // no /proc (macOS): trust kill(0)
  return pid;
}

// One real query over Bolt; resolves 'ok', 'unauthorized' or 'down'.
async function ping() {
  const driver = neo4j.driver(BOLT_URL, neo4j.auth.basic('neo4j', PASSWORD), {
    connectionTimeout: 3000,
  });
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('RETURN 1');
    return 'ok';
  } catch (e) {
    return e.code === 'Neo.ClientError.Security.Unauthorized' ? 'unauthorized' : 'down';
  } finally {
    await session.close().catch(() => {});
    await driver.close();
  }
}

const UNAUTHORIZED = `Neo4j on ${BOLT_URL} rejects user neo4j with NEO4J_PASSWORD; the password is fixed when .neo4j/data is first created (stop, delete .neo4j/data and start again to reset it)`;

async function start() {
  const state = await ping();
  if (state === 'ok') return log(`already running and answering on ${BOLT_URL}`);
  if (state === 'unauthorized') fail(UNAUTHORIZED);
  let pid = runningPid();
  if (!pid) {
    if (!(await portFree(BOLT_PORT))) fail(`port ${BOLT_PORT} is in use by another process (set NEO4J_BOLT_PORT)`);
    checkJava();
    ensureJars();
    await writeConf();
    setInitialPassword();
    fs.mkdirSync(LOGS, { recursive: true });
    const out = fs.openSync(CONSOLE_LOG, 'w');
    const args = [
      `-Xms${HEAP}`,
      `-Xmx${HEAP}`,
      ...JVM_FLAGS,
      '-cp',
      path.join(LIB, '*'),
      'org.neo4j.server.CommunityEntryPoint',
      // --console-mode keeps Neo4j's own log lines on stdout, i.e. in console.log.
      `--home-dir=${HOME}`,
      `--config-dir=${CONF_DIR}`,
      '--console-mode',
    ];
    const child = spawn(JAVA, args, {
      detached: true,
      stdio: ['ignore', out, out],
      cwd: HOME,
    });
    child.unref();
    fs.closeSync(out);
    pid = child.pid;
    fs.writeFileSync(PID_FILE, `${pid}\n`);
    log(`started JVM pid ${pid} (heap ${HEAP}); waiting for Bolt on ${BOLT_URL}...`);
  } else {
    log(`pid ${pid} is running but not answering yet; waiting...`);
  }
  const t0 = Date.now();
  while (Date.now() - t0 < TIMEOUT_S * 1000) {
    const s = await ping();
    if (s === 'ok') return log(`ready on ${BOLT_URL} (user neo4j) after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (s === 'unauthorized') fail(UNAUTHORIZED);
    if (!runningPid()) fail(`Neo4j exited during startup. Tail of ${CONSOLE_LOG}:\n${tail(CONSOLE_LOG)}`);
    await sleep(1000);
  }
  fail(
    `no answer on ${BOLT_URL} after ${TIMEOUT_S} s (pid ${pid} left running; \`npm run neo4j:stop\` to kill it). Tail of ${CONSOLE_LOG}:\n${tail(CONSOLE_LOG)}`,
  );
}

async function stop() {
  const pid = runningPid();
  if (!pid) {
    fs.rmSync(PID_FILE, { force: true });
    return log('not running');
  }
  log(`stopping pid ${pid}...`);
  process.kill(pid, 'SIGTERM'); // Neo4j's shutdown hook checkpoints and closes the stores
  for (let i = 0; i < 300 && runningPid(); i++) await sleep(100);
  if (runningPid()) {
    log('still alive after 30 s; sending SIGKILL');
    process.kill(pid, 'SIGKILL');
    while (runningPid()) await sleep(100);
  }
  fs.rmSync(PID_FILE, { force: true });
  log('stopped');
}

async function status() {
  const pid = runningPid();
  const s = await ping();
  log(`pid: ${pid ?? 'none'}; ${BOLT_URL}: ${s === 'ok' ? 'answering' : s}`);
  process.exitCode = s === 'ok' ? 0 : 1;
}

const commands = { start, stop, status };
const cmd = process.argv[2];
if (!commands[cmd]) fail('usage: node scripts/neo4j.mjs start|stop|status');
await commands[cmd]();
