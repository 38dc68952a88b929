/**
 * alias-shared — one written form, one node. When two nodes share a name or an alias (孵化经济
 * for a cluster and a product), search and the reader cannot tell which one the plan meant.
 * Each node holding a shared form is reported, so each can acknowledge it on its own.
 */
import type { GraphNode } from '../../../domain/model';
import { squash, writtenForms } from '../text';
import { type Finding, type LintCheck, target } from '../types';

export const aliasShared: LintCheck = {
  rule: 'alias-shared',
  description: 'no name or alias belongs to two nodes',
  check(ctx) {
    const holders = new Map<string, GraphNode[]>();
    for (const node of ctx.dataset.nodes) {
      for (const form of new Set(writtenForms(node).map(squash))) {
        const list = holders.get(form) ?? [];
        list.push(node);
        holders.set(form, list);
      }
    }
    const out: Finding[] = [];
    for (const node of ctx.dataset.nodes) {
      const seen = new Set<string>();
      for (const form of writtenForms(node)) {
        const key = squash(form);
        if (seen.has(key)) continue;
        seen.add(key);
        const others = (holders.get(key) ?? []).filter((n) => n.id !== node.id);
        if (others.length === 0) continue;
        const list = others.map((n) => n.id).join(', ');
        out.push({
          rule: 'alias-shared',
          target: target.node(ctx, node, form === node.name ? 'name' : 'aliases'),
          message: `「${form}」也是 ${list} 的名称或别名 (also a name or alias of ${list})`,
        });
      }
    }
    return out;
  },
};
