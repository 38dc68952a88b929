// Nodes by id, in no particular order: the adapter puts them in the order asked for.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }} AS node
