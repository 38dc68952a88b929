import { CHAIN_FIXTURE } from '../support/fixtures';
import { testServer } from '../support/http';
import { defineChainApiSuite } from './chain.suite';

defineChainApiSuite('memory store', () => testServer({ config: { dataset: CHAIN_FIXTURE } }));
