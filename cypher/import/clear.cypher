// First statement of a load: the whole graph goes, inside the same transaction as the import.
MATCH (n:Entity)
DETACH DELETE n
