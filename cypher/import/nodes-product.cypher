// One batch of Product nodes; `row` holds scalar properties, string lists and JSON strings.
UNWIND $rows AS row
CREATE (n:Entity:Product)
SET n = row
RETURN count(n) AS written
