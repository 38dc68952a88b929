/**
 * A subgraph refused as over the response budget says how many nodes it was reckoned to hold
 * (`estimatedNodes`), so a client (the explorer's 显示全图) can ask again with a limit that fits;
 * the limit the client's own rule computes then fits and answers exactly that many nodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiQueryError, limitWithinBudget } from '../../client/src/ui/api';
import type { RunningServer } from '../../server/http/server';
import { MINI_FIXTURE } from '../support/fixtures';
import { type GqlResponse, gql, testServer } from '../support/http';

const extensionsOf = (r: GqlResponse): Record<string, unknown> => r.body.errors?.[0]?.extensions ?? {};

const QUERY =
  'query($l: Int) { subgraph(limit: $l) { nodes { id name nameEn kind sources { quote section } } edges { id type } } }';

describe('a subgraph over the response budget', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // The mini fixture's whole subgraph with these fields is estimated at ~11 kB.
    server = await testServer({ config: { dataset: MINI_FIXTURE, maxResponseMb: 0.005 } });
  });
  afterAll(() => server?.close());

  it('names the nodes it reckoned, and the limit the explorer derives from that fits', async () => {
    const nodeCount = (await gql(server.url, '{ overview { nodeCount } }')).body.data?.overview.nodeCount as number;
    const refused = await gql(server.url, QUERY, { l: 20_000 });
    expect(refused.status).toBe(400);
    const { code, ...ext } = extensionsOf(refused);
    expect(code).toBe('BAD_USER_INPUT');
    expect(ext.estimatedNodes).toBe(nodeCount);
    // The explorer's rule, applied as it applies it: ask again until the answer fits (the
    // estimate grows a little faster than the nodes on a small graph, so it may take two tries).
    let limit = 20_000;
    let error = new ApiQueryError('refused', code as string, ext);
    for (let attempt = 0; attempt < 8; attempt++) {
      const next = limitWithinBudget(error, limit);
      expect(next).not.toBeNull();
      expect(next).toBeLessThan(Math.min(limit, nodeCount));
      limit = next as number;
      const r = await gql(server.url, QUERY, { l: limit });
      if (r.status === 200) {
        expect(r.body.data?.subgraph.nodes).toHaveLength(limit);
        expect(JSON.stringify(r.body).length).toBeLessThanOrEqual(0.005 * 1024 * 1024);
        expect(limit).toBeGreaterThan(nodeCount / 4);
        return;
      }
      const e = extensionsOf(r);
      expect(e.estimatedNodes).toBe(limit);
      error = new ApiQueryError('refused', e.code as string, e);
    }
    expect.unreachable('no limit within the budget after 8 tries');
  });

  it('derives no limit from other refusals', () => {
    expect(limitWithinBudget(new ApiQueryError('x', 'BAD_USER_INPUT', {}), 100)).toBeNull();
    expect(
      limitWithinBudget(new ApiQueryError('x', 'SERVER_BUSY', { estimatedBytes: 9, budgetBytes: 1 }), 100),
    ).toBeNull();
    expect(limitWithinBudget(new Error('x'), 100)).toBeNull();
  });
});
