-- The individual agent file (dossier individuel, décret 2011-675), in synchronised tables that
-- follow DESIGN.md's convention. The split between tables follows who may read what:
--   agents         names and posting: HR, the agent, and the heads of the agent's unit;
--   working_times  the dated weekly pattern: same readers (leave counting needs it);
--   agent_details, career_steps, statutory_positions, agent_documents: HR and the agent only.
-- Nothing here has room for what the law forbids in the file (opinions, health details).

CREATE TABLE agents (
    id TEXT PRIMARY KEY,                 -- the agent id that user_accounts.agent_id refers to
    registration_number TEXT NOT NULL,   -- matricule
    birth_name TEXT NOT NULL,
    usage_name TEXT NOT NULL DEFAULT '',
    first_names TEXT NOT NULL,
    org_unit_id TEXT REFERENCES org_units (id),
    post_title TEXT NOT NULL DEFAULT '',
    line_manager_id TEXT,                -- an agent; no foreign key: a head may not see them
    entry_date TEXT NOT NULL,
    departure_date TEXT,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT '',
    CHECK (departure_date IS NULL OR departure_date >= entry_date)
);
CREATE UNIQUE INDEX agents_registration_number ON agents (registration_number) WHERE deleted = 0;
-- The list sorts by the name in use, then first names: the same expression as the model's.
CREATE INDEX agents_name ON agents ((CASE WHEN usage_name <> '' THEN usage_name ELSE birth_name END || ' ' || first_names) COLLATE NOCASE, id);
CREATE INDEX agents_unit ON agents (org_unit_id);
CREATE INDEX agents_registration_sort ON agents (registration_number COLLATE NOCASE, id);

-- One row per agent, same id as the agent: identity and employment, seen by HR and the agent.
CREATE TABLE agent_details (
    id TEXT PRIMARY KEY,
    sex TEXT NOT NULL CHECK (sex IN ('F', 'M')),
    birth_date TEXT,
    birth_place TEXT NOT NULL DEFAULT '',
    nationality TEXT NOT NULL DEFAULT '',
    nir TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('tenured', 'trainee', 'contract')),
    contract_basis TEXT NOT NULL DEFAULT '',  -- e.g. "L332-8 2°" of the CGFP
    contract_start TEXT,
    contract_end TEXT,
    departure_reason TEXT CHECK (departure_reason IN ('retirement', 'resignation', 'transfer',
        'end_of_contract', 'dismissal', 'death', 'other')),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT '',
    CHECK (contract_end IS NULL OR contract_start IS NULL OR contract_end >= contract_start)
);
CREATE INDEX agent_details_status ON agent_details (status);

-- Career: one row per decision that changed the grade, echelon or index. The current values
-- are the latest row in effect (local_agent_current), never typed a second time.
CREATE TABLE career_steps (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents (id),
    effective_date TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('A', 'B', 'C')),
    sector TEXT NOT NULL CHECK (sector IN ('administrative', 'technical', 'cultural', 'sports',
        'social', 'medico_social', 'animation', 'municipal_police', 'fire')),
    job_framework TEXT NOT NULL,
    grade TEXT NOT NULL,
    echelon INTEGER NOT NULL CHECK (echelon BETWEEN 1 AND 15),
    gross_index INTEGER CHECK (gross_index > 0),
    increased_index INTEGER CHECK (increased_index > 0),
    reason TEXT NOT NULL DEFAULT 'other' CHECK (reason IN ('appointment', 'tenure',
        'echelon_advancement', 'grade_advancement', 'promotion', 'recruitment', 'other')),
    decision_reference TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX career_steps_agent ON career_steps (agent_id, effective_date);
CREATE INDEX career_steps_date ON career_steps (effective_date);

-- Statutory positions (CGFP L511-1), one at a time, each made by a decision (arrêté).
CREATE TABLE statutory_positions (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents (id),
    position TEXT NOT NULL CHECK (position IN ('active', 'made_available', 'secondment',
        'leave_of_absence', 'parental_leave')),
    start_date TEXT NOT NULL,
    end_date TEXT,                       -- NULL: until a further decision
    decision_reference TEXT NOT NULL CHECK (decision_reference <> ''),
    decision_date TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX statutory_positions_agent ON statutory_positions (agent_id, start_date);
CREATE INDEX statutory_positions_start ON statutory_positions (start_date);
CREATE INDEX statutory_positions_end ON statutory_positions (end_date);

-- Working time from a date on. weekly_pattern: 14 characters, Monday morning to Sunday
-- afternoon, '1' worked, '0' not; leave counting reads it.
CREATE TABLE working_times (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents (id),
    effective_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('full_time', 'part_time', 'non_full_time')),
    part_time_rate INTEGER CHECK (part_time_rate IN (50, 60, 70, 80, 90)),
    thirty_fifths INTEGER CHECK (thirty_fifths BETWEEN 1 AND 34),
    weekly_minutes INTEGER NOT NULL CHECK (weekly_minutes BETWEEN 1 AND 2880),
    weekly_pattern TEXT NOT NULL CHECK (length(weekly_pattern) = 14
        AND weekly_pattern NOT GLOB '*[^01]*' AND weekly_pattern GLOB '*1*'),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'part_time') = (part_time_rate IS NOT NULL)),
    CHECK ((kind = 'non_full_time') = (thirty_fifths IS NOT NULL))
);
CREATE INDEX working_times_agent ON working_times (agent_id, effective_date);
CREATE INDEX working_times_date ON working_times (effective_date);

-- Pieces of the file, numbered per agent without gaps. The server gives the final number
-- (two offline desks may both add piece n); the number a desk shows before its first sync is
-- provisional.
CREATE TABLE agent_documents (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents (id),
    sequence_number INTEGER NOT NULL CHECK (sequence_number > 0),
    category TEXT NOT NULL CHECK (category IN ('identity', 'diplomas', 'career_decisions',
        'evaluations', 'training', 'absences', 'other')),
    title TEXT NOT NULL CHECK (title <> ''),
    document_date TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    byte_size INTEGER NOT NULL CHECK (byte_size BETWEEN 1 AND 5242880),
    content BLOB NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agent_documents_agent ON agent_documents (agent_id, sequence_number);

-- HR's reads of a file: each opening is a row that syncs, and the server copies it into its
-- audit log as a read of the agent file. Insert only.
CREATE TABLE agent_file_reads (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL,
    read_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    read_by TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);

-- What is in effect today for each agent, derived from the dated histories by the triggers
-- below (and refreshed at start-up for rows whose date came since). Local only: it is
-- computed the same way on every desk, so it never syncs and never conflicts.
CREATE TABLE local_agent_current (
    agent_id TEXT PRIMARY KEY,
    category TEXT,
    sector TEXT,
    job_framework TEXT,
    grade TEXT,
    echelon INTEGER,
    gross_index INTEGER,
    increased_index INTEGER,
    career_since TEXT,
    position TEXT,
    position_since TEXT,
    work_kind TEXT,
    part_time_rate INTEGER,
    thirty_fifths INTEGER,
    weekly_minutes INTEGER,
    weekly_pattern TEXT
);
CREATE INDEX local_agent_current_category ON local_agent_current (category);
CREATE INDEX local_agent_current_sector ON local_agent_current (sector);
CREATE INDEX local_agent_current_position ON local_agent_current (position);
CREATE INDEX local_agent_current_grade ON local_agent_current (grade COLLATE NOCASE, agent_id);


-- Search over names, registration number and NIR (the NIR lives in agent_details, hence a
-- table of its own rather than external content). rowid = agents.rowid.
CREATE VIRTUAL TABLE agents_fts USING fts5 (
    names, registration_number, nir,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What is in effect today, per agent. The triggers and the start-up refresh both read it, so
-- "current" has one definition. The triggers delete, then insert: an INSERT OR REPLACE in a
-- trigger takes the conflict policy of the statement that fired it, and a pulled row arrives
-- by an upsert (INSERT ... ON CONFLICT DO UPDATE), under which it fails on the existing row.
CREATE VIEW agent_current_source AS
SELECT a.id AS agent_id,
       c.category, c.sector, c.job_framework, c.grade, c.echelon, c.gross_index,
       c.increased_index, c.effective_date AS career_since,
       p.position, p.start_date AS position_since,
       w.kind AS work_kind, w.part_time_rate, w.thirty_fifths, w.weekly_minutes, w.weekly_pattern
  FROM agents a
  LEFT JOIN career_steps c ON c.id = (
       SELECT s.id FROM career_steps s
        WHERE s.agent_id = a.id AND s.deleted = 0 AND s.effective_date <= date('now', 'localtime')
        ORDER BY s.effective_date DESC, s.id DESC LIMIT 1)
  LEFT JOIN statutory_positions p ON p.id = (
       SELECT s.id FROM statutory_positions s
        WHERE s.agent_id = a.id AND s.deleted = 0 AND s.start_date <= date('now', 'localtime')
          AND (s.end_date IS NULL OR s.end_date >= date('now', 'localtime'))
        ORDER BY s.start_date DESC LIMIT 1)
  LEFT JOIN working_times w ON w.id = (
       SELECT s.id FROM working_times s
        WHERE s.agent_id = a.id AND s.deleted = 0 AND s.effective_date <= date('now', 'localtime')
        ORDER BY s.effective_date DESC, s.id DESC LIMIT 1);

CREATE VIEW agents_fts_source AS
SELECT a.rowid AS agent_rowid, a.id AS agent_id,
       a.birth_name || ' ' || a.usage_name || ' ' || a.first_names AS names,
       a.registration_number, coalesce(d.nir, '') AS nir
  FROM agents a LEFT JOIN agent_details d ON d.id = a.id AND d.deleted = 0
 WHERE a.deleted = 0;

CREATE TRIGGER agents_derived_insert AFTER INSERT ON agents BEGIN
    DELETE FROM local_agent_current WHERE agent_id = NEW.id;
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id = NEW.id;
    INSERT INTO agents_fts (rowid, names, registration_number, nir)
    SELECT agent_rowid, names, registration_number, nir FROM agents_fts_source WHERE agent_id = NEW.id;
END;
CREATE TRIGGER agents_derived_update AFTER UPDATE OF birth_name, usage_name, first_names,
        registration_number, deleted ON agents BEGIN
    DELETE FROM agents_fts WHERE rowid = NEW.rowid;
    INSERT INTO agents_fts (rowid, names, registration_number, nir)
    SELECT agent_rowid, names, registration_number, nir FROM agents_fts_source WHERE agent_id = NEW.id;
END;
-- Rows leave the file only when the sync finds this login may no longer see them.
CREATE TRIGGER agents_derived_delete AFTER DELETE ON agents BEGIN
    DELETE FROM agents_fts WHERE rowid = OLD.rowid;
    DELETE FROM local_agent_current WHERE agent_id = OLD.id;
END;

CREATE TRIGGER agent_details_fts_insert AFTER INSERT ON agent_details BEGIN
    DELETE FROM agents_fts WHERE rowid = (SELECT rowid FROM agents WHERE id = NEW.id);
    INSERT INTO agents_fts (rowid, names, registration_number, nir)
    SELECT agent_rowid, names, registration_number, nir FROM agents_fts_source WHERE agent_id = NEW.id;
END;
CREATE TRIGGER agent_details_fts_update AFTER UPDATE OF nir, deleted ON agent_details BEGIN
    DELETE FROM agents_fts WHERE rowid = (SELECT rowid FROM agents WHERE id = NEW.id);
    INSERT INTO agents_fts (rowid, names, registration_number, nir)
    SELECT agent_rowid, names, registration_number, nir FROM agents_fts_source WHERE agent_id = NEW.id;
END;
CREATE TRIGGER agent_details_fts_delete AFTER DELETE ON agent_details BEGIN
    DELETE FROM agents_fts WHERE rowid = (SELECT rowid FROM agents WHERE id = OLD.id);
    INSERT INTO agents_fts (rowid, names, registration_number, nir)
    SELECT agent_rowid, names, registration_number, nir FROM agents_fts_source WHERE agent_id = OLD.id;
END;

CREATE TRIGGER career_steps_current_insert AFTER INSERT ON career_steps BEGIN
    DELETE FROM local_agent_current WHERE agent_id = NEW.agent_id;
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id = NEW.agent_id;
END;
CREATE TRIGGER career_steps_current_update AFTER UPDATE ON career_steps BEGIN
    DELETE FROM local_agent_current WHERE agent_id IN (OLD.agent_id, NEW.agent_id);
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id IN (OLD.agent_id, NEW.agent_id);
END;
CREATE TRIGGER career_steps_current_delete AFTER DELETE ON career_steps BEGIN
    DELETE FROM local_agent_current WHERE agent_id = OLD.agent_id;
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id = OLD.agent_id;
END;
CREATE TRIGGER statutory_positions_current_insert AFTER INSERT ON statutory_positions BEGIN
    DELETE FROM local_agent_current WHERE agent_id = NEW.agent_id;
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id = NEW.agent_id;
END;
CREATE TRIGGER statutory_positions_current_update AFTER UPDATE ON statutory_positions BEGIN
    DELETE FROM local_agent_current WHERE agent_id IN (OLD.agent_id, NEW.agent_id);
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id IN (OLD.agent_id, NEW.agent_id);
END;
CREATE TRIGGER statutory_positions_current_delete AFTER DELETE ON statutory_positions BEGIN
    DELETE FROM local_agent_current WHERE agent_id = OLD.agent_id;
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id = OLD.agent_id;
END;
CREATE TRIGGER working_times_current_insert AFTER INSERT ON working_times BEGIN
    DELETE FROM local_agent_current WHERE agent_id = NEW.agent_id;
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id = NEW.agent_id;
END;
CREATE TRIGGER working_times_current_update AFTER UPDATE ON working_times BEGIN
    DELETE FROM local_agent_current WHERE agent_id IN (OLD.agent_id, NEW.agent_id);
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id IN (OLD.agent_id, NEW.agent_id);
END;
CREATE TRIGGER working_times_current_delete AFTER DELETE ON working_times BEGIN
    DELETE FROM local_agent_current WHERE agent_id = OLD.agent_id;
    INSERT INTO local_agent_current SELECT * FROM agent_current_source WHERE agent_id = OLD.agent_id;
END;
