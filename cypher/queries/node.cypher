// One node by id, with its degree (relationships either way).
MATCH (n:Entity {id: $id})
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }} AS node
