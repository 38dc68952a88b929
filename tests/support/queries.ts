/** Heavy queries built from the explorer's own documents, for the budget and load tests. */
import { Q } from '../../client/src/lib/queries';

/** The selection of the explorer's `gaps` field (from its `{` to the matching `}`) and its fragments. */
const GAP_FIELD = Q.gaps.indexOf('  gaps');
const GAP_SELECTION = Q.gaps.slice(Q.gaps.indexOf('{', GAP_FIELD), Q.gaps.indexOf('\n  }\n', GAP_FIELD) + 4);
const GAP_FRAGMENTS = Q.gaps.slice(Q.gaps.indexOf('fragment N'));

/** The explorer's gap report `copies` times over, under aliases `<tag>_<i>` (a distinct text per tag). */
export function gapReports(copies: number, tag = 'g'): string {
  const fields = Array.from({ length: copies }, (_, i) => `${tag}_${i}: gaps ${GAP_SELECTION}`).join('\n');
  return `query Heavy {\n${fields}\n}\n${GAP_FRAGMENTS}`;
}

/** Issue 12's stall: 15 aliased `gaps` plus one, with partners, their paths and every node's sources. */
export const SIXTEEN_GAP_REPORTS = `{ gaps { suggestedPartners { path { nodes { id name sources { quote section stated note } } } } } ${Array.from(
  { length: 15 },
  (_, i) => `g${i}: gaps { suggestedPartners { path { nodes { id name sources { quote section stated note } } } } }`,
).join(' ')} }`;
