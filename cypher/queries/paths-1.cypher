// The simple paths of exactly ONE hop from $from to $to, in the memory store's order (by
// node-id sequence, then by relationship-id sequence), the first $first of them.
//
// paths-1 … paths-6 are one statement per length because Cypher cannot take a pattern's
// length as a parameter; 6 is the maxHops cap (CAPS.maxHops). The adapter asks for one length
// at a time, shortest first, as the memory store walks them. $layers[i] holds the nodes that can
// stand i hops along such a path (distance from $from ≤ i and distance to $to ≤ length − i,
// from two breadth-first walks), so every expansion step is pruned, not just the whole path.
// $directed (the SUPPLY_CHAIN lens) follows relationships only from source to target.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH p = (n0:Entity {gen: gen, id: $from})-[r1]-(n1:Entity {gen: gen, id: $to})
WHERE ($types IS NULL OR type(r1) IN $types) AND ($directed = false OR startNode(r1) = n0)
WITH p, [n IN nodes(p) | n.id] AS ids
WHERE all(i IN range(0, size(ids) - 2) WHERE NOT ids[i] IN ids[i + 1..])
WITH p, ids
ORDER BY ids, [r IN relationships(p) | r.id]
LIMIT $first
RETURN [n IN nodes(p) | n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, status: r.status, sources: r.sources}] AS edges
