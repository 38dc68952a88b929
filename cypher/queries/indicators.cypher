// Nodes that carry indicators (clusters, zones); the adapter unpacks the JSON and sorts.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (n:Entity)
WHERE n.gen = gen AND n.indicators IS NOT NULL AND n.indicators <> '[]'
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }} AS node
