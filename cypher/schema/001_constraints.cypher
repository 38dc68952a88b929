// Every node carries :Entity plus its kind label and `gen`, the generation (load) it belongs to
// (docs/neo4j.md). Ids are unique within a generation: while a load writes the next generation
// beside the current one, both hold the same ids. The composite uniqueness constraint backs
// every lookup by id (MATCH (n:Entity {gen: gen, id: $id})) and the import's relationship
// matches. (Uniqueness constraints on :Entity(id) and per kind label, from before generations,
// are dropped by 006_generations.cypher.)
CREATE CONSTRAINT entity_gen_id IF NOT EXISTS FOR (n:Entity) REQUIRE (n.gen, n.id) IS UNIQUE;
