// The evidence one document wrote, so reloading it replaces exactly that and touches no other document's.
CREATE INDEX evidence_document IF NOT EXISTS FOR (v:Evidence) ON (v.document)
