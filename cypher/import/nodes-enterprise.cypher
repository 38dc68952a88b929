// One batch of Enterprise nodes, MERGEd on id so a batch run twice writes once; `row` holds scalar
// properties, string lists and JSON strings.
UNWIND $rows AS row
MERGE (n:Entity:Enterprise {id: row.id})
SET n = row
RETURN count(n) AS written
