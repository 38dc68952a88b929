// With the stamp, in the load's transaction: the dataset's home zone (meta.homeZoneId, or null),
// on the same :GraphVersion node, which edits restamp without touching it.
MERGE (v:GraphVersion {key: 'graph'})
SET v.homeZoneId = $homeZoneId
RETURN v.homeZoneId AS homeZoneId
