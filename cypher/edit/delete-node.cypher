// One node of the current generation and its relationships, deleted.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (n:Entity {gen: gen, id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
