// A load replaces the graph: the audit trail of the previous one goes with it (as on the memory
// store, whose workspace is seeded anew). The change counter stays, so change ids are never reused.
MATCH (c:Change)
DETACH DELETE c
RETURN count(*) AS cleared
