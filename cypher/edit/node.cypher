// One node as a change reads it: its properties and version, in the current generation.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
MATCH (n:Entity {gen: gen, id: $id})
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, version: coalesce(n.version, 1)} AS node
