// search(): names in Chinese and English, aliases and full texts, with the CJK bigram analyzer.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliasText, n.text, n.textEn, n.docNumber]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }
