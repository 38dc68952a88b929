// Search candidates: nodes with a search key containing one of the needles (the normalised
// query and its compacted form). Scoring and order are decided in TypeScript by the shared
// matchScore/compareHits, so both stores rank identically.
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND any(key IN n.searchKeys WHERE any(needle IN $needles WHERE key CONTAINS needle))
RETURN n {.id, .kind, .name, .nameEn, .aliases, .status, .tier, .zoneKind, .institutionKind, .indicators, .sources, degree: COUNT { (n)--() }} AS node, n.searchKeys AS keys
