/**
 * The editing contract: what a change does, the same on both stores — versions, conflicts,
 * change sets all or nothing, the audit trail, reverts, relationships removed with their node,
 * and the answers of the read side following each change. The errors are checked by class.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../server/domain/errors';
import type { EditableStore } from '../../server/store/editing';
import type { GraphStore } from '../../server/store/types';
import { mini } from '../support/fixtures';

const SOURCE = { quote: '新增', document: '简报', section: '一' };

export function defineEditingContract(name: string, makeStore: () => Promise<GraphStore & EditableStore>): void {
  describe(`editing contract: ${name}`, () => {
    let store: GraphStore & EditableStore;
    beforeAll(async () => {
      store = await makeStore();
      await store.load(await mini());
    });

    it('creates, updates and deletes with versions, and the reads follow', async () => {
      const [made] = await store.applyChanges(
        [{ action: 'CREATE_NODE', node: { kind: 'PRODUCT', name: '新产品', nameEn: 'Contract Product' } }],
        SOURCE,
        'alice',
      );
      expect(made).toMatchObject({
        action: 'CREATE_NODE',
        elementId: 'product:contract-product',
        version: 1,
        user: 'alice',
        before: null,
      });
      expect(await store.versionOf({ id: 'product:contract-product' })).toBe(1);
      await store.applyChanges(
        [
          {
            action: 'CREATE_EDGE',
            edge: { type: 'INPUT_TO', source: 'product:contract-product', target: 'product:d' },
          },
        ],
        SOURCE,
        'alice',
      );
      expect((await store.node('product:d'))?.degree).toBe(6);
      expect(
        (await store.supplyChain('product:d', { direction: 'UPSTREAM', maxDepth: 1 })).nodes.map((n) => n.id),
      ).toContain('product:contract-product');
      await store.applyChanges(
        [{ action: 'UPDATE_NODE', id: 'product:contract-product', version: 1, patch: { name: '新产品二' } }],
        SOURCE,
        'alice',
      );
      expect(await store.versionOf({ id: 'product:contract-product' })).toBe(2);
      expect((await store.search('新产品二')).map((n) => n.id)).toContain('product:contract-product');
      await expect(
        store.applyChanges(
          [{ action: 'UPDATE_NODE', id: 'product:contract-product', version: 1, patch: { name: 'x' } }],
          SOURCE,
          'bob',
        ),
      ).rejects.toBeInstanceOf(ConflictError);
      const del = await store.applyChanges(
        [{ action: 'DELETE_NODE', id: 'product:contract-product', version: 2 }],
        SOURCE,
        'alice',
      );
      expect(del.map((c) => c.action)).toEqual(['DELETE_NODE', 'DELETE_EDGE']);
      expect(await store.node('product:contract-product')).toBeNull();
      expect((await store.node('product:d'))?.degree).toBe(5);
      // Reverting the deletion restores the node and its relationship; the versions go on counting.
      const back = await store.revertChange(del[0]?.id as string, 'alice', { anyone: false });
      expect(back).toMatchObject({ action: 'CREATE_NODE', revertOf: del[0]?.id, version: 4 });
      expect((await store.node('product:d'))?.degree).toBe(6);
      const history = await store.changes({ elementId: 'product:contract-product' });
      expect(history.map((c) => [c.action, c.version, c.reverted])).toEqual([
        ['CREATE_NODE', 4, false],
        ['DELETE_NODE', 3, true],
        ['UPDATE_NODE', 2, false],
        ['CREATE_NODE', 1, false],
      ]);
      await expect(store.revertChange(history[2]?.id as string, 'bob', { anyone: false })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(store.revertChange(del[0]?.id as string, 'alice', { anyone: false })).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      await expect(store.revertChange('999999', 'alice', { anyone: true })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('applies a change set all or nothing', async () => {
      const before = await store.overview();
      await expect(
        store.applyChanges(
          [
            { action: 'CREATE_NODE', node: { kind: 'ENTERPRISE', name: '集合企业', nameEn: 'Contract Set Co' } },
            {
              action: 'CREATE_EDGE',
              edge: { type: 'PRODUCES', source: 'enterprise:contract-set-co', target: 'product:a' },
            },
            { action: 'DELETE_EDGE', id: 'product:a-[INPUT_TO]->product:b', version: 7 },
          ],
          SOURCE,
          'alice',
        ),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        store.applyChanges(
          [
            { action: 'CREATE_NODE', node: { kind: 'ENTERPRISE', name: '集合企业', nameEn: 'Contract Set Co' } },
            {
              action: 'CREATE_EDGE',
              edge: { type: 'MEMBER_OF', source: 'enterprise:contract-set-co', target: 'product:a' },
            },
          ],
          SOURCE,
          'alice',
        ),
      ).rejects.toBeInstanceOf(InvalidInputError);
      expect(await store.node('enterprise:contract-set-co')).toBeNull();
      expect(await store.overview()).toEqual(before);
      expect(await store.changes({ elementId: 'enterprise:contract-set-co' })).toEqual([]);
    });

    it('refuses a change without a source, and a duplicate relationship', async () => {
      await expect(
        store.applyChanges(
          [{ action: 'DELETE_EDGE', id: 'product:a-[INPUT_TO]->product:b', version: 1 }],
          { quote: '只有引文' },
          'alice',
        ),
      ).rejects.toBeInstanceOf(InvalidInputError);
      await expect(
        store.applyChanges(
          [{ action: 'CREATE_EDGE', edge: { type: 'INPUT_TO', source: 'product:a', target: 'product:b' } }],
          SOURCE,
          'alice',
        ),
      ).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('updates a relationship’s status with its version, and a revert puts it back', async () => {
      const id = 'product:a-[INPUT_TO]->product:b';
      const status = async () =>
        (await store.between(['product:a', 'product:b'])).edges.find((e) => e.id === id)?.status;
      const was = await status();
      const now = was === 'PLANNED' ? 'EXISTING' : 'PLANNED';
      const v = await store.versionOf({ id, source: 'product:a', target: 'product:b' });
      const [made] = await store.applyChanges(
        [{ action: 'UPDATE_EDGE', id, version: v, patch: { status: now } }],
        SOURCE,
        'alice',
      );
      expect(made).toMatchObject({ action: 'UPDATE_EDGE', elementId: id, version: v + 1 });
      expect(JSON.parse(made?.before ?? '{}').status).toBe(was);
      expect(JSON.parse(made?.after ?? '{}')).toMatchObject({
        status: now,
        sources: expect.arrayContaining([expect.objectContaining({ quote: '新增' })]),
      });
      expect(await status()).toBe(now);
      expect(await store.versionOf({ id, source: 'product:a', target: 'product:b' })).toBe(v + 1);
      // Against the old version: a conflict, nothing changed.
      await expect(
        store.applyChanges([{ action: 'UPDATE_EDGE', id, version: v, patch: { status: was } }], SOURCE, 'bob'),
      ).rejects.toBeInstanceOf(ConflictError);
      // Its type and ends are what it is: they do not change.
      await expect(
        store.applyChanges(
          [{ action: 'UPDATE_EDGE', id, version: v + 1, patch: { type: 'SUPPLIES' } as never }],
          SOURCE,
          'alice',
        ),
      ).rejects.toBeInstanceOf(InvalidInputError);
      await store.revertChange(made?.id as string, 'alice', { anyone: false });
      expect(await status()).toBe(was);
      expect(await store.versionOf({ id, source: 'product:a', target: 'product:b' })).toBe(v + 2);
      const [undone] = await store.changes({ elementId: id, first: 1 });
      expect(undone).toMatchObject({ action: 'UPDATE_EDGE', revertOf: made?.id });
    });

    it('undoes one’s changes one after another, newest first: a change undone leaves the one before it undoable', async () => {
      const [made] = await store.applyChanges(
        [{ action: 'CREATE_NODE', node: { kind: 'PRODUCT', name: '撤销链', nameEn: 'Undo chain' } }],
        SOURCE,
        'alice',
      );
      const [edited] = await store.applyChanges(
        [{ action: 'UPDATE_NODE', id: 'product:undo-chain', version: 1, patch: { aliases: ['链'] } }],
        SOURCE,
        'alice',
      );
      await store.revertChange(edited?.id as string, 'alice', { anyone: false });
      // Version 3 now, but exactly as the creation left it: the creation can be undone.
      expect(await store.versionOf({ id: 'product:undo-chain' })).toBe(3);
      await store.revertChange(made?.id as string, 'alice', { anyone: false });
      expect(await store.node('product:undo-chain')).toBeNull();
      // Changed since in another way: refused.
      const [again] = await store.applyChanges(
        [{ action: 'CREATE_NODE', node: { kind: 'PRODUCT', name: '撤销链二', nameEn: 'Undo chain two' } }],
        SOURCE,
        'alice',
      );
      await store.applyChanges(
        [{ action: 'UPDATE_NODE', id: 'product:undo-chain-two', version: 1, patch: { aliases: ['二'] } }],
        SOURCE,
        'bob',
      );
      await expect(store.revertChange(again?.id as string, 'alice', { anyone: false })).rejects.toBeInstanceOf(
        ConflictError,
      );
    });
  });
}
