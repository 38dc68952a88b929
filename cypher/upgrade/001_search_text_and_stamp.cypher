// A graph loaded by an earlier version of the adapter kept its search keys as a list
// (`searchKeys`) and has no version stamp. Search reads `searchText` (schema 004) and the caches need a
// stamp (schema 005), so such a graph is brought up to date once; on a current graph these match nothing.
MATCH (n:Entity)
WHERE n.searchText IS NULL AND n.searchKeys IS NOT NULL
SET n.searchText = reduce(text = head(n.searchKeys), key IN tail(n.searchKeys) | text + '\n' + key)
REMOVE n.searchKeys;
// A stamp for a graph that has none (the next load replaces it).
MATCH (n:Entity)
WITH count(n) > 0 AS loaded
WHERE loaded
MERGE (v:GraphVersion {key: 'graph'})
ON CREATE SET v.stamp = randomUUID();
