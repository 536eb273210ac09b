// Documents are linked across ingests by their 文号.
CREATE INDEX policy_document_number IF NOT EXISTS FOR (n:PolicyDocument) ON (n.docNumber)
