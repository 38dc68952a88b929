// A neighbourhood in one read: the start node (no row when the id is unknown), the ids kept
// and how many nodes were reached (OPTIONAL CALL: a node without neighbours still has its row).
// Nodes are reached breadth-first within $depth hops (1..3, one guarded branch per depth as in
// walk-both.cypher) along $types, only through nodes of $kinds; they are ordered by depth then
// id and the first $room kept, which is the memory store's cut (each level whole while it fits,
// then the smallest ids of the level where the limit falls). Only the kept ids come back.
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
WITH s, [x IN collect(v) WHERE x <> s | x.id] AS reached
RETURN s {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (s)--() }} AS node,
       reached[0..$room] AS kept,
       size(reached) + 1 AS total
