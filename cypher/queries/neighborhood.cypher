// A neighbourhood in ONE read: the start node (no row when the id is unknown), the nodes kept
// with every relationship among them whose type is allowed, and how many nodes were reached
// (OPTIONAL CALL: a node without neighbours still has its row).
// Nodes are reached breadth-first within $depth hops (1..3, one guarded branch per depth as in
// walk-both.cypher) along $types, only through nodes of $kinds; they are ordered by depth then
// id and the first $room kept, which is the memory store's cut (each level whole while it fits,
// then the smallest ids of the level where the limit falls). The relationships among the kept
// nodes are found as in induced.cypher (outgoing from each, the far end one of them), and nodes
// and relationships come back as tuples (rows.ts NodeTuple / EdgeTuple).
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (s:Entity {gen: gen, id: $id})
OPTIONAL CALL (s) {
  WITH s WHERE $depth = 1
  MATCH (s)-[rs*1..1]-(v:Entity)
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types)
    AND ($kinds IS NULL OR ((startNode(r) = s OR startNode(r).kind IN $kinds) AND (endNode(r) = s OR endNode(r).kind IN $kinds))))
  RETURN v, min(size(rs)) AS depth
  UNION
  WITH s WHERE $depth = 2
  MATCH (s)-[rs*1..2]-(v:Entity)
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types)
    AND ($kinds IS NULL OR ((startNode(r) = s OR startNode(r).kind IN $kinds) AND (endNode(r) = s OR endNode(r).kind IN $kinds))))
  RETURN v, min(size(rs)) AS depth
  UNION
  WITH s WHERE $depth = 3
  MATCH (s)-[rs*1..3]-(v:Entity)
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types)
    AND ($kinds IS NULL OR ((startNode(r) = s OR startNode(r).kind IN $kinds) AND (endNode(r) = s OR endNode(r).kind IN $kinds))))
  RETURN v, min(size(rs)) AS depth
}
WITH s, v, depth
ORDER BY depth, v.id
WITH s, [x IN collect(v) WHERE x <> s] AS reached
WITH s, [s] + reached[0..$room] AS ns, size(reached) + 1 AS total
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns AND ($types IS NULL OR type(r) IN $types)
  RETURN collect([r.id, type(r), a.id, b.id, r.status, r.sources]) AS edges
}
RETURN s {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (s)--() }} AS node,
       [n IN ns | [n.id, n.kind, n.name, n.nameEn, n.aliases, n.status, n.tier, n.zoneKind, n.institutionKind, n.indicators, n.sources, COUNT { (n)--() }]] AS nodes,
       edges,
       total
