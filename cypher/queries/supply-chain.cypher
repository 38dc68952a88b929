// The members of a supply chain in one read: the start product (none when the id is unknown),
// the products reached along INPUT_TO within $maxDepth hops (1..6) upstream (against it, when
// $up) and downstream (along it, when $down), and whoever PRODUCES one of them. One guarded
// branch per direction and depth, as in walk-out.cypher.
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
  MATCH (x)<-[:PRODUCES]-(e:Entity)
  RETURN collect(DISTINCT e.id) AS producers
}
RETURN p {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (p)--() }} AS node,
       [x IN products | x.id] AS products,
       producers
