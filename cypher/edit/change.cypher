// One audit entry and those it caused (relationships removed with a node), in id order.
MATCH (c:Change)
WHERE c.id = $id OR c.cause = $id
RETURN c {.*} AS change
ORDER BY c.id
