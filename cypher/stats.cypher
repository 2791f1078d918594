// Document and citation counts over the whole graph (Query.stats). Each relation is counted by
// a pattern of its own, which Neo4j answers from its count store without reading relationships.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (d:Document) WHERE d.ingested = true RETURN count(d) AS ingested }
CALL () { MATCH ()-[r:BASED_ON]->() RETURN count(r) AS basedOn }
CALL () { MATCH ()-[r:IMPLEMENTS]->() RETURN count(r) AS implements }
CALL () { MATCH ()-[r:GUIDES]->() RETURN count(r) AS guides }
CALL () { MATCH ()-[r:AMENDS]->() RETURN count(r) AS amends }
CALL () { MATCH ()-[r:REPLACES]->() RETURN count(r) AS replaces }
CALL () { MATCH ()-[r:REPEALS]->() RETURN count(r) AS repeals }
CALL () { MATCH ()-[r:CITES]->() RETURN count(r) AS cites }
RETURN documents, ingested,
       [{relation: 'BASED_ON', count: basedOn}, {relation: 'IMPLEMENTS', count: implements},
        {relation: 'GUIDES', count: guides}, {relation: 'AMENDS', count: amends},
        {relation: 'REPLACES', count: replaces}, {relation: 'REPEALS', count: repeals},
        {relation: 'CITES', count: cites}] AS relations
