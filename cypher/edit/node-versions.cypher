// The versions of nodes (1 as loaded).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, coalesce(n.version, 1) AS version
