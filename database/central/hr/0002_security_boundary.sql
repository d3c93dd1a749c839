-- The agent file's side of the security boundary (issue 15): UPDATE for HR only, locks
-- nobody can take from outside, reads traced by the server, length limits.
-- See docs/administration.md.

-- Only HR updates the file; the reads register is insert-only (see core 0006 for why
-- column-level grants).
SELECT civitas.grant_column_updates('civitas.agents', ARRAY['hr']);
SELECT civitas.grant_column_updates('civitas.agent_details', ARRAY['hr']);
SELECT civitas.grant_column_updates('civitas.career_steps', ARRAY['hr']);
SELECT civitas.grant_column_updates('civitas.statutory_positions', ARRAY['hr']);
SELECT civitas.grant_column_updates('civitas.working_times', ARRAY['hr']);
SELECT civitas.grant_column_updates('civitas.agent_documents', ARRAY['hr']);
REVOKE UPDATE ON civitas.agent_file_reads FROM civitas_agent;
-- Nor does anybody else insert there: the triggers below then never run for a login whose
-- insert the policies would refuse anyway.
REVOKE INSERT ON civitas.agents, civitas.agent_details, civitas.career_steps,
    civitas.statutory_positions, civitas.working_times, civitas.agent_documents,
    civitas.agent_file_reads FROM civitas_agent;
GRANT INSERT ON civitas.agents, civitas.agent_details, civitas.career_steps,
    civitas.statutory_positions, civitas.working_times, civitas.agent_documents,
    civitas.agent_file_reads TO civitas_hr;

-- The per-agent serialisation of positions and document numbers locked an advisory key
-- anybody could compute (hashtext of a known string) and hold to block HR's writes for an
-- agent. The agent's own row is locked instead: taking that lock needs UPDATE on agents,
-- which only HR holds, and FOR NO KEY UPDATE does not wait on the key-share locks the
-- references to an agent take. Only HR (and the owner) reach these triggers: nobody else
-- may insert or update these tables.
CREATE OR REPLACE FUNCTION civitas.check_position_overlap() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    other record;
BEGIN
    IF NEW.deleted = 1 THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM civitas.agents WHERE id = NEW.agent_id FOR NO KEY UPDATE;
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

CREATE OR REPLACE FUNCTION civitas.number_agent_document() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.sequence_number := OLD.sequence_number;
        RETURN NEW;
    END IF;
    PERFORM 1 FROM civitas.agents WHERE id = NEW.agent_id FOR NO KEY UPDATE;
    SELECT coalesce(max(sequence_number), 0) + 1 INTO NEW.sequence_number
      FROM civitas.agent_documents WHERE agent_id = NEW.agent_id;
    RETURN NEW;
END
$$;

-- The time of a read is the server's: the desk's clock (or a login) could date it at will.
-- A desk that read a file offline has it dated when its push arrives.
CREATE OR REPLACE FUNCTION civitas.stamp_agent_file_read() RETURNS trigger
    LANGUAGE plpgsql AS
$$ BEGIN NEW.read_at := now(); RETURN NEW; END $$;
CREATE TRIGGER agent_file_reads_read_at BEFORE INSERT OR UPDATE ON civitas.agent_file_reads
    FOR EACH ROW EXECUTE FUNCTION civitas.stamp_agent_file_read();
REVOKE ALL ON FUNCTION civitas.stamp_agent_file_read() FROM PUBLIC;

-- HR's reads of personal columns leave a trace on the server whoever the client is (psql
-- as well as a desk, whose pull reads in a READ ONLY transaction where nothing can be
-- inserted): pgaudit's object audit logs every statement that reads these tables, as the
-- role named by pgaudit.role holds SELECT on them. Needs the pgaudit library loaded
-- (shared_preload_libraries) and a superuser to provision; without them a warning says so
-- and `civitas-admin provision` repeats it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'civitas_auditor') THEN
        CREATE ROLE civitas_auditor NOLOGIN;
    END IF;
END $$;
GRANT SELECT ON civitas.agent_details, civitas.career_steps, civitas.statutory_positions,
    civitas.agent_documents TO civitas_auditor;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pgaudit') THEN
        RAISE WARNING 'pgaudit is not installed on this server: HR reads are not logged by the server';
        RETURN;
    END IF;
    CREATE EXTENSION IF NOT EXISTS pgaudit;
    EXECUTE format('ALTER DATABASE %I SET pgaudit.role = %L', current_database(), 'civitas_auditor');
EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'pgaudit not set up (%): HR reads are not logged by the server', SQLERRM;
END $$;

-- Length limits on free text (docs/administration.md; the desk checks the same).
ALTER TABLE civitas.agents
    ADD CONSTRAINT agents_registration_number_length CHECK (length(registration_number) <= 50),
    ADD CONSTRAINT agents_names_length CHECK (length(birth_name) <= 200
        AND length(usage_name) <= 200 AND length(first_names) <= 200),
    ADD CONSTRAINT agents_post_title_length CHECK (length(post_title) <= 200),
    ADD CONSTRAINT agents_ids_length CHECK (length(id) <= 100 AND length(org_unit_id) <= 100
        AND length(line_manager_id) <= 100);
ALTER TABLE civitas.agent_details
    ADD CONSTRAINT agent_details_birth_place_length CHECK (length(birth_place) <= 200),
    ADD CONSTRAINT agent_details_nationality_length CHECK (length(nationality) <= 100),
    ADD CONSTRAINT agent_details_nir_length CHECK (length(nir) <= 50),
    ADD CONSTRAINT agent_details_address_length CHECK (length(address) <= 500),
    ADD CONSTRAINT agent_details_postcode_length CHECK (length(postcode) <= 20),
    ADD CONSTRAINT agent_details_city_length CHECK (length(city) <= 200),
    ADD CONSTRAINT agent_details_phone_length CHECK (length(phone) <= 50),
    ADD CONSTRAINT agent_details_email_length CHECK (length(email) <= 254),
    ADD CONSTRAINT agent_details_contract_basis_length CHECK (length(contract_basis) <= 200);
ALTER TABLE civitas.career_steps
    ADD CONSTRAINT career_steps_job_framework_length CHECK (length(job_framework) <= 200),
    ADD CONSTRAINT career_steps_grade_length CHECK (length(grade) <= 200),
    ADD CONSTRAINT career_steps_decision_reference_length CHECK (length(decision_reference) <= 200),
    ADD CONSTRAINT career_steps_ids_length CHECK (length(id) <= 100 AND length(agent_id) <= 100);
ALTER TABLE civitas.statutory_positions
    ADD CONSTRAINT statutory_positions_decision_reference_length CHECK (length(decision_reference) <= 200),
    ADD CONSTRAINT statutory_positions_ids_length CHECK (length(id) <= 100 AND length(agent_id) <= 100);
ALTER TABLE civitas.working_times
    ADD CONSTRAINT working_times_ids_length CHECK (length(id) <= 100 AND length(agent_id) <= 100);
ALTER TABLE civitas.agent_documents
    ADD CONSTRAINT agent_documents_title_length CHECK (length(title) <= 200),
    ADD CONSTRAINT agent_documents_file_name_length CHECK (length(file_name) <= 255),
    ADD CONSTRAINT agent_documents_ids_length CHECK (length(id) <= 100 AND length(agent_id) <= 100);
ALTER TABLE civitas.agent_file_reads
    ADD CONSTRAINT agent_file_reads_ids_length CHECK (length(id) <= 100 AND length(agent_id) <= 100
        AND length(read_by) <= 63);
