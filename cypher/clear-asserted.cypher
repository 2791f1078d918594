// Remove the relationships that the given documents' files asserted, before writing them again,
// so a changed file replaces what it said and an unchanged one ends in the same graph.
// A file's assertions are its own outgoing citations and the relations it stated between two
// documents it cites; both carry `source`, and both are reached from the document's node.
UNWIND $sources AS source
MATCH (d:Document {key: source})
OPTIONAL MATCH (d)-->(:Document)-[stated]->(:Document)
WHERE stated.source = source
WITH d, source, collect(DISTINCT stated) AS statedRels
FOREACH (r IN statedRels | DELETE r)
WITH d, source
OPTIONAL MATCH (d)-[own]->(:Document)
WHERE own.source = source
WITH collect(own) AS ownRels
FOREACH (r IN ownRels | DELETE r)
RETURN size(ownRels) AS removed
