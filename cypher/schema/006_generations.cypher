// Before generations, ids were unique across the whole graph and per kind label; two
// generations share ids, so those constraints (and the indexes no query reads) go.
DROP CONSTRAINT entity_id IF EXISTS;
DROP CONSTRAINT cluster_id IF EXISTS;
DROP CONSTRAINT zone_id IF EXISTS;
DROP CONSTRAINT enterprise_id IF EXISTS;
DROP CONSTRAINT institution_id IF EXISTS;
DROP CONSTRAINT product_id IF EXISTS;
DROP INDEX entity_kind IF EXISTS;
DROP INDEX entity_status IF EXISTS;
