// A full-text index over names (n.name, n.nameEn, n.aliases) was created here once. No query read
// it and it cost about half of the time a load spends writing nodes, so it goes; search reads
// the TEXT index on searchText (004).
DROP INDEX entity_names IF EXISTS;
