// Every node of one kind (clusters, zones), by id.
MATCH (n:Entity)
WHERE n.kind = $kind
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }} AS node
ORDER BY n.id
