// One relationship by id between its two ends (found through the ends' (gen, id) constraint), in the current generation.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (:Entity {gen: gen, id: $source})-[r {id: $id}]->(:Entity {gen: gen, id: $target})
RETURN r {.id, .status, .sources, type: type(r), source: startNode(r).id, target: endNode(r).id, version: coalesce(r.version, 1)} AS edge
