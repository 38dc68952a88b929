// Nodes that carry indicators (clusters, zones); the adapter unpacks the JSON and sorts.
MATCH (n:Entity)
WHERE n.indicators IS NOT NULL AND n.indicators <> '[]'
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }} AS node
