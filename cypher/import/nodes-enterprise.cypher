// One batch of Enterprise nodes for generation $gen (docs/neo4j.md), CREATEd: a load writes a fresh
// generation, so there is nothing to merge with. `row` holds scalar properties (`gen` among them),
// string lists and JSON strings. Each node's element id comes back, for the relationships'
// batches to find it by (NodeByElementIdSeek, cheaper than an index seek).
UNWIND $rows AS row
CREATE (n:Entity:Enterprise)
SET n = row
RETURN collect([row.id, elementId(n)]) AS written
