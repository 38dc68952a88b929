// Counts by kind and by type; the adapter lists every kind and type, zero or not.
// The current generation (docs/neo4j.md): each entry point below filters on it.
OPTIONAL MATCH (g:GraphVersion {key: 'graph'})
WITH coalesce(g.gen, 0) AS gen
CALL (gen) {
  MATCH (n:Entity {gen: gen})
  WITH n.kind AS kind, count(*) AS count
  RETURN collect({kind: kind, count: count}) AS nodesByKind
}
CALL (gen) {
  MATCH (:Entity {gen: gen})-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS edgesByType
}
RETURN nodesByKind, edgesByType
