import { MemoryStore } from '../../server/store/memory';
import { defineGraphStoreContract } from './graph-store.contract';

defineGraphStoreContract('memory', async () => new MemoryStore());
