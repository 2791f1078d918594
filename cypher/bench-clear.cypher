// Empty a benchmark database between graph sizes. Relationships first, then nodes, each in
// transactions of bounded size: one DETACH DELETE of a 100k-document graph holds every
// relationship of the hub documents (a decree cited by thousands) in one transaction's state,
// past the database's transaction memory limit. Run in an auto-commit transaction (CALL … IN
// TRANSACTIONS needs one). No parameters.
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS;
MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS;
