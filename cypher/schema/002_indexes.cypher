// Filters the queries use: kind within a generation (clusters, zones, subgraph by kinds).
CREATE INDEX entity_gen_kind IF NOT EXISTS FOR (n:Entity) ON (n.gen, n.kind);
