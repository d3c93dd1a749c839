-- Leave management (congés): types, the append-only ledger of rights and uses, requests with
-- their workflow steps, delegations of approval, extra days off. Synchronised tables follow
-- DESIGN.md's convention; who may read and write what is the server's row-level security
-- (database/central/leave), mirrored by the interface.
--
-- Quantities of leave are integers in hundredths of a day (days_hundredths): 25 days = 2500,
-- a half day = 50, RTT 18.4 days = 1840. Sums are exact, as money in cents is.

-- Configurable by HR. The seeded rows have fixed ids, the same on every desk and on the server.
CREATE TABLE leave_types (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    colour TEXT NOT NULL DEFAULT '#4a90d9' CHECK (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    counting TEXT NOT NULL DEFAULT 'working_days' CHECK (counting IN ('working_days', 'calendar_days')),
    unit TEXT NOT NULL DEFAULT 'half_day' CHECK (unit IN ('day', 'half_day')),
    has_balance INTEGER NOT NULL DEFAULT 1 CHECK (has_balance IN (0, 1)),
    approval TEXT NOT NULL DEFAULT 'head' CHECK (approval IN ('none', 'head', 'head_then_hr')),
    document_required INTEGER NOT NULL DEFAULT 0 CHECK (document_required IN (0, 1)),
    hr_only INTEGER NOT NULL DEFAULT 0 CHECK (hr_only IN (0, 1)),
    -- Special leave (ASA): the most a request may count, from the council's decision.
    fixed_days_hundredths INTEGER CHECK (fixed_days_hundredths > 0),
    -- Annual leave: at most 31 consecutive calendar days of absence (décret 85-1250 art. 4).
    max_consecutive_days INTEGER CHECK (max_consecutive_days > 0),
    -- Leave taken of this type earns split-leave bonus days when outside 1 May–31 October.
    counts_for_split_bonus INTEGER NOT NULL DEFAULT 0 CHECK (counts_for_split_bonus IN (0, 1)),
    -- An absence that reduces RTT at year end (quotient 228 / RTT days).
    reduces_rtt INTEGER NOT NULL DEFAULT 0 CHECK (reduces_rtt IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 100,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX leave_types_code ON leave_types (code) WHERE deleted = 0;

-- Labels are the council's words, kept as data (French), like the unit names.
INSERT INTO leave_types (id, code, label, colour, counting, unit, has_balance, approval, document_required,
                         hr_only, fixed_days_hundredths, max_consecutive_days, counts_for_split_bonus, reduces_rtt, sort_order) VALUES
 ('leave-type-annual', 'annual', 'Congés annuels', '#3b7dd8', 'working_days', 'half_day', 1, 'head', 0, 0, NULL, 31, 1, 0, 10),
 ('leave-type-rtt', 'rtt', 'RTT', '#2e9e6a', 'working_days', 'half_day', 1, 'head', 0, 0, NULL, NULL, 0, 0, 20),
 ('leave-type-split-bonus', 'split_bonus', 'Jours de fractionnement', '#7a5cc9', 'working_days', 'half_day', 1, 'head', 0, 0, NULL, NULL, 0, 0, 30),
 ('leave-type-tsa', 'tsa', 'Compte épargne-temps', '#c98a1b', 'working_days', 'half_day', 1, 'head_then_hr', 0, 0, NULL, NULL, 0, 0, 40),
 ('leave-type-sick', 'sick', 'Congé de maladie ordinaire', '#d9534f', 'calendar_days', 'day', 0, 'none', 1, 1, NULL, NULL, 0, 1, 50),
 ('leave-type-training', 'training', 'Formation', '#17a2b8', 'working_days', 'half_day', 0, 'head_then_hr', 1, 0, NULL, NULL, 0, 0, 60),
 ('leave-type-marriage', 'marriage', 'Mariage ou PACS de l''agent', '#e377c2', 'working_days', 'day', 0, 'head_then_hr', 1, 0, 500, NULL, 0, 0, 70),
 ('leave-type-child-death', 'child_death', 'Décès d''un enfant', '#6c757d', 'working_days', 'day', 0, 'head', 1, 0, 700, NULL, 0, 0, 80),
 ('leave-type-family-death', 'family_death', 'Décès ou maladie très grave du conjoint, d''un parent', '#8c8c8c', 'working_days', 'day', 0, 'head', 1, 0, 300, NULL, 0, 0, 90),
 ('leave-type-sick-child', 'sick_child', 'Garde d''enfant malade', '#f0ad4e', 'working_days', 'half_day', 0, 'head', 1, 0, 600, NULL, 0, 0, 100);

-- Every right and every use, never overwritten: a balance is a sum, a correction a reversing
-- entry (reverses_entry_id). `year` is the rights year the entry belongs to.
CREATE TABLE leave_ledger_entries (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL,
    leave_type_id TEXT NOT NULL REFERENCES leave_types (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    kind TEXT NOT NULL CHECK (kind IN ('allocation', 'use', 'adjustment', 'carry_over', 'expiry', 'deposit')),
    days_hundredths INTEGER NOT NULL,
    effective_date TEXT NOT NULL,
    -- Carried-over days (health-related absence) expire 15 months after their year.
    expires_on TEXT,
    request_id TEXT,
    reverses_entry_id TEXT,
    -- What wrote it: 'request', 'close-2026', 'recount', 'hr' ...; a re-run finds its own.
    source TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX leave_ledger_agent_year ON leave_ledger_entries (agent_id, year, leave_type_id);
CREATE INDEX leave_ledger_year ON leave_ledger_entries (year, agent_id, leave_type_id, days_hundredths);
CREATE INDEX leave_ledger_request ON leave_ledger_entries (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX leave_ledger_reverses ON leave_ledger_entries (reverses_entry_id) WHERE reverses_entry_id IS NOT NULL;
-- Append-only on this desk. A pull (capture off) applies the server's row as it is: the
-- server is append-only too, and may give a value back in its own format (a timestamp).
CREATE TRIGGER leave_ledger_append_only BEFORE UPDATE ON leave_ledger_entries
WHEN (SELECT capture FROM sync_control WHERE id = 1) = 1 AND (OLD.agent_id IS NOT NEW.agent_id OR OLD.leave_type_id IS NOT NEW.leave_type_id OR OLD.year IS NOT NEW.year
  OR OLD.kind IS NOT NEW.kind OR OLD.days_hundredths IS NOT NEW.days_hundredths
  OR OLD.effective_date IS NOT NEW.effective_date OR OLD.request_id IS NOT NEW.request_id
  OR OLD.reverses_entry_id IS NOT NEW.reverses_entry_id OR OLD.deleted IS NOT NEW.deleted
  OR OLD.expires_on IS NOT NEW.expires_on OR OLD.source IS NOT NEW.source OR OLD.note IS NOT NEW.note)
BEGIN
    SELECT RAISE(ABORT, 'leave_ledger_entries is append-only: write a reversing entry instead');
END;

CREATE TABLE leave_requests (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL,
    leave_type_id TEXT NOT NULL REFERENCES leave_types (id),
    start_date TEXT NOT NULL,
    start_half TEXT NOT NULL DEFAULT 'am' CHECK (start_half IN ('am', 'pm')),
    end_date TEXT NOT NULL,
    end_half TEXT NOT NULL DEFAULT 'pm' CHECK (end_half IN ('am', 'pm')),
    -- The duration as counted (working or calendar half-days), kept to show and to correct.
    half_days INTEGER NOT NULL CHECK (half_days >= 0),
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'waiting_hr', 'approved', 'refused',
        'withdrawn', 'cancellation_requested', 'cancelled')),
    comment TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT '',
    -- The supporting document (proof of marriage, a convocation...) where the type needs one.
    -- Last: SQLite reads a row's columns in order, and a list should not walk the BLOB's pages.
    document_name TEXT NOT NULL DEFAULT '',
    document_mime_type TEXT NOT NULL DEFAULT '',
    document BLOB,
    CHECK (end_date > start_date OR (end_date = start_date AND NOT (start_half = 'pm' AND end_half = 'am'))),
    CHECK (document IS NULL OR length(document) <= 5242880)
);
CREATE INDEX leave_requests_agent ON leave_requests (agent_id, start_date);
CREATE INDEX leave_requests_state ON leave_requests (state, start_date);
CREATE INDEX leave_requests_dates ON leave_requests (start_date, end_date);

-- Who did what to a request, when, with which comment, and on whose behalf (a deputy acts for
-- the head who delegated). Append-only like the ledger.
CREATE TABLE leave_request_steps (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    agent_id TEXT NOT NULL,              -- the request's agent, for the security policies
    action TEXT NOT NULL CHECK (action IN ('created', 'submitted', 'approved', 'forwarded_to_hr', 'refused',
        'withdrawn', 'cancellation_requested', 'cancellation_approved', 'cancellation_refused',
        'entered_by_hr', 'recounted')),
    from_state TEXT NOT NULL DEFAULT '',
    to_state TEXT NOT NULL,
    actor_login TEXT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    on_behalf_of_agent_id TEXT,
    on_behalf_of_name TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    acted_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX leave_request_steps_request ON leave_request_steps (request_id, acted_at);
CREATE INDEX leave_request_steps_agent ON leave_request_steps (agent_id, acted_at);
CREATE TRIGGER leave_request_steps_append_only BEFORE UPDATE ON leave_request_steps
WHEN (SELECT capture FROM sync_control WHERE id = 1) = 1 AND (OLD.request_id IS NOT NEW.request_id OR OLD.agent_id IS NOT NEW.agent_id OR OLD.action IS NOT NEW.action
  OR OLD.from_state IS NOT NEW.from_state OR OLD.to_state IS NOT NEW.to_state OR OLD.actor_login IS NOT NEW.actor_login
  OR OLD.actor_name IS NOT NEW.actor_name OR OLD.on_behalf_of_agent_id IS NOT NEW.on_behalf_of_agent_id
  OR OLD.on_behalf_of_name IS NOT NEW.on_behalf_of_name OR OLD.comment IS NOT NEW.comment
  OR OLD.acted_at IS NOT NEW.acted_at OR OLD.deleted IS NOT NEW.deleted)
BEGIN
    SELECT RAISE(ABORT, 'leave_request_steps is append-only');
END;

-- A head lets a deputy approve for a unit (and its sub-units) during a date range.
CREATE TABLE leave_delegations (
    id TEXT PRIMARY KEY,
    org_unit_id TEXT NOT NULL REFERENCES org_units (id),
    delegator_agent_id TEXT NOT NULL,
    deputy_agent_id TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT '',
    CHECK (end_date >= start_date),
    CHECK (deputy_agent_id <> delegator_agent_id)
);
CREATE INDEX leave_delegations_deputy ON leave_delegations (deputy_agent_id, end_date);

-- Days off the mayor grants beyond the public holidays (a bridge day, a closure), set by HR.
-- Leave is not counted on them, like a public holiday.
CREATE TABLE leave_days_off (
    id TEXT PRIMARY KEY,
    day TEXT NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX leave_days_off_day ON leave_days_off (day);

-- What a recount changed, for HR to review: a request counted again after the calendar or the
-- agent's working time changed, and the ledger corrected.
CREATE TABLE leave_recounts (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    old_half_days INTEGER NOT NULL,
    new_half_days INTEGER NOT NULL,
    reason TEXT NOT NULL,
    recounted_at TEXT NOT NULL,
    reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX leave_recounts_review ON leave_recounts (reviewed, recounted_at);

-- Not synchronised: what a change made on this desk asks to recount. A change that came by a
-- pull is the other desk's to recount (sync_control.capture = 0 then), so two desks never
-- both correct the ledger for one change. '*' = every agent (the calendar changed).
CREATE TABLE local_leave_recount_queue (
    agent_id TEXT PRIMARY KEY,
    since TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TRIGGER leave_recount_on_working_time_insert AFTER INSERT ON working_times
WHEN (SELECT capture FROM sync_control WHERE id = 1) = 1
BEGIN
    INSERT INTO local_leave_recount_queue (agent_id, since, reason) VALUES (NEW.agent_id, NEW.effective_date, 'working_time')
    ON CONFLICT (agent_id) DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER leave_recount_on_working_time_update AFTER UPDATE ON working_times
WHEN (SELECT capture FROM sync_control WHERE id = 1) = 1
  AND (OLD.weekly_pattern IS NOT NEW.weekly_pattern OR OLD.effective_date IS NOT NEW.effective_date OR OLD.deleted IS NOT NEW.deleted)
BEGIN
    INSERT INTO local_leave_recount_queue (agent_id, since, reason) VALUES (NEW.agent_id, min(OLD.effective_date, NEW.effective_date), 'working_time')
    ON CONFLICT (agent_id) DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER leave_recount_on_day_off_insert AFTER INSERT ON leave_days_off
WHEN (SELECT capture FROM sync_control WHERE id = 1) = 1
BEGIN
    INSERT INTO local_leave_recount_queue (agent_id, since, reason) VALUES ('*', NEW.day, 'calendar')
    ON CONFLICT (agent_id) DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER leave_recount_on_day_off_update AFTER UPDATE ON leave_days_off
WHEN (SELECT capture FROM sync_control WHERE id = 1) = 1
BEGIN
    INSERT INTO local_leave_recount_queue (agent_id, since, reason) VALUES ('*', min(OLD.day, NEW.day), 'calendar')
    ON CONFLICT (agent_id) DO UPDATE SET since = min(since, excluded.since);
END;
