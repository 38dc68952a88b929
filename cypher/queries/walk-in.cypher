// Breadth-first levels from $start along the allowed $types, from target to source (against each relationship), up to $depth hops
// (1..6): every node reached with its distance, optionally only those of $kind.
// A pattern's length cannot be a parameter, so each depth is a branch guarded by $depth and
// only that branch expands. Each branch is a DISTINCT end node with min(size(rs)), which Neo4j
// plans as a pruning breadth-first expand (VarLengthExpand(Pruning,BFS)): every node is
// visited once at its least depth, as the memory store's walk does. The answer is one row of
// parallel lists (a walk can reach thousands of nodes, and one row decodes far faster than many).
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (s:Entity {gen: gen, id: $start})
CALL (s) {
  WITH s WHERE $depth = 1
  MATCH (s)<-[rs*1..1]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, min(size(rs)) AS depth
  UNION
  WITH s WHERE $depth = 2
  MATCH (s)<-[rs*1..2]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, min(size(rs)) AS depth
  UNION
  WITH s WHERE $depth = 3
  MATCH (s)<-[rs*1..3]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, min(size(rs)) AS depth
  UNION
  WITH s WHERE $depth = 4
  MATCH (s)<-[rs*1..4]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, min(size(rs)) AS depth
  UNION
  WITH s WHERE $depth = 5
  MATCH (s)<-[rs*1..5]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, min(size(rs)) AS depth
  UNION
  WITH s WHERE $depth = 6
  MATCH (s)<-[rs*1..6]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, min(size(rs)) AS depth
}
WITH s, v, depth
WHERE v <> s AND ($kind IS NULL OR v.kind = $kind)
RETURN collect(v.id) AS ids, collect(v.kind) AS kinds, collect(depth) AS depths
