/**
 * The writing half of the API: login and logout, the changes, the audit trail. Resolvers check
 * the role, translate arguments into the store's change operations and call the store; the
 * rules (validation, versions, all-or-nothing, audit) are the store's (server/store/editing.ts).
 */
import type { Role, Viewer } from '../auth/accounts';
import { ForbiddenError, InvalidInputError } from '../domain/errors';
import {
  type ChangeOp,
  type ChangeSource,
  checkSource,
  type EdgeFields,
  type EditableStore,
  elementSource,
  isEditable,
  type NodeFields,
  type NodePatchFields,
} from '../store/editing';
import type { GraphStore } from '../store/types';
import type { GraphContext } from './context';
import type { ChangeInput, EdgeInput, IndicatorInput, NodeInput, NodePatch, Resolvers, SourceInput } from './generated';
import { previewImport } from './upload';

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };

/** The viewer when their role is at least `role`; UNAUTHENTICATED without one, FORBIDDEN below it. */
export function requireRole(viewer: Viewer | null | undefined, role: Role): Viewer {
  if (!viewer) throw new ForbiddenError('Log in first 请先登录', true);
  if (RANK[viewer.role] < RANK[role])
    throw new ForbiddenError(
      `This needs the ${role.toLowerCase()} role 需要${role === 'ADMIN' ? '管理员' : '编辑'}权限`,
    );
  return viewer;
}

function editable(store: GraphStore): EditableStore {
  if (!isEditable(store)) throw new InvalidInputError('this store cannot be changed');
  return store;
}

const source = (s: SourceInput): ChangeSource => s;

const elementSources = (sources: readonly SourceInput[]) => sources.map((s) => elementSource(checkSource(s)));

/** Figures as the dataset's: their own sources checked (none given: the store adds the change's). */
function indicatorFields(indicators: readonly IndicatorInput[]) {
  return indicators.map(({ sources, ...rest }) => ({
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null && v !== undefined)),
    ...(sources ? { sources: elementSources(sources) } : {}),
  }));
}

/** A node input as the dataset's fields: its own sources checked and put in the dataset's shape. */
function nodeFields(node: NodeInput): NodeFields {
  const { sources, indicators, ...rest } = node;
  const fields: NodeFields = { ...rest };
  if (sources) fields.sources = elementSources(sources);
  if (indicators) fields.indicators = indicatorFields(indicators);
  return fields;
}

/** A patch as the dataset's fields: figures as in nodeFields, sources given (the node's in full) checked likewise. */
function patchFields(patch: NodePatch): NodePatchFields {
  const { indicators, sources, ...rest } = patch;
  const fields: NodePatchFields = { ...rest };
  if (indicators) fields.indicators = indicatorFields(indicators);
  if (sources) fields.sources = elementSources(sources);
  return fields;
}

function edgeFields(edge: EdgeInput): EdgeFields {
  const { sources, ...rest } = edge;
  return sources ? { ...rest, sources: elementSources(sources) } : rest;
}

function changeOp(c: ChangeInput, i: number): ChangeOp {
  const need = <T>(value: T | null | undefined, name: string): T => {
    if (value === null || value === undefined)
      throw new InvalidInputError(`changes[${i}]: ${c.action} needs \`${name}\``, `changes.${i}.${name}`);
    return value;
  };
  switch (c.action) {
    case 'CREATE_NODE':
      return { action: 'CREATE_NODE', node: nodeFields(need(c.node, 'node')) };
    case 'UPDATE_NODE':
      return {
        action: 'UPDATE_NODE',
        id: need(c.id, 'id'),
        version: need(c.version, 'version'),
        patch: patchFields(need(c.patch, 'patch')),
      };
    case 'DELETE_NODE':
      return { action: 'DELETE_NODE', id: need(c.id, 'id'), version: need(c.version, 'version') };
    case 'CREATE_EDGE':
      return { action: 'CREATE_EDGE', edge: edgeFields(need(c.edge, 'edge')) };
    case 'UPDATE_EDGE':
      return {
        action: 'UPDATE_EDGE',
        id: need(c.id, 'id'),
        version: need(c.version, 'version'),
        patch: need(c.edgePatch, 'edgePatch'),
      };
    case 'DELETE_EDGE':
      return { action: 'DELETE_EDGE', id: need(c.id, 'id'), version: need(c.version, 'version') };
  }
}

/** Runs one change as the viewer; the element as it is after. */
async function change(ctx: GraphContext, op: ChangeOp, s: SourceInput) {
  const viewer = requireRole(ctx.viewer, 'EDITOR');
  return editable(ctx.store).applyChanges([op], source(s), viewer.name);
}

const versionOf = (
  element: { id: string; version?: number; source?: string; target?: string },
  _: unknown,
  ctx: GraphContext,
) => element.version ?? (isEditable(ctx.store) ? ctx.store.versionOf(element) : 1);

const versioned = { version: versionOf };

export const editingResolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) => ctx.viewer ?? null,
    changes: (_, a, ctx) => {
      requireRole(ctx.viewer, 'VIEWER');
      return editable(ctx.store).changes({ elementId: a.elementId, user: a.user, since: a.since, first: a.first });
    },
  },
  Mutation: {
    login: (_, a, ctx) => {
      if (!ctx.session) throw new InvalidInputError('logging in needs HTTP');
      return ctx.session.login(a.name, a.password);
    },
    logout: (_, __, ctx) => ctx.session?.logout() ?? false,
    createNode: async (_, a, ctx) => {
      const [made] = await change(ctx, { action: 'CREATE_NODE', node: nodeFields(a.node) }, a.source);
      return ctx.store.node((made as { elementId: string }).elementId).then((n) => n as NonNullable<typeof n>);
    },
    updateNode: async (_, a, ctx) => {
      await change(ctx, { action: 'UPDATE_NODE', id: a.id, version: a.version, patch: patchFields(a.patch) }, a.source);
      return ctx.store.node(a.id).then((n) => n as NonNullable<typeof n>);
    },
    deleteNode: async (_, a, ctx) => {
      await change(ctx, { action: 'DELETE_NODE', id: a.id, version: a.version }, a.source);
      return true;
    },
    createEdge: async (_, a, ctx) => {
      const [made] = await change(ctx, { action: 'CREATE_EDGE', edge: edgeFields(a.edge) }, a.source);
      return JSON.parse((made as { after: string }).after);
    },
    updateEdge: async (_, a, ctx) => {
      const [made] = await change(
        ctx,
        { action: 'UPDATE_EDGE', id: a.id, version: a.version, patch: a.patch },
        a.source,
      );
      return JSON.parse((made as { after: string }).after);
    },
    deleteEdge: async (_, a, ctx) => {
      await change(ctx, { action: 'DELETE_EDGE', id: a.id, version: a.version }, a.source);
      return true;
    },
    applyChangeSet: (_, a, ctx) => {
      const viewer = requireRole(ctx.viewer, 'EDITOR');
      return editable(ctx.store).applyChanges(a.changes.map(changeOp), source(a.source), viewer.name);
    },
    previewImport: (_, a, ctx) => {
      const viewer = requireRole(ctx.viewer, 'EDITOR');
      return previewImport(ctx.store, a, viewer.name);
    },
    revertChange: (_, a, ctx) => {
      const viewer = requireRole(ctx.viewer, 'EDITOR');
      return editable(ctx.store).revertChange(a.id, viewer.name, { anyone: viewer.role === 'ADMIN' });
    },
  },
  Cluster: versioned,
  Zone: versioned,
  Enterprise: versioned,
  Institution: versioned,
  Product: versioned,
  Edge: versioned,
};
