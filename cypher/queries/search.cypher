// Search candidates: the nodes whose search text (their search keys joined by newlines, which
// no needle holds) contains the normalised query or its compacted form. Both predicates are
// answered by the TEXT index on :Entity(searchText) (cypher/schema/004_search_text.cypher)
// rather than by reading every node. Only what ranking needs comes back; scoring and order are
// decided in TypeScript by the shared scoreKeys/compareHits, and the adapter then reads the
// few nodes it returns.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
CALL (gen) {
  MATCH (n:Entity)
  WHERE n.searchText CONTAINS $needle
  RETURN n
  UNION
  MATCH (n:Entity)
  WHERE n.searchText CONTAINS $compact
  RETURN n
}
WITH n
WHERE n.gen = gen AND ($kinds IS NULL OR n.kind IN $kinds)
RETURN n.id AS id, n.name AS name, n.searchText AS keys
