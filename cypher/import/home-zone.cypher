// In the switch's transaction (import.ts), after import/switch: the dataset's home zone
// (meta.homeZoneId, or null) on the version node, so it changes with the generation it belongs
// to. Edits restamp the version node without touching it.
MERGE (v:GraphVersion {key: 'graph'})
SET v.homeZoneId = $homeZoneId
RETURN v.homeZoneId AS homeZoneId
