// Every relationship between entities, for dump().
MATCH (:Entity)-[r]->(:Entity)
RETURN {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, status: r.status, sources: r.sources} AS edge
