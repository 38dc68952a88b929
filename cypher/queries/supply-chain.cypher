// A supply chain in ONE read: the start product (none when the id is unknown), the products
// reached along INPUT_TO within $maxDepth hops (1..6) upstream (against it, when $up) and
// downstream (along it, when $down), whoever PRODUCES one of them, and every INPUT_TO, PRODUCES
// and SUPPLIES among all these, found as in induced.cypher; nodes and relationships as tuples
// (rows.ts NodeTuple / EdgeTuple). One guarded branch per direction and depth, as in walk-out.cypher.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (p:Entity {gen: gen, id: $id})
OPTIONAL CALL (p) {
  WITH p WHERE $up AND $maxDepth = 1
  MATCH (p)<-[:INPUT_TO*1..1]-(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $up AND $maxDepth = 2
  MATCH (p)<-[:INPUT_TO*1..2]-(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $up AND $maxDepth = 3
  MATCH (p)<-[:INPUT_TO*1..3]-(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $up AND $maxDepth = 4
  MATCH (p)<-[:INPUT_TO*1..4]-(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $up AND $maxDepth = 5
  MATCH (p)<-[:INPUT_TO*1..5]-(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $up AND $maxDepth = 6
  MATCH (p)<-[:INPUT_TO*1..6]-(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $down AND $maxDepth = 1
  MATCH (p)-[:INPUT_TO*1..1]->(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $down AND $maxDepth = 2
  MATCH (p)-[:INPUT_TO*1..2]->(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $down AND $maxDepth = 3
  MATCH (p)-[:INPUT_TO*1..3]->(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $down AND $maxDepth = 4
  MATCH (p)-[:INPUT_TO*1..4]->(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $down AND $maxDepth = 5
  MATCH (p)-[:INPUT_TO*1..5]->(x:Entity)
  RETURN DISTINCT x
  UNION
  WITH p WHERE $down AND $maxDepth = 6
  MATCH (p)-[:INPUT_TO*1..6]->(x:Entity)
  RETURN DISTINCT x
}
WITH p, collect(DISTINCT x) AS reached
WITH p, [x IN reached WHERE x <> p] AS reached
WITH p, [p] + reached AS products
CALL (products) {
  UNWIND products AS x
  OPTIONAL MATCH (x)<-[:PRODUCES]-(e:Entity)
  RETURN collect(DISTINCT e) AS producers
}
WITH p, products + [e IN producers WHERE NOT e IN products] AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r:INPUT_TO|PRODUCES|SUPPLIES]->(b)
  WHERE b IN ns
  RETURN collect([r.id, type(r), a.id, b.id, r.status, r.sources]) AS edges
}
RETURN p {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (p)--() }} AS node,
       [n IN ns | [n.id, n.kind, n.name, n.nameEn, n.aliases, n.status, n.tier, n.zoneKind, n.institutionKind, n.indicators, n.sources, COUNT { (n)--() }]] AS nodes,
       edges
