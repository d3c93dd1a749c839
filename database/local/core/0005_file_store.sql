-- The desk's side of the file store (server: core 0010). A row that refers to a file holds its
-- SHA-256; the bytes live here, in chunks of 1 MiB, only when this desk needs them:
-- - a file added on this desk and not yet uploaded (on_server = 0): never evicted, it exists
--   nowhere else;
-- - a file fetched when a user opened it: a cache, least recently used evicted first beyond
--   the desk's cap, except what the user pinned and the user's own pieces.
-- A file is complete when chunks_present = chunk_count; a fetch cut short goes on from there.
CREATE TABLE local_files (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    byte_size INTEGER NOT NULL CHECK (byte_size >= 1),
    mime_type TEXT NOT NULL,
    chunk_count INTEGER NOT NULL CHECK (chunk_count >= 1),
    chunks_present INTEGER NOT NULL DEFAULT 0,
    on_server INTEGER NOT NULL DEFAULT 1 CHECK (on_server IN (0, 1)),
    pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_used TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX local_files_last_used ON local_files (last_used);

CREATE TABLE local_file_chunks (
    sha256 TEXT NOT NULL REFERENCES local_files (sha256) ON DELETE CASCADE,
    chunk_index INTEGER NOT NULL CHECK (chunk_index >= 0),
    data BLOB NOT NULL,
    UNIQUE (sha256, chunk_index)
);

-- Which columns of which synchronised tables hold a file's hash (the modules' migrations add
-- theirs), and which column names the agent whose own files stay on this desk offline.
CREATE TABLE local_file_references (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    owner_column TEXT,
    PRIMARY KEY (table_name, column_name)
);
