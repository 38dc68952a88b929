// Relationships touching each of the given nodes (either way), for leaving hubs out of paths.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (n:Entity)
WHERE n.gen = gen AND n.id IN $ids
RETURN n.id AS id, COUNT { (n)--() } AS degree
