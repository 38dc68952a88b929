// One batch of Zone nodes; `row` holds scalar properties, string lists and JSON strings.
UNWIND $rows AS row
CREATE (n:Entity:Zone)
SET n = row
RETURN count(n) AS written
