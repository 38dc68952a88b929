// Full-text index over the labels people type, for ad-hoc exploration in Neo4j Browser and a
// future fuzzy search. The API's search reads `searchText` (004) and ranks with the shared rules
// (exact / prefix / substring, identical to the memory store).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliases];
