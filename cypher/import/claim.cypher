// First statement of a load: claims a generation number no other load has (one more than the
// current generation and every number claimed before), in its own small transaction.
MERGE (v:GraphVersion {key: 'graph'})
ON CREATE SET v.gen = 0
WITH v, CASE WHEN coalesce(v.claimed, 0) > coalesce(v.gen, 0) THEN v.claimed ELSE coalesce(v.gen, 0) END + 1 AS next
SET v.claimed = next
RETURN next AS gen, coalesce(v.gen, 0) AS current
