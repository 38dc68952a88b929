// The simple paths of exactly 3 hops from $from to $to; see paths-1.cypher for the scheme.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH p = (n0:Entity {gen: gen, id: $from})-[r1]-(n1:Entity)-[r2]-(n2:Entity)-[r3]-(n3:Entity {gen: gen, id: $to})
WHERE n1.id IN $layers[1]
  AND n2.id IN $layers[2]
  AND ($types IS NULL OR type(r1) IN $types) AND ($directed = false OR startNode(r1) = n0)
  AND ($types IS NULL OR type(r2) IN $types) AND ($directed = false OR startNode(r2) = n1)
  AND ($types IS NULL OR type(r3) IN $types) AND ($directed = false OR startNode(r3) = n2)
WITH p, [n IN nodes(p) | n.id] AS ids
WHERE all(i IN range(0, size(ids) - 2) WHERE NOT ids[i] IN ids[i + 1..])
WITH p, ids
ORDER BY ids, [r IN relationships(p) | r.id]
LIMIT $first
RETURN [n IN nodes(p) | n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, status: r.status, sources: r.sources}] AS edges
