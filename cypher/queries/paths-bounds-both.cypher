// Distance bounds for k paths (server/store/neo4j/paths.ts), relationships either way: a
// breadth-first walk from $from ($fromDepth hops, 1..3) and one to $to ($toDepth hops, 0..3),
// each a guarded branch per depth with a pruning breadth-first expand, as in walk-both.cypher.
// Only the nodes a path of at most $fromDepth + $toDepth hops can pass through with a bound
// that matters come back, as [id, distance from $from, distance to $to] (null: beyond that
// walk): a node on the outer shell of one walk that the other walk did not reach could only
// stand on a longer path, so it is left out rather than shipped. $from and $to are always kept.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (a:Entity {gen: gen, id: $from}), (b:Entity {gen: gen, id: $to})
CALL (a, b) {
  WITH a, b WHERE $fromDepth = 1
  MATCH (a)-[rs*1..1]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, 0 AS side, min(size(rs)) AS d
  UNION
  WITH a, b WHERE $fromDepth = 2
  MATCH (a)-[rs*1..2]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, 0 AS side, min(size(rs)) AS d
  UNION
  WITH a, b WHERE $fromDepth = 3
  MATCH (a)-[rs*1..3]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, 0 AS side, min(size(rs)) AS d
  UNION
  WITH a, b WHERE $toDepth = 1
  MATCH (b)-[rs*1..1]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, 1 AS side, min(size(rs)) AS d
  UNION
  WITH a, b WHERE $toDepth = 2
  MATCH (b)-[rs*1..2]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, 1 AS side, min(size(rs)) AS d
  UNION
  WITH a, b WHERE $toDepth = 3
  MATCH (b)-[rs*1..3]-(v:Entity)
  WHERE all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  RETURN v, 1 AS side, min(size(rs)) AS d
}
WITH a, b, v, side, d
WHERE NOT (side = 0 AND v = a) AND NOT (side = 1 AND v = b)
WITH a, b, v, min(CASE side WHEN 0 THEN d END) AS df, min(CASE side WHEN 1 THEN d END) AS dt
WHERE v = a OR v = b OR df < $fromDepth OR dt < $toDepth OR (df IS NOT NULL AND dt IS NOT NULL)
RETURN collect([v.id, df, dt]) AS bounds
