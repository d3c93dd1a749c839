-- Town-wide settings, synchronised with the server's civitas.town_settings: the key is the id.
-- A desk's own preferences stay in local_settings.
CREATE TABLE town_settings (
    id TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (length(value) <= 4000),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
