// A change writes one Enterprise node (mutations.ts): into the current generation (docs/neo4j.md),
// MERGEd on (gen, id) so an update overwrites the node's properties in place; `row` holds the
// node's properties (as the import's, with `version`), and `gen` is the version node's.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
UNWIND $rows AS row
MERGE (n:Entity:Enterprise {gen: gen, id: row.id})
SET n = row {.*, gen: gen}
RETURN count(n) AS written
