import { testServer } from '../support/http';
import { defineLoadSuite } from './load.suite';

const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 20);

defineLoadSuite(
  'memory store',
  () => testServer({ config: { rateLimit: { windowMs: 60_000, max: 10_000_000 } } }),
  SOAK_SECONDS,
);
