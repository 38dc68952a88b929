// A change writes one FOCUSES_ON relationship (mutations.ts) between two nodes of the current
// generation, found by (gen, id); MERGEd on its id. A row whose end is missing matches nothing,
// so `written` falls short and the change fails.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
UNWIND $rows AS row
MATCH (a:Entity {gen: gen, id: row.source})
MATCH (b:Entity {gen: gen, id: row.target})
MERGE (a)-[r:FOCUSES_ON {id: row.id}]->(b)
SET r = {id: row.id, status: row.status, sources: row.sources, version: row.version}
RETURN count(r) AS written
