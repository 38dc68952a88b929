// One batch of PRODUCES relationships. A row whose endpoint is missing matches nothing, so
// `written` falls short of the batch and the importer aborts the transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:PRODUCES {id: row.props.id}]->(b)
SET r = row.props
RETURN count(r) AS written
