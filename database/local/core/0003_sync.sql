-- What the sync engine keeps between runs, and the conflicts it found.

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,   -- client_id, watermark, initial/upper, initial/<table>, last_success
    value TEXT NOT NULL
);

-- A field changed here and on the server since the version this client had: both values
-- are kept until the user chooses.
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    mine TEXT,              -- JSON value
    theirs TEXT,            -- JSON value
    base TEXT,              -- JSON value
    detected_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    resolved_at TEXT,
    resolution TEXT CHECK (resolution IN ('mine', 'theirs', 'edited'))
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, table_name, row_id);
