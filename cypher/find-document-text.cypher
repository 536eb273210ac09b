// One policy document's normalised text and the facts its reader page shows; no row when no
// document has the id. text is null for a document that was only cited.
MATCH (d:Entity {id: $id})
WHERE d:PolicyDocument
RETURN d.id AS id, d.name AS title, d.nameEn AS titleEn, d.docNumber AS docNumber, d.issueDate AS issueDate,
       d.sourceUrl AS sourceUrl, coalesce(d.example, false) AS example, d.text AS text
