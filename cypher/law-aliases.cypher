// Numbered laws already in the graph under the given aliases (name and year, ingest/laws.ts),
// so that a law cited by name joins the document of its number.
// $aliases: list of aliases.
UNWIND $aliases AS alias
MATCH (d:Document {lawAlias: alias})
WHERE d.number IS NOT NULL
RETURN alias, min(d.key) AS key
