// One :GraphVersion node (not an :Entity, so no query over the graph sees it) whose `stamp`
// every load through the adapter replaces, inside the load's transaction. Caches of whole-graph
// answers (the gap report) are keyed by it.
CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE;
