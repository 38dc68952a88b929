// The versions of nodes (1 as loaded), in the current generation.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
UNWIND $ids AS id
MATCH (n:Entity {gen: gen, id: id})
RETURN id, coalesce(n.version, 1) AS version
