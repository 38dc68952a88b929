/**
 * stated-names-end — a relationship marked `stated: true` should quote the plan where it says
 * the link: the quote or its section names at least one end (by name or alias). A quote that
 * names neither end (合作园区要广泛延伸 for five parks PART_OF the zone) is a heading or a
 * context, and the link is implied at most: `stated: false` with a note says so.
 */
import { names } from '../text';
import { type Finding, type LintCheck, target } from '../types';

export const statedNamesEnd: LintCheck = {
  rule: 'stated-names-end',
  description: 'a stated relationship quotes text that names one of its ends',
  check(ctx) {
    const out: Finding[] = [];
    ctx.dataset.edges.forEach((edge, index) => {
      const from = ctx.byId.get(edge.source);
      const to = ctx.byId.get(edge.target);
      if (!from || !to) return;
      edge.sources.forEach((s, k) => {
        if (!s.stated) return;
        const text = `${s.quote}\n${s.section}`;
        if (names(text, from) || names(text, to)) return;
        out.push({
          rule: 'stated-names-end',
          target: target.edge(index, edge, 'sources', k),
          message:
            `出处「${s.quote}」（${s.section}）既未点名 ${from.name} 也未点名 ${to.name}；只是推断的关系应写 stated: false 并注明理由` +
            ` (the quote and section name neither end; an implied link is stated: false with a note)`,
        });
      });
    });
    return out;
  },
};
