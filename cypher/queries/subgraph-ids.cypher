// The ids of a kind-filtered subgraph: the first $limit by id, and how many there are in all.
MATCH (n:Entity)
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n.id AS id
ORDER BY id
WITH collect(id) AS ids
RETURN ids[0..$limit] AS kept, size(ids) AS total
