// The facts the chain analyses read (server/store/semantics/chain/facts.ts), gathered in one
// read. Tuples are lists; each CALL aggregates to exactly one row.
CALL {
  MATCH (p:Product)
  RETURN collect([p.id, p.name, p.nameEn, p.status]) AS products
}
CALL {
  MATCH (z:Zone)
  RETURN collect([z.id, z.name, z.nameEn]) AS zones
}
CALL {
  MATCH (c:Cluster)
  RETURN collect(c.id) AS clusters
}
CALL {
  MATCH (e:Enterprise)
  RETURN collect(e.id) AS enterprises
}
CALL {
  MATCH (a:Zone)-[:PART_OF]->(b:Entity)
  RETURN collect([a.id, b.id]) AS partOf
}
CALL {
  MATCH (a:Product)-[r:INPUT_TO]->(b:Entity)
  RETURN collect([a.id, b.id, r.id]) AS inputs
}
// PLANNED when the link or the enterprise is.
CALL {
  MATCH (e:Enterprise)-[r:PRODUCES]->(p:Entity)
  RETURN collect([e.id, p.id, r.id, r.status = 'PLANNED' OR e.status = 'PLANNED']) AS produces
}
CALL {
  MATCH (n:Entity)-[:LOCATED_IN]->(z:Entity)
  RETURN collect([n.id, z.id]) AS located
}
CALL {
  MATCH (n:Entity)-[:MEMBER_OF]->(c:Entity)
  RETURN collect([n.id, c.id]) AS memberOf
}
CALL {
  MATCH (c:Cluster)-[:FOCUSES_ON]->(p:Entity)
  RETURN collect([c.id, p.id]) AS focuses
}
CALL {
  MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Entity)
  RETURN collect([a.id, b.id, r.id]) AS supplies
}
CALL {
  MATCH (a:Entity)-[r:COOPERATES_WITH]->(b:Entity)
  WHERE (a:Enterprise AND b:Institution) OR (a:Institution AND b:Enterprise)
  RETURN collect([a.id, b.id, r.id]) AS cooperates
}
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN v.homeZoneId AS homeZoneId, products, zones, clusters, enterprises, partOf, inputs, produces, located,
       memberOf, focuses, supplies, cooperates
