// A node's distinct neighbours by relationship type and the neighbour's kind, either direction:
// what an expand of one type would add (the explorer's expand menu). The adapter orders them.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (n:Entity {gen: gen, id: $id})-[r]-(m:Entity)
WHERE m <> n
RETURN type(r) AS type, m.kind AS kind, count(DISTINCT m) AS count
