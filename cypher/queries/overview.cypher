// Counts by kind and by type; the adapter lists every kind and type, zero or not.
CALL {
  MATCH (n:Entity)
  WITH n.kind AS kind, count(*) AS count
  RETURN collect({kind: kind, count: count}) AS nodesByKind
}
CALL {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS edgesByType
}
RETURN nodesByKind, edgesByType
