// The given nodes and every relationship among them whose type is allowed, in one read.
// Relationships are found from their start node, outgoing only: the hubs of this graph (zones,
// clusters, common products) have few outgoing relationships and thousands incoming, so no hub's
// incoming list is read; the far end is kept when it is one of the nodes (a node comparison,
// no property read). This answer can hold thousands of elements, so they come back as lists in
// the field order of NodeTuple / EdgeTuple (server/store/neo4j/rows.ts), which the driver
// decodes markedly faster than maps.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (n:Entity)
WHERE n.gen = gen AND n.id IN $ids
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns AND ($types IS NULL OR type(r) IN $types)
  RETURN collect([r.id, type(r), a.id, b.id, r.status, r.sources]) AS edges
}
RETURN [n IN ns | [n.id, n.kind, n.name, n.nameEn, n.aliases, n.status, n.tier, n.zoneKind, n.institutionKind, n.indicators, n.sources, COUNT { (n)--() }]] AS nodes,
       edges
