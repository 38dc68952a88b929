import { MINI_FIXTURE } from '../support/fixtures';
import { testServer } from '../support/http';
import { defineFuzzSuite } from './fuzz.suite';

defineFuzzSuite(
  'memory store',
  () => testServer({ config: { dataset: MINI_FIXTURE, rateLimit: { windowMs: 60_000, max: 1_000_000 } } }),
  250,
);
