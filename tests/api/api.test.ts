import { MINI_FIXTURE } from '../support/fixtures';
import { testServer } from '../support/http';
import { defineApiSuite } from './api.suite';

defineApiSuite('memory store', () => testServer({ config: { dataset: MINI_FIXTURE } }));
