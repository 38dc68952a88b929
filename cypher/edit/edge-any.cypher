// One relationship by an id that does not name its ends (a dataset's own id): a scan of the current generation.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (:Entity {gen: gen})-[r {id: $id}]->()
RETURN r {.id, .status, .sources, type: type(r), source: startNode(r).id, target: endNode(r).id, version: coalesce(r.version, 1)} AS edge
LIMIT 1
