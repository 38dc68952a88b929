// Search candidates come from this TEXT index: `searchText` holds a node's search keys joined by
// newlines, so "some key contains the needle" is one CONTAINS on an indexed string.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
