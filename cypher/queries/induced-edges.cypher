// Every relationship among the given nodes whose type is allowed.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
RETURN {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, status: r.status, sources: r.sources} AS edge
