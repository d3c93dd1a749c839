-- The town's files (server: core 0015): its logo on official papers (town/logo), and what later
-- modules need. Synchronised as town_settings; the bytes are in the file store (core 0005).
CREATE TABLE town_files (
    id TEXT PRIMARY KEY,
    content_sha256 TEXT CHECK (content_sha256 IS NULL OR length(content_sha256) = 64),
    byte_size INTEGER NOT NULL DEFAULT 0 CHECK (byte_size BETWEEN 0 AND 2097152),
    mime_type TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '' CHECK (length(file_name) <= 255),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);

-- Files every desk keeps, fetched after each sync and never evicted, whoever the user: a paper
-- printed offline still carries the town's logo. (A file of an owner_column is kept by its
-- owner's desk only.)
ALTER TABLE local_file_references ADD COLUMN kept_everywhere INTEGER NOT NULL DEFAULT 0
    CHECK (kept_everywhere IN (0, 1));
INSERT INTO local_file_references (table_name, column_name, owner_column, kept_everywhere)
VALUES ('town_files', 'content_sha256', NULL, 1);
