// A graph loaded before generations has no `gen`: it becomes generation 0, the one the queries
// read while the version node names none (on a current graph these match nothing).
MATCH (n:Entity)
WHERE n.gen IS NULL
SET n.gen = 0;
MATCH (v:GraphVersion {key: 'graph'})
WHERE v.gen IS NULL
SET v.gen = 0;
