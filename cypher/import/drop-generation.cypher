// After a failed load: the part of generation $gen it wrote goes, in batches as drop-older.
MATCH (n:Entity {gen: $gen})
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 500 ROWS
