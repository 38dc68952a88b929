// The versions of relationships, each found between its ends.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
UNWIND $edges AS e
MATCH (:Entity {gen: gen, id: e.source})-[r {id: e.id}]->(:Entity {gen: gen, id: e.target})
RETURN e.id AS id, coalesce(r.version, 1) AS version
