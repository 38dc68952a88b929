/**
 * The domain model: one zod schema from which every TypeScript type of the graph is inferred.
 *
 * The dataset file, the JSON interchange format, both stores and the GraphQL layer all speak
 * these shapes. Enum values are stable ASCII codes (they double as GraphQL enum values);
 * their Chinese and English labels live in `labels.ts`.
 */
import { z } from 'zod';
import {
  CLUSTER_TIERS,
  INDICATOR_KINDS,
  INDICATOR_MEASURES,
  INSTITUTION_KINDS,
  type NodeKind,
  REL_TYPES,
  type RelType,
  STATUSES,
  ZONE_KINDS,
} from './enums';

export type {
  ClusterTier,
  IndicatorKind,
  IndicatorMeasure,
  InstitutionKind,
  NodeKind,
  RelType,
  Status,
  ZoneKind,
} from './enums';
export {
  CLUSTER_TIERS,
  INDICATOR_KINDS,
  INDICATOR_MEASURES,
  INSTITUTION_KINDS,
  NODE_KINDS,
  REL_ENDPOINTS,
  REL_TYPES,
  STATUSES,
  ZONE_KINDS,
} from './enums';

/** Id prefix per kind: `enterprise:hafei-auto`, `product:minicar`. */
export const ID_PREFIX: Record<NodeKind, string> = {
  CLUSTER: 'cluster',
  ZONE: 'zone',
  ENTERPRISE: 'enterprise',
  INSTITUTION: 'institution',
  PRODUCT: 'product',
};
export const NODE_ID = /^(cluster|zone|enterprise|institution|product):[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** The API refuses longer ids (server/store/args.ts), so a dataset may not hold them. */
export const MAX_ID_LENGTH = 200;

/**
 * Control characters: none at all in ids, names and quotes (a label is one line of text); tab
 * and newline allowed in notes, sections and other prose. Past these, GraphML export (XML 1.0)
 * is not well-formed, a CR does not survive a round trip, and labels show as garbage.
 */
export const LABEL_CONTROL = /\p{Cc}/u;
export const TEXT_CONTROL = /(?![\t\n])\p{Cc}/u;
const CONTROL_MESSAGE = 'must not contain control characters';

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !TEXT_CONTROL.test(s), `${CONTROL_MESSAGE} (tab and newline are allowed here)`);
const label = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !LABEL_CONTROL.test(s), `${CONTROL_MESSAGE} (U+0000–U+001F, U+007F–U+009F)`);

export const SourceSchema = z
  .object({
    /** Copied verbatim from the plan. */
    quote: label,
    /** Where in the plan, e.g. `第三章 二（一）1 汽车及配套企业集群`. */
    section: text,
    /** false: the plan implies the fact without saying it; `note` then says why. */
    stated: z.boolean().default(true),
    note: text.optional(),
  })
  .strict()
  .refine((s) => s.stated || s.note !== undefined, {
    message: 'a source with stated: false needs a note saying why the link is implied',
    path: ['note'],
  });

/**
 * The checks `npm run cli -- lint` runs beyond validity (server/dataset/lint). An element may
 * acknowledge a warning it is meant to raise, with the reason, so a deliberate exception is
 * written down in the data rather than silenced in the tool.
 */
export const LINT_RULES = [
  'stated-names-end',
  'alias-shared',
  'indicator-scope',
  'indicator-series',
  'planned-verb',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export const LintAckSchema = z.object({ rule: z.enum(LINT_RULES), reason: text }).strict();
export const LintSchema = z
  .object({ ack: z.array(LintAckSchema).min(1, 'an ack list names at least one rule') })
  .strict();

/** `2005` (one year) or `2001-2005` (a span, first year before last). */
export const PERIOD = /^(\d{4})(?:-(\d{4}))?$/;

/**
 * What an indicator's fields must say together, beyond each field's own rule (one list, read by
 * the schema below and by the fast checks of server/dataset/accept.ts).
 */
export function indicatorIssues(ind: { period: string; year: number; value: number; valueMax?: number | undefined }) {
  const issues: { path: 'period' | 'valueMax'; message: string }[] = [];
  const [, first, last] = PERIOD.exec(ind.period) ?? [];
  if (first === undefined) return issues; // the regex has already said why
  if (Number(last ?? first) !== ind.year)
    issues.push({ path: 'period', message: `the period must end in \`year\` (${ind.year})` });
  if (last !== undefined && Number(first) >= Number(last))
    issues.push({ path: 'period', message: 'a span runs from an earlier year to a later one' });
  if (ind.valueMax !== undefined && ind.valueMax < ind.value)
    issues.push({ path: 'valueMax', message: 'the top of a range is not below its bottom' });
  return issues;
}

export const IndicatorSchema = z
  .object({
    /** Unique within its node, e.g. `gdp-2005`. */
    key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by -'),
    name: label,
    nameEn: label,
    year: z.number().int().min(1990).max(2100),
    /** Lower bound where the plan gives a range (60%--70%). */
    value: z.number().finite(),
    valueMax: z.number().finite().optional(),
    unit: label,
    kind: z.enum(INDICATOR_KINDS),
    /** What the value measures: a level, a total over the period, a growth rate, a share … */
    measure: z.enum(INDICATOR_MEASURES),
    /**
     * The time the value is for: `2005` (that year, or the stock at its end) or `2001-2005` (the
     * span a total, an average growth rate or a change covers). Its last year is `year`.
     */
    period: z.string().regex(PERIOD, 'a year (`2005`) or a span (`2001-2005`)'),
    sources: z.array(SourceSchema).min(1, 'every indicator needs at least one source'),
    lint: LintSchema.optional(),
  })
  .strict()
  .superRefine((ind, ctx) => {
    for (const { path, message } of indicatorIssues(ind)) ctx.addIssue({ code: 'custom', path: [path], message });
  });

const nodeBase = {
  id: z
    .string()
    .regex(NODE_ID, 'ids look like `kind:lower-case-words`, e.g. `enterprise:hafei-auto`')
    .max(MAX_ID_LENGTH, `ids are at most ${MAX_ID_LENGTH} characters long (the API's cap)`),
  name: label,
  /**
   * The English name where one is known. Registry lists have none: the English view then shows
   * the name in pinyin (server/domain/english-name.ts), and GraphQL says it is not stated.
   */
  nameEn: label.optional(),
  aliases: z.array(label).default([]),
  status: z.enum(STATUSES).default('EXISTING'),
  sources: z.array(SourceSchema).min(1, 'every node needs at least one source'),
  lint: LintSchema.optional(),
};

export const ClusterSchema = z
  .object({
    ...nodeBase,
    kind: z.literal('CLUSTER'),
    tier: z.enum(CLUSTER_TIERS),
    indicators: z.array(IndicatorSchema).default([]),
  })
  .strict();
export const ZoneSchema = z
  .object({
    ...nodeBase,
    kind: z.literal('ZONE'),
    zoneKind: z.enum(ZONE_KINDS),
    indicators: z.array(IndicatorSchema).default([]),
  })
  .strict();
export const EnterpriseSchema = z.object({ ...nodeBase, kind: z.literal('ENTERPRISE') }).strict();
export const InstitutionSchema = z
  .object({ ...nodeBase, kind: z.literal('INSTITUTION'), institutionKind: z.enum(INSTITUTION_KINDS) })
  .strict();
export const ProductSchema = z.object({ ...nodeBase, kind: z.literal('PRODUCT') }).strict();

export const NodeSchema = z.discriminatedUnion('kind', [
  ClusterSchema,
  ZoneSchema,
  EnterpriseSchema,
  InstitutionSchema,
  ProductSchema,
]);

export const EdgeSchema = z
  .object({
    /** Optional in a hand-written file: derived as `source-[TYPE]->target` when absent. */
    id: label.optional(),
    type: z.enum(REL_TYPES),
    source: label,
    target: label,
    status: z.enum(STATUSES).default('EXISTING'),
    sources: z.array(SourceSchema).min(1, 'every relationship needs at least one source'),
    lint: LintSchema.optional(),
  })
  .strict();

export const DatasetSchema = z
  .object({
    /** Free-form description of the dataset (title, origin); kept through a round trip. */
    meta: z.record(z.string(), z.unknown()).optional(),
    nodes: z.array(z.unknown()),
    edges: z.array(z.unknown()),
  })
  .strict();

export type Source = z.output<typeof SourceSchema>;
export type LintAck = z.output<typeof LintAckSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
export type ClusterNode = z.output<typeof ClusterSchema>;
export type ZoneNode = z.output<typeof ZoneSchema>;
export type EnterpriseNode = z.output<typeof EnterpriseSchema>;
export type InstitutionNode = z.output<typeof InstitutionSchema>;
export type ProductNode = z.output<typeof ProductSchema>;
export type GraphNode = z.output<typeof NodeSchema>;
export type GraphEdge = Omit<z.output<typeof EdgeSchema>, 'id'> & { id: string };

/** A validated graph: nodes and edges in file order, every edge id set. */
export interface Dataset {
  meta?: Record<string, unknown>;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /**
   * The file's lint acknowledgements (`lint: { ack }` on an element), by element: a node or edge
   * id, or `nodeId#indicatorKey`. Validation moves them here, off the elements, so the stores and
   * the API never carry authoring notes; the JSON export writes them back where they were.
   */
  lintAcks?: Map<string, LintAck[]>;
}

export function edgeId(e: { type: RelType; source: string; target: string }): string {
  return `${e.source}-[${e.type}]->${e.target}`;
}

export function kindOfId(id: string): NodeKind | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return (Object.keys(ID_PREFIX) as NodeKind[]).find((k) => ID_PREFIX[k] === prefix);
}
