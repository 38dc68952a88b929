// The facts computeGaps needs (server/store/semantics/gaps.ts), gathered in one read.
// Pairs are [key, value] lists; each CALL aggregates to exactly one row.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
CALL (gen) {
  MATCH (n:Entity)
  WHERE n.gen = gen AND n.kind IN ['PRODUCT', 'CLUSTER', 'ZONE']
  RETURN collect(n {.id, .kind, .name, .nameEn, .status, .tier}) AS nodes
}
// [input, product] for every INPUT_TO leaving a product.
CALL (gen) {
  MATCH (a:Product)-[:INPUT_TO]->(b:Entity)
  WHERE a.gen = gen
  RETURN collect([a.id, b.id]) AS inputs
}
// [product, status] once per PRODUCES relationship: PLANNED when the link or the producer is.
CALL (gen) {
  MATCH (p:Product)<-[r:PRODUCES]-(e:Entity)
  WHERE p.gen = gen
  RETURN collect([p.id, CASE WHEN r.status = 'PLANNED' OR e.status = 'PLANNED' THEN 'PLANNED' ELSE 'EXISTING' END]) AS producers
}
// [product, zone]: where its producers sit.
CALL (gen) {
  MATCH (p:Product)<-[:PRODUCES]-(:Entity)-[:LOCATED_IN]->(z:Entity)
  WHERE p.gen = gen
  RETURN collect([p.id, z.id]) AS productZones
}
// [product, cluster]: clusters a producer is a member of, or that focus on the product.
// (A union subquery may yield no rows, so each is wrapped in one that always aggregates to one.)
CALL (gen) {
  CALL (gen) {
    MATCH (p:Product)<-[:PRODUCES]-(:Entity)-[:MEMBER_OF]->(c:Entity)
    WHERE p.gen = gen
    RETURN [p.id, c.id] AS pair
    UNION ALL
    MATCH (p:Product)<-[:FOCUSES_ON]-(c:Entity)
    WHERE p.gen = gen
    RETURN [p.id, c.id] AS pair
  }
  RETURN collect(pair) AS productClusters
}
// [cluster, zone]: where the cluster itself or one of its members sits.
CALL (gen) {
  CALL (gen) {
    MATCH (c:Cluster)-[:LOCATED_IN]->(z:Entity)
    WHERE c.gen = gen
    RETURN [c.id, z.id] AS pair
    UNION ALL
    MATCH (c:Cluster)<-[:MEMBER_OF]-(:Entity)-[:LOCATED_IN]->(z:Entity)
    WHERE c.gen = gen
    RETURN [c.id, z.id] AS pair
  }
  RETURN collect(pair) AS clusterZones
}
// Clusters an institution is linked to: directly, through a product they focus on, or through a member.
CALL (gen) {
  MATCH (c:Cluster)
  WHERE c.gen = gen AND (EXISTS { (c)-[:RESEARCHES|COOPERATES_WITH|MEMBER_OF]-(:Institution) }
     OR EXISTS { (c)-[:FOCUSES_ON]->(:Entity)<-[:RESEARCHES]-(:Institution) }
     OR EXISTS { (c)<-[:MEMBER_OF]-(:Entity)-[:COOPERATES_WITH]-(:Institution) })
  RETURN collect(c.id) AS researched
}
// [zone, ancestor] for every zone it is PART_OF, transitively (itself excluded).
CALL (gen) {
  MATCH (z:Zone)-[:PART_OF*1..]->(a:Entity)
  WHERE z.gen = gen AND a <> z
  RETURN collect(DISTINCT [z.id, a.id]) AS zoneAncestors
}
RETURN nodes, inputs, producers, productZones, productClusters, clusterZones, researched, zoneAncestors
