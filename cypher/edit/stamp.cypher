// Every change, right after taking the change counter's lock: a new version stamp on the
// version node (caches keyed by the old one lapse when the change commits). Its write lock,
// held until commit, orders the change with a load's switch: the change reads the generation
// it writes into here, and a switch cannot commit in between.
MERGE (v:GraphVersion {key: 'graph'})
SET v.stamp = $stamp
RETURN coalesce(v.gen, 0) AS gen
