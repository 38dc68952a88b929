/**
 * The good path of validation: whether an element certainly passes its zod schema unchanged,
 * checked without allocating. Then the element itself is the dataset's (absent defaults filled
 * in place, as zod would fill them); anything unsure gives null and the caller asks zod, whose
 * answer and messages stand. So this file may be stricter than model.ts, never looser.
 *
 * Which keys each object has, which are optional and their defaults come from the schemas
 * themselves; the value checks below mirror model.ts. A field added to a schema and not yet
 * mirrored here is asked of zod whenever it is present (correct, only slower).
 */
import type { z } from 'zod';
import {
  CLUSTER_TIERS,
  ClusterSchema,
  EdgeSchema,
  EnterpriseSchema,
  type GraphEdge,
  type GraphNode,
  ID_PREFIX,
  INDICATOR_KINDS,
  INDICATOR_MEASURES,
  INSTITUTION_KINDS,
  IndicatorSchema,
  InstitutionSchema,
  indicatorIssues,
  LABEL_CONTROL,
  MAX_ID_LENGTH,
  NODE_ID,
  PERIOD,
  ProductSchema,
  REL_TYPES,
  SourceSchema,
  STATUSES,
  TEXT_CONTROL,
  ZONE_KINDS,
  ZoneSchema,
} from '../domain/model';

type Check = (value: unknown) => boolean;
type Obj = Record<string, unknown>;

interface ObjectRule {
  /** Per schema key: its check and its place in the schema (zod's output puts keys in that order). */
  checks: Map<string, { check: Check; at: number }>;
  keys: string[];
  required: string[];
  defaults: Map<string, () => unknown>;
}

/**
 * The length of JSON.stringify of what was accepted since the last `takeSize` (-1 when it holds
 * a number, whose text may be written otherwise). Text that parsed to a value is never shorter
 * than that value's JSON.stringify (lone surrogates aside), and a repeated key makes it longer:
 * so a line exactly as long holds no repeated key (line-layout.ts), found without a scan.
 */
let size = 0;
let sized = true;
/** Whether a default was filled in since the last look (a list so changed is not shared). */
let filled = false;
export function takeSize(): number {
  const n = sized ? size : -1;
  size = 0;
  sized = true;
  return n;
}

/** JSON.stringify(s).length for a string without control characters but tab and newline. */
function jsonLength(s: string): number {
  let n = s.length + 2;
  if (s.indexOf('"') < 0 && s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0) return n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c === 9 || c === 10) n++;
  }
  return n;
}

function ruleOf(shape: Record<string, z.ZodType>, checks: Record<string, Check>): ObjectRule {
  const rule: ObjectRule = { checks: new Map(), keys: Object.keys(shape), required: [], defaults: new Map() };
  for (const [key, schema] of Object.entries(shape)) {
    // A key this file does not mirror is left to zod: its check always says "unsure".
    rule.checks.set(key, { check: checks[key] ?? (() => false), at: rule.checks.size });
    const absent = schema.safeParse(undefined);
    if (!absent.success) rule.required.push(key);
    else if (absent.data !== undefined) rule.defaults.set(key, () => schema.parse(undefined));
  }
  return rule;
}

/**
 * The object as zod returns it, when it certainly passes: itself when its keys are in the
 * schema's order and none is defaulted (a canonical file's are), else a copy in that order with
 * the defaults filled. Null when unsure.
 */
function acceptObject(raw: unknown, rule: ObjectRule): Obj | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const o = raw as Obj;
  let keys = 0;
  let at = -1;
  let ordered = true;
  for (const key in o) {
    const entry = rule.checks.get(key);
    if (entry === undefined || !entry.check(o[key])) return null;
    if (entry.at < at) ordered = false;
    at = entry.at;
    // Schema keys are plain: `"key":`, and a comma between members.
    size += key.length + 3;
    keys++;
  }
  size += keys === 0 ? 2 : keys + 1;
  for (const key of rule.required) if (!Object.hasOwn(o, key)) return null;
  let complete = true;
  for (const key of rule.defaults.keys()) if (!Object.hasOwn(o, key)) complete = false;
  if (ordered && complete) return o;
  if (!complete) filled = true;
  const out: Obj = {};
  for (const key of rule.keys) {
    if (Object.hasOwn(o, key)) out[key] = o[key];
    else {
      const make = rule.defaults.get(key);
      if (make) out[key] = make();
    }
  }
  return out;
}

/** Code units `String.prototype.trim` might remove (and a few more: unsure is safe). */
function mayTrim(c: number): boolean {
  if (c <= 32) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const plain =
  (control: RegExp): Check =>
  (v) => {
    if (
      typeof v !== 'string' ||
      v.length === 0 ||
      mayTrim(v.charCodeAt(0)) ||
      mayTrim(v.charCodeAt(v.length - 1)) ||
      control.test(v)
    )
      return false;
    size += jsonLength(v);
    return true;
  };
const label = plain(LABEL_CONTROL);
const text = plain(TEXT_CONTROL);
/** Plain codes (enum values): no escapes. */
const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return (v) => {
    if (!set.has(v)) return false;
    size += (v as string).length + 2;
    return true;
  };
};
const arrayOf =
  (item: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return false;
    for (const x of v) if (!item(x)) return false;
    size += v.length === 0 ? 2 : v.length + 1;
    return true;
  };
/** A list of objects, each replaced in place by what zod would return for it (`acceptObject`). */
const objectsOf =
  (item: (v: unknown) => Obj | null, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return false;
    for (let i = 0; i < v.length; i++) {
      const o = item(v[i]);
      if (!o) return false;
      v[i] = o;
    }
    size += v.length === 0 ? 2 : v.length + 1;
    return true;
  };
const number =
  (check: (v: number) => boolean): Check =>
  (v) => {
    sized = false;
    return typeof v === 'number' && check(v);
  };
const finite = number(Number.isFinite);
const boolean: Check = (v) => {
  if (typeof v !== 'boolean') return false;
  size += v ? 4 : 5;
  return true;
};
/** A string taken as plain (an id or a code, checked by the caller): its JSON is itself in quotes. */
const plainString: Check = (v) => {
  if (typeof v !== 'string') return false;
  size += v.length + 2;
  return true;
};

const SOURCE = ruleOf(SourceSchema.shape, {
  quote: label,
  section: text,
  stated: boolean,
  note: text,
});
const source = (v: unknown): Obj | null => {
  const o = acceptObject(v, SOURCE);
  return o && (o.stated !== false || o.note !== undefined) ? o : null;
};

/**
 * Lists of sources repeat (a generated graph gives every element the same one): a list equal to
 * the last one accepted is accepted by comparison, and the element is given the shared list.
 */
let lastSources: Record<string, unknown>[] | null = null;
let lastSourcesSize = 0;
function sameAsLast(v: unknown): boolean {
  if (!lastSources || !Array.isArray(v) || v.length !== lastSources.length) return false;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as Record<string, unknown>;
    const y = lastSources[i] as Record<string, unknown>;
    if (typeof x !== 'object' || x === null) return false;
    if (x.quote !== y.quote || x.section !== y.section || x.stated !== y.stated || x.note !== y.note) return false;
    let keys = 0;
    for (const _ in x) keys++;
    for (const _ in y) keys--;
    if (keys !== 0) return false;
  }
  return true;
}
/** Accepts a `sources` field; on the shortcut, the holder gets the shared list. */
function acceptSources(holder: Record<string, unknown>): boolean {
  const v = holder.sources;
  if (sameAsLast(v)) {
    holder.sources = lastSources;
    size += lastSourcesSize;
    return true;
  }
  const before = size;
  filled = false;
  if (!objectsOf(source, 1)(v)) return false;
  // A list given defaults no longer reads as its text did: the next list is compared with it
  // only if it was written in full.
  lastSources = filled ? null : (v as Record<string, unknown>[]);
  lastSourcesSize = size - before;
  return true;
}
const sourcesField: Check = () => true; // checked by acceptSources, which needs the holder

const INDICATOR = ruleOf(IndicatorSchema.shape, {
  key: (v) => typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) && plainString(v),
  name: label,
  nameEn: label,
  year: number((v) => Number.isInteger(v) && v >= 1990 && v <= 2100),
  value: finite,
  valueMax: finite,
  unit: label,
  kind: oneOf(INDICATOR_KINDS),
  measure: oneOf(INDICATOR_MEASURES),
  period: (v) => typeof v === 'string' && PERIOD.test(v) && plainString(v),
  sources: sourcesField,
});
const indicator = (v: unknown): Obj | null => {
  const o = acceptObject(v, INDICATOR);
  if (!o || !acceptSources(o) || indicatorIssues(o as Parameters<typeof indicatorIssues>[0]).length > 0) return null;
  return o;
};

const base = {
  id: (v: unknown) => typeof v === 'string' && v.length <= MAX_ID_LENGTH && NODE_ID.test(v) && plainString(v),
  name: label,
  nameEn: label,
  aliases: arrayOf(label),
  status: oneOf(STATUSES),
  sources: sourcesField,
};
const NODE_RULES = new Map<unknown, ObjectRule>([
  [
    'CLUSTER',
    ruleOf(ClusterSchema.shape, {
      ...base,
      kind: plainString,
      tier: oneOf(CLUSTER_TIERS),
      indicators: objectsOf(indicator),
    }),
  ],
  [
    'ZONE',
    ruleOf(ZoneSchema.shape, {
      ...base,
      kind: plainString,
      zoneKind: oneOf(ZONE_KINDS),
      indicators: objectsOf(indicator),
    }),
  ],
  ['ENTERPRISE', ruleOf(EnterpriseSchema.shape, { ...base, kind: plainString })],
  [
    'INSTITUTION',
    ruleOf(InstitutionSchema.shape, { ...base, kind: plainString, institutionKind: oneOf(INSTITUTION_KINDS) }),
  ],
  ['PRODUCT', ruleOf(ProductSchema.shape, { ...base, kind: plainString })],
]);
const PREFIX = new Map<unknown, string>(Object.entries(ID_PREFIX).map(([kind, p]) => [kind, `${p}:`]));

/**
 * The node, when it certainly passes NodeSchema unchanged and its id has its kind's prefix (the
 * graph rule validate.ts checks next); else null.
 */
export function acceptNode(raw: unknown): GraphNode | null {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  const rule = NODE_RULES.get(kind);
  const node = rule ? acceptObject(raw, rule) : null;
  if (!node || !acceptSources(node)) return null;
  if (!(node.id as string).startsWith(PREFIX.get(kind) as string)) return null;
  return node as unknown as GraphNode;
}

const EDGE = ruleOf(EdgeSchema.shape, {
  // The ends are looked up among the nodes (only a node id, plain, is found); a derived id is
  // then right and plain too, another id is checked below.
  id: plainString,
  type: oneOf(REL_TYPES),
  source: plainString,
  target: plainString,
  status: oneOf(STATUSES),
  sources: sourcesField,
});

/**
 * The edge, when it certainly passes EdgeSchema unchanged provided its ends are node ids (the
 * caller looks them up); its id is set when absent. Else null.
 */
export function acceptEdge(raw: unknown): GraphEdge | null {
  const accepted = acceptObject(raw, EDGE);
  if (!accepted || !acceptSources(accepted)) return null;
  const edge = accepted as unknown as GraphEdge;
  if (edge.id === undefined) edge.id = `${edge.source}-[${edge.type}]->${edge.target}`;
  else if (!isDerivedId(edge)) {
    if (!label(edge.id)) return null;
    // Counted plain above, and now again as a label: keep the label's length.
    size -= edge.id.length + 2;
  }
  return edge;
}

/** Whether the edge's id is `source-[TYPE]->target` (checked without building that string). */
export function isDerivedId(e: Pick<GraphEdge, 'id' | 'source' | 'type' | 'target'>): boolean {
  const { id, source, type, target } = e;
  const at = source.length;
  return (
    id.length === at + type.length + target.length + 5 &&
    id.startsWith(source) &&
    id.charCodeAt(at) === 45 && // -
    id.charCodeAt(at + 1) === 91 && // [
    id.startsWith(type, at + 2) &&
    id.startsWith(']->', at + 2 + type.length) &&
    id.endsWith(target)
  );
}
