// A bulk ingest that resumes skips the files whose bytes a document was already made from.
CREATE INDEX policy_document_original_hash IF NOT EXISTS FOR (n:PolicyDocument) ON (n.originalHash)
