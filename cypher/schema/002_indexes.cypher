// Filters the queries use: kind (clusters, zones, subgraph by kinds) and status.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_status IF NOT EXISTS FOR (n:Entity) ON (n.status);
