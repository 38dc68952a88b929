// Every relationship between entities, for dump().
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (:Entity {gen: gen})-[r]->(:Entity)
RETURN {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, status: r.status, sources: r.sources} AS edge
