// The given nodes and every relationship among them whose type is allowed, in one read.
// Relationships are found from their start node, outgoing only: the hubs of this graph (zones,
// clusters, common products) have few outgoing relationships and thousands incoming, so no hub's
// incoming list is read; the far end is kept when its id is one of $ids.
MATCH (n:Entity)
WHERE n.id IN $ids
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, status: r.status, sources: r.sources}) AS edges
}
RETURN [n IN ns | n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }}] AS nodes,
       edges
