// Partner candidates of some products (one for partners(), every gap's product for gaps()).
// One branch per rule of the memory store's PARTNER_RULES (server/store/memory/partners.ts),
// each yielding the walk from the product to the partner. Scores, the best path per partner
// and the order are decided by the shared rankPartners. Nodes come back as ids (the same
// few nodes recur in many candidates) and the adapter fetches each once.
MATCH (p:Product)
WHERE p.id IN $ids
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
RETURN p.id AS productId,
       role,
       [n IN ns | n.id] AS nodeIds,
       [r IN rs | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, status: r.status, sources: r.sources}] AS edges
