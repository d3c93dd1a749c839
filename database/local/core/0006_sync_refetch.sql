-- Rows whose local copy may not be the server's although the watermark has passed them: a
-- pull that kept a row's pending fields and version, a change that the server refused or
-- that met a conflict, a conflict settled with the server's value. A row never changes on the
-- server because of these, so no later pull would bring it: the sync engine fetches each
-- listed row whole after its push, and forgets it once no pending change holds it back.
CREATE TABLE sync_refetch (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;

-- The server's row_version that a conflict's "theirs" was read at: "keep my value" is sent on
-- that version, so that it wins over the value the user saw and nothing newer.
ALTER TABLE sync_conflicts ADD COLUMN server_version INTEGER;
