/**
 * The lead-tracking half of the API (招商线索): reading needs a session, changing the EDITOR
 * role. Resolvers check the role and the ids against the graph, then call the lead book
 * (server/workspace/leads.ts), which holds every other rule.
 */
import { InvalidInputError } from '../domain/errors';
import { CAPS } from '../store/args';
import type { StoredNode } from '../store/types';
import { checkSubject, type LeadBook } from '../workspace/leads';
import type { GraphContext } from './context';
import type { LeadInput, Resolvers } from './generated';
import { requireRole } from './mutations';

function book(ctx: GraphContext): LeadBook {
  if (!ctx.leads) throw new InvalidInputError('lead tracking needs a workspace file 线索需要工作区');
  return ctx.leads;
}

/** On an update, the ids that say what the lead follows cannot change. */
function fixedOnUpdate(input: LeadInput): void {
  for (const field of ['productId', 'targetId', 'homeZoneId'] as const)
    if (input[field] !== undefined && input[field] !== null)
      throw new InvalidInputError(
        `${field}: a lead's subject cannot change; make a new lead 线索对象不可修改`,
        `input.${field}`,
      );
}

export const leadResolvers: Resolvers = {
  Query: {
    leads: async (_, a, ctx) => {
      requireRole(ctx.viewer, 'VIEWER');
      const leads = book(ctx).list({
        status: a.status,
        owner: a.owner,
        productId: a.productId,
        targetId: a.targetId,
        first: a.first ?? 200,
      });
      // The products and targets of the whole list in one read, not two per lead.
      const ids = [...new Set(leads.flatMap((l) => (l.targetId ? [l.productId, l.targetId] : [l.productId])))];
      const nodes = new Map<string, StoredNode>();
      for (let i = 0; i < ids.length; i += CAPS.ids)
        for (const n of await ctx.store.nodes(ids.slice(i, i + CAPS.ids))) nodes.set(n.id, n);
      return leads.map((l) => ({ ...l, nodes }));
    },
    lead: (_, a, ctx) => {
      requireRole(ctx.viewer, 'VIEWER');
      return book(ctx).get(a.id);
    },
  },
  Mutation: {
    saveLead: async (_, { input }, ctx) => {
      const viewer = requireRole(ctx.viewer, 'EDITOR');
      const leads = book(ctx);
      const patch = { status: input.status, owner: input.owner, notes: input.notes };
      if (input.id !== undefined && input.id !== null) {
        if (input.version === undefined || input.version === null)
          throw new InvalidInputError('version: an update names the version it was made against', 'input.version');
        fixedOnUpdate(input);
        return leads.update(input.id, input.version, patch, viewer.name);
      }
      if (!input.productId)
        throw new InvalidInputError("productId: a new lead needs the gap's product 需要产品", 'input.productId');
      const subject = await checkSubject(ctx.store, {
        productId: input.productId,
        targetId: input.targetId,
        homeZoneId: input.homeZoneId,
        ...patch,
      });
      return leads.create(subject, viewer.name);
    },
    deleteLead: async (_, a, ctx) => {
      const viewer = requireRole(ctx.viewer, 'EDITOR');
      await book(ctx).delete(a.id, a.version, viewer.name);
      return true;
    },
  },
  Lead: {
    product: (lead, _, { store }) =>
      lead.nodes ? (lead.nodes.get(lead.productId) ?? null) : store.node(lead.productId),
    target: (lead, _, { store }) => {
      if (!lead.targetId) return null;
      return lead.nodes ? (lead.nodes.get(lead.targetId) ?? null) : store.node(lead.targetId);
    },
    history: (lead, _, ctx) => book(ctx).history(lead.id),
  },
};
