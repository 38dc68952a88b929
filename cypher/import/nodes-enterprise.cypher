// One batch of Enterprise nodes; `row` holds scalar properties, string lists and JSON strings.
UNWIND $rows AS row
CREATE (n:Entity:Enterprise)
SET n = row
RETURN count(n) AS written
