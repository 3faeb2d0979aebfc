-- claimlens store, schema 1 (PostgreSQL). Statements end with ';' at the end of a line.
-- seq columns are identities; writers hold an advisory lock so that seq follows commit order.
CREATE TABLE documents (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  canonical_url TEXT UNIQUE,
  title TEXT,
  url TEXT,
  outlet TEXT,
  published TEXT,
  language TEXT,
  source_file TEXT NOT NULL,
  text TEXT NOT NULL,
  json TEXT NOT NULL,
  vector BYTEA,
  duplicate_of TEXT,
  story TEXT,
  day TEXT NOT NULL,
  ingested TEXT NOT NULL,
  claim_count INTEGER NOT NULL
);
CREATE INDEX documents_outlet_day ON documents (outlet, day);
CREATE INDEX documents_day ON documents (day);
CREATE INDEX documents_story ON documents (story);

CREATE TABLE document_narratives (
  doc_id TEXT NOT NULL REFERENCES documents (id),
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (doc_id, position)
);
CREATE INDEX document_narratives_label ON document_narratives (label);

CREATE TABLE claims (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL REFERENCES documents (id),
  doc_seq BIGINT NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  source_text TEXT,
  source_canonical TEXT,
  source_type TEXT NOT NULL,
  via TEXT NOT NULL,
  vector BYTEA,
  cluster TEXT,
  corroborated_by TEXT NOT NULL,
  status TEXT NOT NULL,
  entities TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims (doc_id, idx);
CREATE INDEX claims_doc_seq ON claims (doc_seq);
CREATE INDEX claims_cluster ON claims (cluster);
CREATE INDEX claims_source_type ON claims (source_type);

CREATE TABLE claim_debunks (
  claim_id TEXT NOT NULL REFERENCES claims (id),
  fact_check_id TEXT NOT NULL,
  PRIMARY KEY (claim_id, fact_check_id)
);

CREATE TABLE signatures (
  doc_id TEXT PRIMARY KEY REFERENCES documents (id),
  signature BYTEA NOT NULL
);
CREATE TABLE signature_bands (
  band_key BIGINT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (band_key, doc_id)
);
CREATE INDEX signature_bands_doc ON signature_bands (doc_id);

CREATE TABLE fact_checks (
  id TEXT PRIMARY KEY,
  claim TEXT NOT NULL,
  verdict TEXT,
  url TEXT,
  published TEXT,
  vector BYTEA
);

CREATE TABLE sources_done (
  source_key TEXT PRIMARY KEY,
  done_at TEXT NOT NULL
);
