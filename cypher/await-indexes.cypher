// Waits until new indexes are online, so the first search after start-up sees everything.
CALL db.awaitIndexes(60)
