-- A leave request's supporting document moves to the file store (core 0005; server: leave
-- 0007): the row keeps the document's hash and size, the bytes go to local_files (fetched from
-- the server when opened; the agent's own stay on their desk). The old `document` column stays
-- empty: SQLite cannot drop a column its CHECK names, and the server no longer has it, so the
-- sync ignores it.

INSERT INTO local_file_references (table_name, column_name, owner_column)
VALUES ('leave_requests', 'document_sha256', 'agent_id');

ALTER TABLE leave_requests ADD COLUMN document_sha256 TEXT
    CHECK (document_sha256 IS NULL OR length(document_sha256) = 64);
ALTER TABLE leave_requests ADD COLUMN document_size INTEGER NOT NULL DEFAULT 0;
CREATE INDEX leave_requests_document ON leave_requests (document_sha256)
    WHERE document_sha256 IS NOT NULL;

CREATE TEMP TABLE moved_documents AS
SELECT id, civitas_sha256(document) AS sha256, document, document_mime_type, row_version
  FROM leave_requests WHERE document IS NOT NULL;

INSERT OR IGNORE INTO local_files (sha256, byte_size, mime_type, chunk_count, chunks_present,
    on_server)
SELECT sha256, max(length(document)), max(document_mime_type),
       (max(length(document)) + 1048575) / 1048576, (max(length(document)) + 1048575) / 1048576,
       min(row_version > 0)
  FROM moved_documents GROUP BY sha256;
WITH RECURSIVE chunk(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM chunk WHERE i < 19)
INSERT OR IGNORE INTO local_file_chunks (sha256, chunk_index, data)
SELECT d.sha256, chunk.i, substr(d.document, chunk.i * 1048576 + 1, 1048576)
  FROM moved_documents d JOIN chunk ON chunk.i * 1048576 < length(d.document);

-- Not a change of this desk's: the server moves its own rows the same way (leave 0007).
UPDATE sync_control SET capture = 0 WHERE id = 1;
UPDATE leave_requests
   SET document_sha256 = (SELECT sha256 FROM moved_documents m WHERE m.id = leave_requests.id),
       document_size = length(document), document = NULL
 WHERE document IS NOT NULL;
UPDATE sync_control SET capture = 1 WHERE id = 1;

-- Changes not yet sent carry the hash instead of the bytes.
UPDATE sync_outbox
   SET changed = json_remove(json_set(changed, '$.document_sha256',
                     (SELECT sha256 FROM moved_documents m WHERE m.id = sync_outbox.row_id),
                     '$.document_size',
                     (SELECT length(document) FROM moved_documents m
                       WHERE m.id = sync_outbox.row_id)),
                     '$.document')
 WHERE table_name = 'leave_requests' AND json_extract(changed, '$.document') IS NOT NULL;
UPDATE sync_outbox
   SET previous = json_remove(previous, '$.document')
 WHERE table_name = 'leave_requests' AND json_extract(previous, '$.document') IS NOT NULL;

DROP TABLE moved_documents;
