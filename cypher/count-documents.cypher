// How many documents the graph holds, and how many came from ingested files.
MATCH (d:Document)
RETURN count(d) AS documents, count(CASE WHEN d.ingested THEN 1 END) AS ingested
