-- Notices of carried-over leave about to expire (Conseil d'État, 17 October 2025, n°495899),
-- as the server keeps them (central leave 0009): days, date, who issued them and when, when
-- the agent read them. The server's stamps replace this desk's preview at the next pull.
CREATE TABLE leave_expiry_notices (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    expires_on TEXT NOT NULL,
    days_hundredths INTEGER NOT NULL CHECK (days_hundredths > 0),
    issued_by TEXT NOT NULL DEFAULT '',
    issued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    read_at TEXT,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX leave_expiry_notices_agent ON leave_expiry_notices (agent_id, year);
