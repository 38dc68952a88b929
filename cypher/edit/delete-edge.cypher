MATCH (:Entity {id: $source})-[r {id: $id}]->(:Entity {id: $target})
DELETE r
RETURN count(*) AS deleted
