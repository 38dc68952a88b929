// Search in ONE read, ranked exactly as in memory (server/store/semantics/search.ts): the
// candidates are the nodes whose search text (their search keys joined by newlines, which no
// needle holds) contains one of $needles (the normalised query and its compacted form), answered
// by the TEXT index on :Entity(searchText) (cypher/schema/004_search_text.cypher). Each is scored
// as scoreKeys does (3: a key equals a needle, 2: starts with one, 1: contains one), ordered as
// compareHits does (score, then the name's length in UTF-16 units, `nameLength`, written at
// load, then id) and cut to $first here, so only the answer's nodes come back.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
CALL (gen) {
  MATCH (n:Entity)
  WHERE n.searchText CONTAINS $needles[0]
  RETURN n
  UNION
  MATCH (n:Entity)
  WHERE n.searchText CONTAINS $needles[-1]
  RETURN n
}
WITH n, gen
WHERE n.gen = gen AND ($kinds IS NULL OR n.kind IN $kinds)
WITH n, split(n.searchText, '\n') AS keys
WITH n,
     CASE
       WHEN any(k IN keys WHERE k IN $needles) THEN 3
       WHEN any(k IN keys WHERE any(x IN $needles WHERE k STARTS WITH x)) THEN 2
       WHEN any(k IN keys WHERE any(x IN $needles WHERE k CONTAINS x)) THEN 1
       ELSE 0
     END AS score
WHERE score > 0
ORDER BY score DESC, n.nameLength, n.id
LIMIT $first
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }} AS node
