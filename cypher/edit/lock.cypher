// First statement of every change: the next audit id, taken on one counter node whose write lock
// is held until the change commits, so changes run one after the other (no lost update).
MERGE (k:ChangeCounter {key: 'changes'})
ON CREATE SET k.next = 0
SET k.next = k.next + $count
RETURN k.next - $count AS first
