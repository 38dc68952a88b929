// Audit entries, newest first, filtered by element, user and time.
MATCH (c:Change)
WHERE ($elementId IS NULL OR c.elementId = $elementId)
  AND ($user IS NULL OR c.user = $user)
  AND ($since IS NULL OR c.at >= $since)
RETURN c {.*} AS change
ORDER BY c.id DESC
LIMIT $first
