// The facts the chain analyses read (server/store/semantics/chain/facts.ts), gathered in one
// read. Tuples are lists; each CALL aggregates to exactly one row.
// The current generation (docs/neo4j.md): each entry point below filters on it, and the home
// zone is the version node's (written with the switch, so it belongs to that generation).
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
WITH v, coalesce(v.gen, 0) AS gen
CALL (gen) {
  MATCH (p:Product)
  WHERE p.gen = gen
  RETURN collect([p.id, p.name, p.nameEn, p.status]) AS products
}
CALL (gen) {
  MATCH (z:Zone)
  WHERE z.gen = gen
  RETURN collect([z.id, z.name, z.nameEn]) AS zones
}
CALL (gen) {
  MATCH (c:Cluster)
  WHERE c.gen = gen
  RETURN collect(c.id) AS clusters
}
CALL (gen) {
  MATCH (e:Enterprise)
  WHERE e.gen = gen
  RETURN collect(e.id) AS enterprises
}
CALL (gen) {
  MATCH (a:Zone)-[:PART_OF]->(b:Entity)
  WHERE a.gen = gen
  RETURN collect([a.id, b.id]) AS partOf
}
CALL (gen) {
  MATCH (a:Product)-[r:INPUT_TO]->(b:Entity)
  WHERE a.gen = gen
  RETURN collect([a.id, b.id, r.id]) AS inputs
}
// PLANNED when the link or the enterprise is.
CALL (gen) {
  MATCH (e:Enterprise)-[r:PRODUCES]->(p:Entity)
  WHERE e.gen = gen
  RETURN collect([e.id, p.id, r.id, r.status = 'PLANNED' OR e.status = 'PLANNED']) AS produces
}
CALL (gen) {
  MATCH (n:Entity)-[:LOCATED_IN]->(z:Entity)
  WHERE n.gen = gen
  RETURN collect([n.id, z.id]) AS located
}
CALL (gen) {
  MATCH (n:Entity)-[:MEMBER_OF]->(c:Entity)
  WHERE n.gen = gen
  RETURN collect([n.id, c.id]) AS memberOf
}
CALL (gen) {
  MATCH (c:Cluster)-[:FOCUSES_ON]->(p:Entity)
  WHERE c.gen = gen
  RETURN collect([c.id, p.id]) AS focuses
}
CALL (gen) {
  MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Entity)
  WHERE a.gen = gen
  RETURN collect([a.id, b.id, r.id]) AS supplies
}
CALL (gen) {
  MATCH (a:Entity)-[r:COOPERATES_WITH]->(b:Entity)
  WHERE a.gen = gen AND ((a:Enterprise AND b:Institution) OR (a:Institution AND b:Enterprise))
  RETURN collect([a.id, b.id, r.id]) AS cooperates
}
RETURN v.homeZoneId AS homeZoneId, products, zones, clusters, enterprises, partOf, inputs, produces, located,
       memberOf, focuses, supplies, cooperates
