// Every node, for dump() (no degree: a dump is the dataset itself); the adapter sorts them.
MATCH (n:Entity)
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources} AS node
