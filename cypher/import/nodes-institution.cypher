// One batch of Institution nodes; `row` holds scalar properties, string lists and JSON strings.
UNWIND $rows AS row
CREATE (n:Entity:Institution)
SET n = row
RETURN count(n) AS written
