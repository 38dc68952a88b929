// The ids of a kind-filtered subgraph: the first $limit by id, and how many there are in all.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (n:Entity)
WHERE n.gen = gen AND ($kinds IS NULL OR n.kind IN $kinds)
WITH n.id AS id
ORDER BY id
WITH collect(id) AS ids
RETURN ids[0..$limit] AS kept, size(ids) AS total
