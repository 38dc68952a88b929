// A node's distinct neighbours by relationship type and the neighbour's kind, either direction:
// what an expand of one type would add (the explorer's expand menu). The adapter orders them.
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE m <> n
RETURN type(r) AS type, m.kind AS kind, count(DISTINCT m) AS count
