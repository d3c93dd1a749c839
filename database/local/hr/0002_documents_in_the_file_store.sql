-- The pieces of the agent file move to the file store (core 0005; server: hr 0005). The row
-- keeps the hash of its bytes; the bytes go to local_files, fetched from the server when a
-- piece is opened. A piece can be withdrawn: the row and its number stay, with the reason and
-- the decision, and the bytes leave (content_sha256 NULL).

INSERT INTO local_file_references (table_name, column_name, owner_column)
VALUES ('agent_documents', 'content_sha256', 'agent_id');

CREATE TEMP TABLE moved_documents AS
SELECT id, civitas_sha256(content) AS sha256, content, byte_size, mime_type, row_version
  FROM agent_documents;

-- What came from the server is there too (a cache); what was filed here and never synced
-- exists only here until its upload.
INSERT INTO local_files (sha256, byte_size, mime_type, chunk_count, chunks_present, on_server)
SELECT sha256, max(byte_size), max(mime_type), (max(byte_size) + 1048575) / 1048576,
       (max(byte_size) + 1048575) / 1048576, min(row_version > 0)
  FROM moved_documents GROUP BY sha256;
WITH RECURSIVE chunk(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM chunk WHERE i < 19)
INSERT OR IGNORE INTO local_file_chunks (sha256, chunk_index, data)
SELECT d.sha256, chunk.i, substr(d.content, chunk.i * 1048576 + 1, 1048576)
  FROM moved_documents d JOIN chunk ON chunk.i * 1048576 < length(d.content);

CREATE TABLE agent_documents_new (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents (id),
    sequence_number INTEGER NOT NULL CHECK (sequence_number > 0),
    category TEXT NOT NULL CHECK (category IN ('identity', 'diplomas', 'career_decisions',
        'evaluations', 'training', 'absences', 'other')),
    title TEXT NOT NULL CHECK (title <> ''),
    document_date TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    byte_size INTEGER NOT NULL CHECK (byte_size >= 1),
    content_sha256 TEXT CHECK (content_sha256 IS NULL OR length(content_sha256) = 64),
    withdrawn_on TEXT,
    withdrawal_reason TEXT NOT NULL DEFAULT '',
    withdrawal_decision TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT '',
    CHECK ((withdrawn_on IS NULL) = (content_sha256 IS NOT NULL))
);
INSERT INTO agent_documents_new (id, agent_id, sequence_number, category, title, document_date,
    file_name, mime_type, byte_size, content_sha256, row_version, deleted, updated_at, updated_by)
SELECT a.id, a.agent_id, a.sequence_number, a.category, a.title, a.document_date, a.file_name,
       a.mime_type, a.byte_size, m.sha256, a.row_version, a.deleted, a.updated_at, a.updated_by
  FROM agent_documents a JOIN moved_documents m ON m.id = a.id;
DROP TABLE agent_documents;
ALTER TABLE agent_documents_new RENAME TO agent_documents;
CREATE INDEX agent_documents_agent ON agent_documents (agent_id, sequence_number);
CREATE INDEX agent_documents_content ON agent_documents (content_sha256);

-- Changes not yet sent carry the hash instead of the bytes (as hex text in their JSON).
UPDATE sync_outbox
   SET changed = json_remove(json_set(changed, '$.content_sha256',
                     (SELECT sha256 FROM moved_documents m WHERE m.id = sync_outbox.row_id)),
                     '$.content')
 WHERE table_name = 'agent_documents' AND json_extract(changed, '$.content') IS NOT NULL;
UPDATE sync_outbox
   SET previous = json_remove(previous, '$.content')
 WHERE table_name = 'agent_documents' AND json_extract(previous, '$.content') IS NOT NULL;

DROP TABLE moved_documents;
