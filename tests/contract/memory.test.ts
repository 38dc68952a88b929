import { MemoryStore } from '../../server/store/memory';
import { defineEditingContract } from './editing.contract';
import { defineGraphStoreContract } from './graph-store.contract';

defineGraphStoreContract('memory', async () => new MemoryStore());
defineEditingContract('memory', async () => new MemoryStore());
