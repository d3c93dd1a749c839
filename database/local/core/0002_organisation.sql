-- The organisation chart, user accounts and their roles: synchronised core tables.

CREATE TABLE org_units (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES org_units (id),
    kind TEXT NOT NULL CHECK (kind IN ('direction', 'service')),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    -- Agents are the HR module's; the core keeps their ids without a foreign key.
    head_agent_id TEXT,
    deputy_agent_id TEXT,
    -- Fewest agents who must stay present; leave approval warns below it.
    minimum_staffing INTEGER NOT NULL DEFAULT 0 CHECK (minimum_staffing >= 0),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX org_units_code ON org_units (code) WHERE deleted = 0;
CREATE INDEX org_units_parent ON org_units (parent_id);

CREATE TABLE user_accounts (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    agent_id TEXT,
    org_unit_id TEXT REFERENCES org_units (id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX user_accounts_login ON user_accounts (login);
CREATE INDEX user_accounts_display_name ON user_accounts (display_name COLLATE NOCASE, id);
CREATE INDEX user_accounts_unit ON user_accounts (org_unit_id);
CREATE INDEX user_accounts_agent ON user_accounts (agent_id);

CREATE TABLE role_memberships (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES user_accounts (id),
    role TEXT NOT NULL CHECK (role IN ('agent', 'department_head', 'hr', 'associations',
                                       'schools', 'assemblies', 'administrator')),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX role_memberships_user_role ON role_memberships (user_id, role) WHERE deleted = 0;

-- Free-text search over accounts (display name, login, e-mail).
CREATE VIRTUAL TABLE user_accounts_fts USING fts5 (
    display_name, login, email,
    content = 'user_accounts', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER user_accounts_fts_insert AFTER INSERT ON user_accounts BEGIN
    INSERT INTO user_accounts_fts (rowid, display_name, login, email)
    VALUES (NEW.rowid, NEW.display_name, NEW.login, NEW.email);
END;
-- Rows leave the file only when the sync finds this login may no longer see them.
CREATE TRIGGER user_accounts_fts_delete AFTER DELETE ON user_accounts BEGIN
    INSERT INTO user_accounts_fts (user_accounts_fts, rowid, display_name, login, email)
    VALUES ('delete', OLD.rowid, OLD.display_name, OLD.login, OLD.email);
END;
CREATE TRIGGER user_accounts_fts_update AFTER UPDATE OF display_name, login, email ON user_accounts BEGIN
    INSERT INTO user_accounts_fts (user_accounts_fts, rowid, display_name, login, email)
    VALUES ('delete', OLD.rowid, OLD.display_name, OLD.login, OLD.email);
    INSERT INTO user_accounts_fts (rowid, display_name, login, email)
    VALUES (NEW.rowid, NEW.display_name, NEW.login, NEW.email);
END;
