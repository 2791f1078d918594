// The shortest citation path from $from to $to where each hop in either direction;
// at most 10 hops (MAX_DEPTH of api/walk.ts), every hop one of $relations.
// Parameters: $from, $to (distinct document keys), $relations list<string>.
// No row when either document is missing or no such path exists. Edges keep their stored
// direction (citing → cited).
MATCH (a:Document {key: $from}), (b:Document {key: $to})
MATCH p = shortestPath((a)-[:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES*..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $relations)
RETURN [n IN nodes(p) | n { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file }] AS documents,
       [r IN relationships(p) | {from: startNode(r).key, to: endNode(r).key, relation: type(r), quote: r.quote}] AS edges
