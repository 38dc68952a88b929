// The stamp of the graph's last load through the adapter (none before the first).
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN v.stamp AS stamp, v.homeZoneId AS homeZoneId
