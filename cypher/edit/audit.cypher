// The audit entries of one change, written in its transaction.
UNWIND $rows AS row
CREATE (c:Change)
SET c = row
RETURN count(c) AS written
