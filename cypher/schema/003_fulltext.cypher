// Full-text index over the labels people type. Search ranking itself stays on the precomputed
// `searchKeys` (exact / prefix / substring, identical to the memory store); this index is for
// ad-hoc exploration in Neo4j Browser and for a future fuzzy search.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliases];
