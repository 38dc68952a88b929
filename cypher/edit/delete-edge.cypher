// One relationship of the current generation, found between its ends, deleted.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (:Entity {gen: gen, id: $source})-[r {id: $id}]->(:Entity {gen: gen, id: $target})
DELETE r
RETURN count(*) AS deleted
