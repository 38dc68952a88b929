// One node as a change reads it: its properties and version.
MATCH (n:Entity {id: $id})
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, version: coalesce(n.version, 1)} AS node
