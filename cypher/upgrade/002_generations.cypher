// A graph loaded before generations has no `gen`: it becomes generation 0, the one the queries
// read while the version node names none (on a current graph these match nothing). Search
// orders by `nameLength`, which a load writes (the name's length in UTF-16 units; for these
// older graphs Cypher's size(), the same for the names of this domain).
MATCH (n:Entity)
WHERE n.gen IS NULL
SET n.gen = 0;
MATCH (n:Entity)
WHERE n.nameLength IS NULL
SET n.nameLength = size(n.name);
MATCH (v:GraphVersion {key: 'graph'})
WHERE v.gen IS NULL
SET v.gen = 0;
