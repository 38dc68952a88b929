/** Heavy queries built from the explorer's own documents, for the budget and load tests. */
import { Q } from '../../client/src/lib/queries';

const GAP_SELECTION = Q.gaps.slice(Q.gaps.indexOf('gaps {') + 'gaps'.length, Q.gaps.indexOf('}\n}\n') + 2);
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
