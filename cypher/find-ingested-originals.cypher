// Which of these SHA-256 hashes of original files a document of the graph was made from (index seeks).
UNWIND $hashes AS hash
MATCH (d:PolicyDocument {originalHash: hash}) USING INDEX SEEK d:PolicyDocument(originalHash)
RETURN DISTINCT hash
