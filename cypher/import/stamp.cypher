// Last statement of a load, in the same transaction: a new version stamp for the graph, so a
// cache keyed by the previous stamp is not used once this load commits.
MERGE (v:GraphVersion {key: 'graph'})
SET v.stamp = $stamp
RETURN v.stamp AS stamp
