/** `npm start`: serve the API and the explorer; SIGTERM/SIGINT drain in-flight requests and exit 0. */
import { DatasetError } from './domain/errors';
import { startServer } from './http/server';

async function main() {
  const server = await startServer();
  console.log(
    `产业集群图谱 listening on ${server.url} (store: ${server.store.kind}) — GraphQL at ${server.url}/graphql, IDE at ${server.url}/graphiql`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests, then exiting`);
    server.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  if (err instanceof DatasetError) console.error(`cannot start: the dataset is invalid\n${err.message}`);
  else console.error(`cannot start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
