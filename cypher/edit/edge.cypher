// One relationship by id between its two ends (found through the ends' id index).
MATCH (:Entity {id: $source})-[r {id: $id}]->(:Entity {id: $target})
RETURN r {.id, .status, .sources, type: type(r), source: startNode(r).id, target: endNode(r).id, version: coalesce(r.version, 1)} AS edge
