/**
 * Operations prepared once and kept: the query text is parsed and validated (the same rules as
 * Apollo's) the first time it is seen, and compiled with graphql-jit when it runs a second time;
 * every later request with the same text and operation name goes straight to coercing its
 * variables and running the compiled function. Compiling costs more than a cheap execution, so
 * a cheap text seen once is executed by graphql-js and never compiled; an expensive one is
 * compiled at once, because graphql-js makes some seven times the garbage graphql-jit does for
 * the same answer (150 MB for a 4 MB gap report), which is what fills the heap under load.
 * Compiled functions take ~1.2 KB of heap per character of query text: they are kept for a
 * bounded amount of text, least recently used out. What does not prepare cleanly (a syntax or validation error, an unknown operation
 * name, several operations and no name) is remembered as such, and Apollo answers it with its
 * own errors and status codes.
 */
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { SizeEstimate } from './response-size';

export interface PreparedOperation {
  /** Query text and operation name: what the response cache keys by. */
  readonly key: string;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  readonly fragments: Record<string, FragmentDefinitionNode>;
  /** Root fields whose answer size the store must be asked for (gaps, supplyChain, between). */
  readonly measures: boolean;
  /** Asks who is asking (or spreads a fragment at the root): never answered from the shared cache. */
  readonly personal: boolean;
  /** Runs the operation: graphql-js the first time (unless expensive), the compiled function from then on. */
  run(context: unknown, variables: unknown, expensive?: boolean): ExecutionResult | Promise<ExecutionResult>;
  /** Answer-size estimates already made, by data version and variables (budget.ts keeps them). */
  readonly estimates: Map<string, SizeEstimate>;
}

/** Root fields whose size only the data knows: the budget asks the store for them first. */
export const MEASURED_FIELDS = new Set(['gaps', 'supplyChain', 'between']);
/** Root fields whose answer depends on who asks. */
export const PERSONAL_FIELDS = new Set(['viewer', 'changes']);

/**
 * What is kept: operations up to this much query text in all (a parsed document holds some 80
 * bytes per character of text, so ~10 MB), none longer than KEPT_LENGTH. A client that sends
 * ever new texts only churns this much memory.
 */
const KEPT_TEXT = 128 * 1024;
const KEPT_LENGTH = 16 * 1024;
/** Compiled functions kept, by the length of their texts (~60 MB of heap at the most). */
const COMPILED_TEXT = 16 * 1024;

const keyOf = (query: string, operationName: string | undefined) =>
  operationName === undefined ? query : `${query}\u0000${operationName}`;

export class PreparedOperations {
  private readonly kept = new Map<string, PreparedOperation | null>();
  private keptText = 0;
  /** Keys of the operations holding a compiled function, least recently run first; `drop` forgets it. */
  private readonly compiled = new Map<string, () => void>();
  private compiledText = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
  ) {}

  /** The prepared operation, or null when Apollo should answer the request (it will refuse it). */
  get(query: string, operationName: string | undefined): PreparedOperation | null {
    const key = keyOf(query, operationName);
    let prepared = this.kept.get(key);
    if (prepared !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, prepared); // most recently used last
      return prepared;
    }
    prepared = this.prepare(key, query, operationName);
    if (key.length > KEPT_LENGTH) return prepared;
    this.kept.set(key, prepared);
    this.keptText += key.length;
    for (const oldest of this.kept.keys()) {
      if (this.keptText <= KEPT_TEXT) break;
      this.kept.delete(oldest);
      this.keptText -= oldest.length;
    }
    return prepared;
  }

  private prepare(key: string, query: string, operationName: string | undefined): PreparedOperation | null {
    let document: DocumentNode;
    try {
      document = parse(query, { noLocation: false });
    } catch {
      return null;
    }
    if (validate(this.schema, document, [...specifiedRules, ...this.rules]).length > 0) return null;
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const operation =
      operationName === undefined
        ? operations.length === 1
          ? operations[0]
          : undefined
        : operations.find((o) => o.name?.value === operationName);
    if (operation?.operation !== 'query') return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    const measures = operation.selectionSet.selections.some(
      (s) => s.kind !== Kind.FIELD || MEASURED_FIELDS.has(s.name.value),
    );
    const personal = operation.selectionSet.selections.some(
      (s) => s.kind !== Kind.FIELD || PERSONAL_FIELDS.has(s.name.value),
    );
    const schema = this.schema;
    const name = operation.name?.value;
    let runs = 0;
    let compiled: CompiledQuery | null = null;
    const run = (context: unknown, variables: unknown, expensive = false) => {
      if (compiled) this.used(key);
      else if (++runs >= 2 || expensive) {
        const made = compileQuery(schema, document, name);
        if (isCompiledQuery(made)) {
          compiled = made;
          this.keepCompiled(key, () => {
            compiled = null;
            runs = 0;
          });
        }
      }
      const variableValues = (variables ?? undefined) as Record<string, unknown> | undefined;
      if (compiled) return compiled.query(undefined, context, variableValues);
      return execute({ schema, document, operationName: name, contextValue: context, variableValues });
    };
    return { key, document, operation, fragments, measures, personal, run, estimates: new Map() };
  }

  private used(key: string): void {
    const drop = this.compiled.get(key);
    if (!drop) return;
    this.compiled.delete(key);
    this.compiled.set(key, drop);
  }

  private keepCompiled(key: string, drop: () => void): void {
    this.compiled.set(key, drop);
    this.compiledText += key.length;
    for (const [oldest, forget] of this.compiled) {
      if (this.compiledText <= COMPILED_TEXT) break;
      this.compiled.delete(oldest);
      this.compiledText -= oldest.length;
      forget();
    }
  }

  /** The variables as execution will see them, or null when they do not coerce (Apollo says why). */
  coerce(prepared: PreparedOperation, raw: unknown): Record<string, unknown> | null {
    if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) return null;
    const result = getVariableValues(
      this.schema,
      prepared.operation.variableDefinitions ?? [],
      (raw ?? {}) as Record<string, unknown>,
    );
    return result.errors ? null : result.coerced;
  }
}
