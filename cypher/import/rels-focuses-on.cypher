// One batch of FOCUSES_ON relationships between nodes of generation $gen, each end named by the
// element id its node batch returned. A row whose endpoint is missing matches nothing, so `written`
// falls short of the batch and the load fails (and drops the generation it was writing).
// (An element id can be reused once its node is deleted, hence the check of `gen`.)
// The properties are set in the CREATE itself (a SET after it would need an Eager).
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row.source AND a.gen = $gen
MATCH (b:Entity) WHERE elementId(b) = row.target AND b.gen = $gen
CREATE (a)-[r:FOCUSES_ON {id: row.id, status: row.status, sources: row.sources}]->(b)
RETURN count(r) AS written
