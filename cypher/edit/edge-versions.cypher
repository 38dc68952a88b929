// The versions of relationships, each found between its ends.
UNWIND $edges AS e
MATCH (:Entity {id: e.source})-[r {id: e.id}]->(:Entity {id: e.target})
RETURN e.id AS id, coalesce(r.version, 1) AS version
