// Partner candidates of some products (one for partners(), every gap's product for gaps()).
// One branch per rule of the memory store's PARTNER_RULES (server/store/memory/partners.ts),
// each yielding the walk from the product to the partner. Scores, the best path per partner
// and the order are decided by the shared rankPartners. Candidates name their nodes by id (the
// same few nodes recur in many candidates), and each node comes back once.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
// (:Entity and then the label: the (gen, id) constraint is on :Entity, and a :Product scan is not.)
MATCH (p:Entity)
WHERE p.gen = gen AND p.id IN $ids AND p:Product
CALL (p) {
  MATCH (p)<-[r1:PRODUCES]-(e:Enterprise)
  RETURN 'PRODUCER' AS role, [p, e] AS ns, [r1] AS rs
  UNION ALL
  MATCH (p)<-[r1:INPUT_TO]-(i:Product)<-[r2:PRODUCES]-(e:Enterprise)
  RETURN 'SUPPLIER' AS role, [p, i, e] AS ns, [r1, r2] AS rs
  UNION ALL
  MATCH (p)<-[r1:INPUT_TO]-(i1:Product)<-[r2:INPUT_TO]-(i2:Product)<-[r3:PRODUCES]-(e:Enterprise)
  WHERE i2 <> p
  RETURN 'SUPPLIER' AS role, [p, i1, i2, e] AS ns, [r1, r2, r3] AS rs
  UNION ALL
  MATCH (p)<-[r1:PRODUCES]-(e1:Enterprise)<-[r2:SUPPLIES]-(e2:Enterprise)
  RETURN 'SUPPLIER' AS role, [p, e1, e2] AS ns, [r1, r2] AS rs
  UNION ALL
  MATCH (p)-[r1:INPUT_TO]->(o:Product)<-[r2:PRODUCES]-(e:Enterprise)
  RETURN 'CUSTOMER' AS role, [p, o, e] AS ns, [r1, r2] AS rs
  UNION ALL
  MATCH (p)<-[r1:PRODUCES]-(e1:Enterprise)-[r2:SUPPLIES]->(e2:Enterprise)
  RETURN 'CUSTOMER' AS role, [p, e1, e2] AS ns, [r1, r2] AS rs
  UNION ALL
  MATCH (p)<-[r1:RESEARCHES]-(i:Institution)
  RETURN 'RESEARCH_PARTNER' AS role, [p, i] AS ns, [r1] AS rs
  UNION ALL
  MATCH (p)<-[r1:FOCUSES_ON]-(c:Cluster)-[r2:RESEARCHES|COOPERATES_WITH|MEMBER_OF]-(i:Institution)
  RETURN 'RESEARCH_PARTNER' AS role, [p, c, i] AS ns, [r1, r2] AS rs
  UNION ALL
  MATCH (p)<-[r1:PRODUCES]-(e:Enterprise)-[r2:COOPERATES_WITH]-(i:Institution)
  RETURN 'RESEARCH_PARTNER' AS role, [p, e, i] AS ns, [r1, r2] AS rs
  UNION ALL
  MATCH (p)<-[r1:PRODUCES]-(e:Enterprise)-[r2:LOCATED_IN]->(z:Zone)
  RETURN 'HOST_ZONE' AS role, [p, e, z] AS ns, [r1, r2] AS rs
  UNION ALL
  MATCH (p)<-[r1:FOCUSES_ON]-(c:Cluster)-[r2:LOCATED_IN]->(z:Zone)
  RETURN 'HOST_ZONE' AS role, [p, c, z] AS ns, [r1, r2] AS rs
}
// One row: the candidates as [productId, role, node ids, edge tuples] and every node they pass
// through once, as tuples (rows.ts NodeTuple / EdgeTuple; lists decode faster than maps).
WITH collect([p.id, role, [n IN ns | n.id], [r IN rs | [r.id, type(r), startNode(r).id, endNode(r).id, r.status, r.sources]]]) AS candidates,
     collect(ns) AS walks
CALL (walks) {
  UNWIND walks AS walk
  UNWIND walk AS n
  WITH DISTINCT n
  RETURN collect([n.id, n.kind, n.name, n.nameEn, n.aliases, n.status, n.tier, n.zoneKind, n.institutionKind, n.indicators, n.sources, COUNT { (n)--() }]) AS nodes
}
RETURN candidates, nodes
