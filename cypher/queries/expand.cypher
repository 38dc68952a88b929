// One breadth-first level: the nodes one step from the frontier, along the allowed types in
// the given direction ('out', 'in' or 'both'), of the allowed kinds, not yet excluded.
// Walks run level by level from TypeScript so each level can be sorted exactly as in memory.
UNWIND $frontier AS fromId
MATCH (u:Entity {id: fromId})-[r]-(v:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = u))
  AND ($kinds IS NULL OR v.kind IN $kinds)
  AND NOT v.id IN $exclude
RETURN DISTINCT v.id AS id, v.kind AS kind
