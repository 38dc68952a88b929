import { MINI_FIXTURE } from '../support/fixtures';
import { testServer } from '../support/http';
import { defineHostileInputSuite } from './hostile-input.suite';

defineHostileInputSuite('memory store', (config, logger) =>
  testServer({ logger, config: { dataset: MINI_FIXTURE, ...config } }),
);
