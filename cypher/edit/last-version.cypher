// The last version an element had, deleted or not: what a re-created one counts on from.
MATCH (c:Change {elementId: $id})
RETURN max(c.version) AS version
