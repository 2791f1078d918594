// Suspected duplicates: two documents of one jurisdiction with the same type, running number and
// date but different issuers, e.g. 489/QĐ-SLĐTBXH and 489/QĐ-UBND of 11/3/2020 in Khánh Hòa
// (one citing file wrote the Sở's code for the province's decision). They are linked, with the
// reason, never merged. Links of the given documents are recomputed from scratch.
// $keys: keys of the documents written in this batch.
UNWIND $keys AS key
MATCH (a:Document {key: key})
OPTIONAL MATCH (a)-[old:SAME_AS_SUSPECTED]-()
DELETE old
WITH DISTINCT a
WHERE a.serial IS NOT NULL AND a.date IS NOT NULL
MATCH (b:Document {serial: a.serial, date: a.date})
WHERE b <> a AND b.jurisdiction = a.jurisdiction AND b.typeCode = a.typeCode
  AND coalesce(b.issuer, '') <> coalesce(a.issuer, '')
WITH CASE WHEN a.key < b.key THEN a ELSE b END AS x, CASE WHEN a.key < b.key THEN b ELSE a END AS y
MERGE (x)-[s:SAME_AS_SUSPECTED]->(y)
SET s.reason = 'Cùng số ' + x.serial + ', cùng loại và ngày ' + x.date + ' nhưng khác cơ quan ban hành: '
      + coalesce(x.issuer, '?') + ' / ' + coalesce(y.issuer, '?'),
    s.reasonEn = 'Same number ' + x.serial + ', type and date ' + x.date + ' but different issuers: '
      + coalesce(x.issuer, '?') + ' / ' + coalesce(y.issuer, '?')
RETURN count(*) AS suspected
