import { defineApiSuite } from './api.suite';
import { MINI_FIXTURE } from '../support/fixtures';
import { testServer } from '../support/http';

defineApiSuite('memory store', () => testServer({ config: { dataset: MINI_FIXTURE } }));
