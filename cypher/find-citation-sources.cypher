// The facts citations are made from: policy documents (all of them when $ids is null, else those with
// these ids) with their issuing and approving bodies, issuer first. Documents are few (one label
// scan); the order is the documents' listing order.
MATCH (d:PolicyDocument)
WHERE $ids IS NULL OR d.id IN $ids
CALL (d) {
  OPTIONAL MATCH (d)-[r:ISSUED_BY]->(a:Agency)
  WITH r, a
  ORDER BY CASE r.role WHEN 'ISSUER' THEN 0 ELSE 1 END, a.name
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {role: r.role, name: a.name, nameEn: a.nameEn, level: a.level} END) AS issuers
}
RETURN d.id AS id, d.name AS title, d.nameEn AS titleEn, d.docNumber AS docNumber, d.issueDate AS issueDate,
       d.publishedOn AS publishedOn, d.level AS level, d.type AS type, d.period AS period, d.sourceUrl AS sourceUrl,
       coalesce(d.placeholder, false) AS placeholder, coalesce(d.example, false) AS example, issuers
ORDER BY d.ord, d.id
