/**
 * Lead tracking (招商线索) over real HTTP, for any store: roles, a lead made, changed, listed and
 * filtered, a stale version refused, bad input named by field, and the 已落地 flow — a landed
 * target recorded as a local enterprise with the graph's own mutations closes its chain gap.
 * `start` serves the chain fixture (home zone `zone:home`) with the test accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/server';
import { codes, gql } from '../support/http';
import { Session } from './editing.suite';

export const LEAD_FIELDS = `id subject productId targetId homeZoneId status owner notes createdAt createdBy
  updatedAt updatedBy statusSince version product { id name } target { id name }`;
export const SAVE = `mutation($input: LeadInput!) { saveLead(input: $input) { ${LEAD_FIELDS} } }`;
const LIST = `query($status: LeadStatus, $owner: String, $productId: ID) {
  leads(status: $status, owner: $owner, productId: $productId) { id status owner targetId } }`;
const HISTORY = 'query($id: ID!) { lead(id: $id) { history { at user action before after } } }';
export const GAPS = '{ chainGaps(first: 100) { kind product { id } targets(first: 10) { node { id } } } }';
const APPLY = `mutation($changes: [ChangeInput!]!, $source: SourceInput!) {
  applyChangeSet(changes: $changes, source: $source) { action elementId } }`;

type GapRow = { kind: string; product: { id: string }; targets: { node: { id: string } }[] };
type Answer = { body: { data?: Record<string, unknown> | null } };
const gapRows = (r: Answer) => (r.body.data?.chainGaps ?? []) as GapRow[];
export const gapProducts = (r: Answer) => gapRows(r).map((g) => g.product.id);

const argumentOf = (r: { body: { errors?: { extensions?: { argument?: string } }[] } }) =>
  r.body.errors?.[0]?.extensions?.argument;

export function defineLeadsSuite(name: string, start: () => Promise<RunningServer>) {
  describe(`lead tracking over HTTP (${name})`, () => {
    let server: RunningServer;
    let url: string;
    const alice = () => session('alice');
    const session = async (who: string) => {
      const s = new Session(url);
      const r = await s.login(who);
      expect(r.body.errors).toBeUndefined();
      return s;
    };
    beforeAll(async () => {
      server = await start();
      url = server.url;
    });
    afterAll(() => server?.close());

    it('needs a session to read and the editor role to write', async () => {
      const input = { productId: 'product:chip', targetId: 'enterprise:chipco' };
      expect(codes(await gql(url, '{ leads { id } }'))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await gql(url, SAVE, { input }))).toEqual(['UNAUTHENTICATED']);
      const vera = await session('vera');
      expect(codes(await vera.gql(SAVE, { input }))).toEqual(['FORBIDDEN']);
      const a = await alice();
      const made = await a.gql(SAVE, { input });
      expect(made.body.errors).toBeUndefined();
      const listed = await vera.gql(LIST, { productId: 'product:chip' });
      expect(listed.body.data?.leads).toEqual([
        { id: made.body.data?.saveLead.id, status: 'UNCONTACTED', owner: 'alice', targetId: 'enterprise:chipco' },
      ]);
      expect(
        codes(
          await vera.gql('mutation($id: ID!) { deleteLead(id: $id, version: 1) }', { id: made.body.data?.saveLead.id }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await a.gql('mutation($id: ID!) { deleteLead(id: $id, version: 1) }', { id: made.body.data?.saveLead.id }),
        ),
      ).toEqual([]);
      expect((await vera.gql(LIST, { productId: 'product:chip' })).body.data?.leads).toEqual([]);
    });

    it('makes a lead, changes it with its history, lists and filters, refuses a second lead for the pair', async () => {
      const a = await alice();
      const made = await a.gql(SAVE, {
        input: { productId: 'product:alloy', targetId: 'enterprise:alloyfar', notes: '远合金 有意向' },
      });
      expect(made.body.errors).toBeUndefined();
      const lead = made.body.data?.saveLead;
      expect(lead).toMatchObject({
        subject: 'TARGET',
        productId: 'product:alloy',
        targetId: 'enterprise:alloyfar',
        homeZoneId: 'zone:home',
        status: 'UNCONTACTED',
        owner: 'alice',
        notes: '远合金 有意向',
        createdBy: 'alice',
        updatedBy: 'alice',
        version: 1,
        product: { id: 'product:alloy', name: '合金' },
        target: { id: 'enterprise:alloyfar', name: '远合金' },
      });
      expect(lead.statusSince).toBe(lead.createdAt);

      const b = await session('bob');
      const moved = await b.gql(SAVE, { input: { id: lead.id, version: 1, status: 'CONTACTING', owner: '张伟' } });
      expect(moved.body.errors).toBeUndefined();
      const now = moved.body.data?.saveLead;
      expect(now).toMatchObject({
        status: 'CONTACTING',
        owner: '张伟',
        notes: '远合金 有意向',
        version: 2,
        updatedBy: 'bob',
      });
      expect(now.statusSince >= lead.statusSince).toBe(true);
      // Notes alone leave the status date where it was.
      const noted = (await b.gql(SAVE, { input: { id: lead.id, version: 2, notes: '已约见\n下周考察' } })).body.data
        ?.saveLead;
      expect(noted).toMatchObject({ status: 'CONTACTING', notes: '已约见\n下周考察', version: 3 });
      expect(noted.statusSince).toBe(now.statusSince);

      const history = (await b.gql(HISTORY, { id: lead.id })).body.data?.lead.history;
      expect(history.map((e: { action: string; user: string }) => `${e.action} ${e.user}`)).toEqual([
        'UPDATE bob',
        'UPDATE bob',
        'CREATE alice',
      ]);
      expect(JSON.parse(history[1].before)).toMatchObject({ status: 'UNCONTACTED', owner: 'alice' });
      expect(JSON.parse(history[1].after)).toMatchObject({ status: 'CONTACTING', owner: '张伟' });
      expect(history[2].before).toBeNull();

      const gapLead = await a.gql(SAVE, { input: { productId: 'product:alloy', status: 'SIGNED' } });
      expect(gapLead.body.data?.saveLead).toMatchObject({
        subject: 'GAP',
        targetId: null,
        target: null,
        owner: 'alice',
      });
      const byStatus = (await b.gql(LIST, { status: 'CONTACTING', productId: 'product:alloy' })).body.data?.leads;
      expect(byStatus.map((l: { id: string }) => l.id)).toEqual([lead.id]);
      const byOwner = (await b.gql(LIST, { owner: 'alice', productId: 'product:alloy' })).body.data?.leads;
      expect(byOwner.map((l: { id: string }) => l.id)).toEqual([gapLead.body.data?.saveLead.id]);
      // Most recently changed first.
      const all = (await b.gql(LIST, { productId: 'product:alloy' })).body.data?.leads;
      expect(all.map((l: { id: string }) => l.id)).toEqual([gapLead.body.data?.saveLead.id, lead.id]);

      const again = await a.gql(SAVE, { input: { productId: 'product:alloy', targetId: 'enterprise:alloyfar' } });
      expect(codes(again)).toEqual(['BAD_USER_INPUT']);
      expect(argumentOf(again)).toBe('input.targetId');
    });

    it('refuses a change made against an old version with CONFLICT and the lead as it is', async () => {
      const a = await alice();
      const b = await session('bob');
      const lead = (await a.gql(SAVE, { input: { productId: 'product:ecu', targetId: 'enterprise:ecu2' } })).body.data
        ?.saveLead;
      expect(
        (await a.gql(SAVE, { input: { id: lead.id, version: 1, status: 'CONTACTING' } })).body.errors,
      ).toBeUndefined();
      const stale = await b.gql(SAVE, { input: { id: lead.id, version: 1, status: 'ABANDONED' } });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect(stale.body.errors?.[0]?.extensions).toMatchObject({ version: 2, current: { status: 'CONTACTING' } });
      const gone = await b.gql('mutation($id: ID!) { deleteLead(id: $id, version: 1) }', { id: lead.id });
      expect(codes(gone)).toEqual(['CONFLICT']);
      const missing = await b.gql(SAVE, { input: { id: '999999', version: 1, status: 'SIGNED' } });
      expect(codes(missing)).toEqual(['NOT_FOUND']);
      const listed = (await b.gql(LIST, { productId: 'product:ecu' })).body.data?.leads;
      expect(listed).toEqual([{ id: lead.id, status: 'CONTACTING', owner: 'alice', targetId: 'enterprise:ecu2' }]);
    });

    it('names the field of bad input and keeps nothing of it', async () => {
      const a = await alice();
      const cases: [Record<string, unknown>, string][] = [
        [{ targetId: 'enterprise:painter' }, 'input.productId'],
        [{ productId: 'product:nope', targetId: 'enterprise:painter' }, 'input.productId'],
        [{ productId: 'enterprise:painter' }, 'input.productId'],
        [{ productId: 'product:paint', targetId: 'enterprise:nope' }, 'input.targetId'],
        [{ productId: 'product:paint', targetId: 'product:ore' }, 'input.targetId'],
        [{ productId: 'product:paint', homeZoneId: 'enterprise:carco' }, 'input.homeZoneId'],
        [{ productId: 'product:paint', notes: 'x'.repeat(4001) }, 'input.notes'],
        [{ productId: 'product:paint', notes: '响铃\u0007' }, 'input.notes'],
        [{ productId: 'product:paint', owner: '' }, 'input.owner'],
        [{ productId: 'product:paint', owner: 'a'.repeat(65) }, 'input.owner'],
        [{ productId: 'product:paint', owner: 'ali\u0000ce' }, 'input.owner'],
      ];
      for (const [input, argument] of cases) {
        const r = await a.gql(SAVE, { input });
        expect(codes(r), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
        expect(argumentOf(r), JSON.stringify(input)).toBe(argument);
      }
      expect((await a.gql(LIST, { productId: 'product:paint' })).body.data?.leads).toEqual([]);
      const lead = (await a.gql(SAVE, { input: { productId: 'product:ore' } })).body.data?.saveLead;
      for (const [input, argument] of [
        [{ id: lead.id, status: 'SIGNED' }, 'input.version'],
        [{ id: lead.id, version: 1, productId: 'product:chip' }, 'input.productId'],
        [{ id: lead.id, version: 1, notes: '\u202e反转' }, 'input.notes'],
      ] as const) {
        const r = await a.gql(SAVE, { input });
        expect(codes(r)).toEqual(['BAD_USER_INPUT']);
        expect(argumentOf(r)).toBe(argument);
      }
      const kept = (await a.gql(HISTORY, { id: lead.id })).body.data?.lead.history;
      expect(kept.map((e: { action: string }) => e.action)).toEqual(['CREATE']);
      expect(codes(await a.gql('{ leads(first: 501) { id } }'))).toEqual(['BAD_USER_INPUT']);
    });

    it('records a landed target as a local enterprise, which closes its chain gap', async () => {
      const a = await alice();
      const kindsOf = (r: Answer, product: string) =>
        gapRows(r)
          .filter((g) => g.product.id === product)
          .map((g) => g.kind);
      const before = await gql(url, GAPS);
      // 车架 has one local maker (弱链); 涂料厂 outside makes it, and 涂料 too (缺链).
      const frame = before.body.data?.chainGaps.find((g: GapRow) => g.product.id === 'product:frame');
      expect(frame.kind).toBe('SINGLE_LOCAL');
      expect(frame.targets.map((t: { node: { id: string } }) => t.node.id)).toEqual(['enterprise:painter']);
      expect(kindsOf(before, 'product:paint')).toEqual(['MISSING_LOCALLY']);

      const lead = (
        await a.gql(SAVE, {
          input: { productId: 'product:frame', targetId: 'enterprise:painter', status: 'CONTACTING' },
        })
      ).body.data?.saveLead;
      const landed = await a.gql(SAVE, { input: { id: lead.id, version: 1, status: 'LANDED', notes: '签约落户本区' } });
      expect(landed.body.data?.saveLead).toMatchObject({ status: 'LANDED', version: 2 });
      // What the explorer sends when the editor accepts recording it.
      const recorded = await a.gql(APPLY, {
        changes: [
          { action: 'CREATE_EDGE', edge: { type: 'LOCATED_IN', source: 'enterprise:painter', target: 'zone:home' } },
        ],
        source: {
          note: '招商线索 已落地: 签约落户本区',
          document: `招商线索 lead ${lead.id}`,
          date: '2026-12-02',
          stated: true,
        },
      });
      expect(recorded.body.errors).toBeUndefined();
      expect(recorded.body.data?.applyChangeSet).toEqual([
        { action: 'CREATE_EDGE', elementId: 'enterprise:painter-[LOCATED_IN]->zone:home' },
      ]);
      // Two local makers now: the 弱链 closes; the landed enterprise's other product is made here once.
      const after = await gql(url, GAPS);
      expect(gapProducts(after)).not.toContain('product:frame');
      expect(kindsOf(after, 'product:paint')).toEqual(['SINGLE_LOCAL']);

      // A gap with no target: the new enterprise made with its product and zone in one change set.
      expect(kindsOf(after, 'product:battery')).toEqual(['ABSENT', 'UNFILLED_TARGET']);
      const gapLead = (await a.gql(SAVE, { input: { productId: 'product:battery', status: 'LANDED' } })).body.data
        ?.saveLead;
      const made = await a.gql(APPLY, {
        changes: [
          {
            action: 'CREATE_NODE',
            node: { id: 'enterprise:new-battery', kind: 'ENTERPRISE', name: '新电池厂', nameEn: 'New Battery Co' },
          },
          {
            action: 'CREATE_EDGE',
            edge: { type: 'PRODUCES', source: 'enterprise:new-battery', target: 'product:battery' },
          },
          {
            action: 'CREATE_EDGE',
            edge: { type: 'LOCATED_IN', source: 'enterprise:new-battery', target: 'zone:home' },
          },
        ],
        source: { note: '招商线索 已落地', document: `招商线索 lead ${gapLead.id}`, date: '2026-12-02', stated: true },
      });
      expect(made.body.errors).toBeUndefined();
      // 断链 and the unfilled plan target close: one local maker (弱链) is what is left.
      expect(kindsOf(await gql(url, GAPS), 'product:battery')).toEqual(['SINGLE_LOCAL']);
    });
  });
}
