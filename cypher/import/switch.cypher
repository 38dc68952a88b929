// The switch: once every batch of generation $gen is written, one small transaction makes it
// the current generation, with a new version stamp (caches keyed by the old stamp lapse). A
// load that claimed its number before another load switched to a newer generation finds no row
// here and fails: the newer graph stays.
MATCH (v:GraphVersion {key: 'graph'})
WHERE coalesce(v.gen, 0) < $gen
SET v.gen = $gen, v.stamp = $stamp
RETURN v.gen AS gen
