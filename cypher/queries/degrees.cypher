// Relationships touching each of the given nodes (either way), for leaving hubs out of paths.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, COUNT { (n)--() } AS degree
