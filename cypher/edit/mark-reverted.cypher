MATCH (c:Change)
WHERE c.id = $id OR c.cause = $id
SET c.reverted = true
RETURN count(c) AS marked
