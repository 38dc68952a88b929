/** Heavy queries built from the explorer's own documents, for the budget and load tests. */
import { type DefinitionNode, type FieldNode, Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { Q } from '../../client/src/lib/queries';

/** The explorer's gap query as a syntax tree: its `gaps` field and the fragments it spreads. */
const explorer = parse(Q.gaps);
const gapsField = (explorer.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode)
  .selectionSet.selections[0] as FieldNode;
const fragments = explorer.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);

/** The explorer's gap report `copies` times over, under aliases `<tag>_<i>` (a distinct text per tag). */
export function gapReports(copies: number, tag = 'g'): string {
  const fields: FieldNode[] = Array.from({ length: copies }, (_, i) => ({
    ...gapsField,
    alias: { kind: Kind.NAME, value: `${tag}_${i}` },
    arguments: [],
  }));
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: 'Heavy' },
    variableDefinitions: [],
    directives: [],
    selectionSet: { kind: Kind.SELECTION_SET, selections: fields },
  };
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] as DefinitionNode[] });
}

/** Issue 12's stall: 15 aliased `gaps` plus one, with partners, their paths and every node's sources. */
export const SIXTEEN_GAP_REPORTS = `{ gaps { suggestedPartners { path { nodes { id name sources { quote section stated note } } } } } ${Array.from(
  { length: 15 },
  (_, i) => `g${i}: gaps { suggestedPartners { path { nodes { id name sources { quote section stated note } } } } }`,
).join(' ')} }`;
