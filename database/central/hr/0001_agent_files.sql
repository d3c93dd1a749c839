-- The individual agent file on the server. Same tables as on every desk (see
-- database/local/hr), split by who may read what:
--   agents, working_times                      HR, the agent, the heads of the agent's unit;
--   agent_details, career_steps,
--   statutory_positions, agent_documents       HR and the agent only.
-- Only HR writes. Row-level security is the boundary; the interface mirrors it.

CREATE TABLE civitas.agents (
    id text PRIMARY KEY,
    registration_number text NOT NULL,
    birth_name text NOT NULL,
    usage_name text NOT NULL DEFAULT '',
    first_names text NOT NULL,
    org_unit_id text REFERENCES civitas.org_units (id),
    post_title text NOT NULL DEFAULT '',
    line_manager_id text,
    entry_date date NOT NULL,
    departure_date date,
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK (departure_date IS NULL OR departure_date >= entry_date)
);
CREATE UNIQUE INDEX agents_registration_number ON civitas.agents (registration_number) WHERE deleted = 0;
CREATE INDEX agents_unit ON civitas.agents (org_unit_id);

CREATE TABLE civitas.agent_details (
    id text PRIMARY KEY REFERENCES civitas.agents (id),
    sex text NOT NULL CHECK (sex IN ('F', 'M')),
    birth_date date,
    birth_place text NOT NULL DEFAULT '',
    nationality text NOT NULL DEFAULT '',
    nir text NOT NULL DEFAULT '',
    address text NOT NULL DEFAULT '',
    postcode text NOT NULL DEFAULT '',
    city text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    status text NOT NULL CHECK (status IN ('tenured', 'trainee', 'contract')),
    contract_basis text NOT NULL DEFAULT '',
    contract_start date,
    contract_end date,
    departure_reason text CHECK (departure_reason IN ('retirement', 'resignation', 'transfer',
        'end_of_contract', 'dismissal', 'death', 'other')),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK (contract_end IS NULL OR contract_start IS NULL OR contract_end >= contract_start)
);

CREATE TABLE civitas.career_steps (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES civitas.agents (id),
    effective_date date NOT NULL,
    category text NOT NULL CHECK (category IN ('A', 'B', 'C')),
    sector text NOT NULL CHECK (sector IN ('administrative', 'technical', 'cultural', 'sports',
        'social', 'medico_social', 'animation', 'municipal_police', 'fire')),
    job_framework text NOT NULL,
    grade text NOT NULL,
    echelon integer NOT NULL CHECK (echelon BETWEEN 1 AND 15),
    gross_index integer CHECK (gross_index > 0),
    increased_index integer CHECK (increased_index > 0),
    reason text NOT NULL DEFAULT 'other' CHECK (reason IN ('appointment', 'tenure',
        'echelon_advancement', 'grade_advancement', 'promotion', 'recruitment', 'other')),
    decision_reference text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX career_steps_agent ON civitas.career_steps (agent_id, effective_date);

CREATE TABLE civitas.statutory_positions (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES civitas.agents (id),
    position text NOT NULL CHECK (position IN ('active', 'made_available', 'secondment',
        'leave_of_absence', 'parental_leave')),
    start_date date NOT NULL,
    end_date date,
    decision_reference text NOT NULL CHECK (decision_reference <> ''),
    decision_date date NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX statutory_positions_agent ON civitas.statutory_positions (agent_id, start_date);

CREATE TABLE civitas.working_times (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES civitas.agents (id),
    effective_date date NOT NULL,
    kind text NOT NULL CHECK (kind IN ('full_time', 'part_time', 'non_full_time')),
    part_time_rate integer CHECK (part_time_rate IN (50, 60, 70, 80, 90)),
    thirty_fifths integer CHECK (thirty_fifths BETWEEN 1 AND 34),
    weekly_minutes integer NOT NULL CHECK (weekly_minutes BETWEEN 1 AND 2880),
    weekly_pattern text NOT NULL CHECK (weekly_pattern ~ '^[01]{14}$' AND weekly_pattern LIKE '%1%'),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK ((kind = 'part_time') = (part_time_rate IS NOT NULL)),
    CHECK ((kind = 'non_full_time') = (thirty_fifths IS NOT NULL))
);
CREATE INDEX working_times_agent ON civitas.working_times (agent_id, effective_date);

CREATE TABLE civitas.agent_documents (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES civitas.agents (id),
    sequence_number integer NOT NULL CHECK (sequence_number > 0),
    category text NOT NULL CHECK (category IN ('identity', 'diplomas', 'career_decisions',
        'evaluations', 'training', 'absences', 'other')),
    title text NOT NULL CHECK (title <> ''),
    document_date date NOT NULL,
    file_name text NOT NULL,
    mime_type text NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    byte_size integer NOT NULL CHECK (byte_size BETWEEN 1 AND 5242880),
    content bytea NOT NULL CHECK (length(content) = byte_size),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE UNIQUE INDEX agent_documents_number ON civitas.agent_documents (agent_id, sequence_number);

CREATE TABLE civitas.agent_file_reads (
    id text PRIMARY KEY,
    agent_id text NOT NULL,
    read_at timestamptz NOT NULL DEFAULT now(),
    read_by text NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);

SELECT civitas.make_synchronised('civitas.agents');
SELECT civitas.make_synchronised('civitas.agent_details');
SELECT civitas.make_synchronised('civitas.career_steps');
SELECT civitas.make_synchronised('civitas.statutory_positions');
SELECT civitas.make_synchronised('civitas.working_times');
SELECT civitas.make_synchronised('civitas.agent_documents');
SELECT civitas.make_synchronised('civitas.agent_file_reads');

-- Two statutory positions of one agent may not overlap (CGFP L511-1: one position at a
-- time). The per-agent lock makes two concurrent pushes wait for each other: the second then
-- sees the first's committed row (each statement here takes a fresh snapshot).
-- An AFTER trigger: row-level security has refused a login that may not write the row before
-- it runs. Run BEFORE, this SECURITY DEFINER check would answer anybody who tries an insert
-- with another agent's position and its dates.
CREATE OR REPLACE FUNCTION civitas.check_position_overlap() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    other record;
BEGIN
    IF NEW.deleted = 1 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('civitas.statutory_positions'), hashtext(NEW.agent_id));
    SELECT position, start_date, end_date INTO other
      FROM civitas.statutory_positions
     WHERE agent_id = NEW.agent_id AND id <> NEW.id AND deleted = 0
       AND daterange(start_date, end_date, '[]') && daterange(NEW.start_date, NEW.end_date, '[]')
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'statutory positions may not overlap: % from % to % is already recorded',
            other.position, other.start_date, coalesce(other.end_date::text, '(open)')
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER statutory_positions_no_overlap AFTER INSERT OR UPDATE ON civitas.statutory_positions
    FOR EACH ROW EXECUTE FUNCTION civitas.check_position_overlap();

-- The server numbers the pieces of a file: two desks that added piece n offline both get a
-- number, in the order their pushes arrive, with no gap. The number never changes after.
CREATE OR REPLACE FUNCTION civitas.number_agent_document() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.sequence_number := OLD.sequence_number;
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('civitas.agent_documents'), hashtext(NEW.agent_id));
    SELECT coalesce(max(sequence_number), 0) + 1 INTO NEW.sequence_number
      FROM civitas.agent_documents WHERE agent_id = NEW.agent_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER agent_documents_number BEFORE INSERT OR UPDATE ON civitas.agent_documents
    FOR EACH ROW EXECUTE FUNCTION civitas.number_agent_document();

-- A read of an agent file by HR becomes a 'read' row of the audit log. The log's time is the
-- server's, as for every other row (a desk's clock, or a login, could date it at will); the
-- time the desk says the file was opened, perhaps offline, is kept as a value.
CREATE OR REPLACE FUNCTION civitas.log_agent_file_read() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    INSERT INTO civitas.audit_log (table_name, row_id, operation, new_values)
    VALUES ('agents', NEW.agent_id, 'read', jsonb_build_object('read_at', NEW.read_at, 'read_id', NEW.id));
    RETURN NULL;
END
$$;
CREATE TRIGGER agent_file_reads_audit AFTER INSERT ON civitas.agent_file_reads
    FOR EACH ROW EXECUTE FUNCTION civitas.log_agent_file_read();
REVOKE ALL ON FUNCTION civitas.check_position_overlap(), civitas.number_agent_document(),
    civitas.log_agent_file_read() FROM PUBLIC;

-- The agents whose team the connected login heads (see civitas.headed_units()).
CREATE OR REPLACE FUNCTION civitas.team_agents() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$ SELECT id FROM civitas.agents WHERE deleted = 0 AND org_unit_id IN (SELECT civitas.headed_units()) $$;

GRANT SELECT, INSERT, UPDATE ON civitas.agents, civitas.agent_details, civitas.career_steps,
    civitas.statutory_positions, civitas.working_times, civitas.agent_documents,
    civitas.agent_file_reads TO civitas_agent;

-- Names and postings: HR, the agent, the heads of the unit.
CREATE POLICY agents_read ON civitas.agents FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR id = (SELECT civitas.current_agent_id())
           OR org_unit_id IN (SELECT civitas.headed_units()));
CREATE POLICY working_times_read ON civitas.working_times FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id())
           OR agent_id IN (SELECT civitas.team_agents()));

-- The rest of the file: HR and the agent.
CREATE POLICY agent_details_read ON civitas.agent_details FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR id = (SELECT civitas.current_agent_id()));
CREATE POLICY career_steps_read ON civitas.career_steps FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id()));
CREATE POLICY statutory_positions_read ON civitas.statutory_positions FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id()));
CREATE POLICY agent_documents_read ON civitas.agent_documents FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id()));

-- Only HR writes the file.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['agents', 'agent_details', 'career_steps', 'statutory_positions',
                             'working_times', 'agent_documents']
    LOOP
        EXECUTE format('CREATE POLICY %I ON civitas.%I FOR INSERT WITH CHECK ((SELECT civitas.has_role(''hr'')))',
                       t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON civitas.%I FOR UPDATE USING ((SELECT civitas.has_role(''hr''))) '
                       'WITH CHECK ((SELECT civitas.has_role(''hr'')))', t || '_update', t);
    END LOOP;
END $$;

-- An HR login records its own reads, and sees only those.
CREATE POLICY agent_file_reads_read ON civitas.agent_file_reads FOR SELECT
    USING (read_by = session_user);
CREATE POLICY agent_file_reads_insert ON civitas.agent_file_reads FOR INSERT
    WITH CHECK (read_by = session_user AND (SELECT civitas.has_role('hr')));
