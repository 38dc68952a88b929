/**
 * The id part made from an English name (`Harbin Heat-Pipe Tech.` → `harbin-heat-pipe-tech`):
 * lower-case ASCII letters and digits joined by `-`, at most 80 characters. The server makes a
 * new node's id with it (server/store/editing.ts makeNodeId) and the explorer too, where a change
 * set must name a node before the server has made it (client/src/lib/editing.ts); no dependency.
 */
export function nameSlug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
