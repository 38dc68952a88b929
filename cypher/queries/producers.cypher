// Whoever PRODUCES one of the given products (the enterprises of a supply chain).
UNWIND $ids AS productId
MATCH (:Entity {id: productId})<-[:PRODUCES]-(e:Entity)
RETURN DISTINCT e.id AS id
