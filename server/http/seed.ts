/**
 * With Neo4j, `npm start` loads the default dataset when the database is empty. Neo4j may not
 * be up yet: retry with a clear log line instead of failing start-up with a stack trace.
 */
import type { Logger } from 'pino';
import { loadDatasetFile } from '../dataset';
import type { GraphStore } from '../store/types';

export async function seedWhenEmpty(store: GraphStore, datasetFile: string, logger: Logger, maxWaitMs = 5 * 60_000) {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const health = await store.health();
    if (health.ok) {
      const overview = await store.overview();
      if (overview.nodeCount === 0) {
        logger.info({ datasetFile }, 'Neo4j is empty: loading the default dataset');
        await store.load(await loadDatasetFile(datasetFile));
        logger.info('default dataset loaded into Neo4j');
      }
      return;
    }
    if (Date.now() - started > maxWaitMs) {
      logger.error(
        { reason: health.message },
        'Neo4j still unreachable; giving up seeding (the server keeps answering 503 until it is up)',
      );
      return;
    }
    const delay = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
    logger.warn({ reason: health.message, retryInMs: delay }, 'Neo4j is not reachable yet; retrying');
    await new Promise((r) => setTimeout(r, delay).unref());
  }
}
