// A node's relationships, each once, as a change that deletes the node records them.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (n:Entity {gen: gen, id: $id})-[r]-()
WITH DISTINCT r
RETURN r {.id, .status, .sources, type: type(r), source: startNode(r).id, target: endNode(r).id, version: coalesce(r.version, 1)} AS edge
ORDER BY edge.id
