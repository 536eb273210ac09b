// Documents are linked across ingests by their title when a citation gives no 文号.
CREATE INDEX policy_document_title_key IF NOT EXISTS FOR (n:PolicyDocument) ON (n.titleKey)
