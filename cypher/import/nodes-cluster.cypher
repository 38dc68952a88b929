// One batch of Cluster nodes; `row` holds scalar properties, string lists and JSON strings.
UNWIND $rows AS row
CREATE (n:Entity:Cluster)
SET n = row
RETURN count(n) AS written
