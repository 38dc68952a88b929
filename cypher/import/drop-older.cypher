// After a switch: the generations older than $gen go, a few hundred nodes (and their
// relationships) per transaction, so no transaction grows with the graph. Runs as an auto-commit
// query (CALL { } IN TRANSACTIONS needs one). Leftovers of a load that was killed before its
// switch are older than the next generation that switches, so they go too.
MATCH (n:Entity)
WHERE n.gen < $gen
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 500 ROWS
