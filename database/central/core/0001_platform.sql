-- The central platform: group roles, the append-only audit log, and the machinery every
-- synchronised table gets through civitas.make_synchronised(). Runs as the provisioning
-- role, which owns every table (owners bypass row-level security; application logins never
-- own anything, so the policies always apply to them).

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['civitas_agent', 'civitas_department_head', 'civitas_hr',
                             'civitas_associations', 'civitas_schools', 'civitas_assemblies',
                             'civitas_administrator']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;

GRANT USAGE ON SCHEMA civitas TO civitas_agent, civitas_department_head, civitas_hr,
    civitas_associations, civitas_schools, civitas_assemblies, civitas_administrator;

-- True when the connected login belongs to the Civitas group role `role` (agent, hr...).
CREATE OR REPLACE FUNCTION civitas.has_role(role text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$ SELECT pg_has_role(session_user, 'civitas_' || role, 'MEMBER') $$;

-- Append-only audit log: who changed what and when, old and new values; HR's reads too.
CREATE TABLE civitas.audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_user text NOT NULL DEFAULT session_user,
    table_name text NOT NULL,
    row_id text NOT NULL,
    operation text NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'read')),
    old_values jsonb,
    new_values jsonb
);
CREATE INDEX audit_log_row ON civitas.audit_log (table_name, row_id, id);
REVOKE ALL ON civitas.audit_log FROM PUBLIC;
GRANT SELECT ON civitas.audit_log TO civitas_administrator;

CREATE OR REPLACE FUNCTION civitas.refuse_audit_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON civitas.audit_log
    FOR EACH ROW EXECUTE FUNCTION civitas.refuse_audit_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON civitas.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION civitas.refuse_audit_change();

-- Writes the audit row for a change; SECURITY DEFINER so that nobody needs (or gets) a
-- privilege on the log itself. session_user stays the connected login inside it.
CREATE OR REPLACE FUNCTION civitas.audit_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    new_json jsonb := to_jsonb(NEW) - 'changed_xid' - 'row_version';
    old_json jsonb;
    operation text := 'insert';
BEGIN
    IF TG_OP = 'UPDATE' THEN
        old_json := to_jsonb(OLD) - 'changed_xid' - 'row_version';
        SELECT jsonb_object_agg(n.key, n.value) INTO new_json
          FROM jsonb_each(to_jsonb(NEW) - 'changed_xid' - 'row_version') n
          JOIN jsonb_each(old_json) o USING (key)
         WHERE n.value IS DISTINCT FROM o.value;
        SELECT jsonb_object_agg(o.key, o.value) INTO old_json
          FROM jsonb_each(old_json) o
         WHERE new_json ? o.key;
        operation := CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'delete' ELSE 'update' END;
    END IF;
    IF TG_TABLE_SCHEMA <> 'civitas' THEN
        RAISE EXCEPTION 'civitas.audit_change() audits Civitas tables only';
    END IF;
    INSERT INTO civitas.audit_log (table_name, row_id, operation, old_values, new_values)
    VALUES (TG_TABLE_NAME, NEW.id, operation, old_json, new_json);
    RETURN NULL;
END
$$;
-- Nobody may hang it on a table of their own to write audit rows: triggers that exist keep
-- working, EXECUTE is checked only when a trigger is created.
REVOKE ALL ON FUNCTION civitas.audit_change() FROM PUBLIC;

-- Records that the connected login read a row (HR opening an agent file).
CREATE OR REPLACE FUNCTION civitas.log_read(table_name text, row_id text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$ INSERT INTO civitas.audit_log (table_name, row_id, operation) VALUES (table_name, row_id, 'read') $$;
REVOKE ALL ON FUNCTION civitas.log_read(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.log_read(text, text) TO civitas_hr, civitas_administrator;

-- Every insert or update of a synchronised row: the transaction that wrote it (the pull
-- watermark), a version one higher, the server's clock and the login that did it.
CREATE OR REPLACE FUNCTION civitas.stamp_row() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id IS DISTINCT FROM OLD.id THEN
            RAISE EXCEPTION 'the id of a synchronised row cannot change';
        END IF;
        NEW.row_version := OLD.row_version + 1;
    ELSE
        NEW.row_version := 1;
    END IF;
    NEW.changed_xid := pg_current_xact_id();
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION civitas.refuse_delete() RETURNS trigger
    LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION '%: synchronised rows are never deleted; set deleted = 1', TG_TABLE_NAME; END $$;

-- Delivered at commit, once per transaction and table: clients LISTEN and pull.
CREATE OR REPLACE FUNCTION civitas.notify_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$ BEGIN PERFORM pg_notify('civitas_changes', TG_TABLE_NAME); RETURN NULL; END $$;

-- Gives a table of DESIGN.md's convention (plus changed_xid xid8) its triggers, its pull
-- index and row-level security. Idempotent.
CREATE OR REPLACE FUNCTION civitas.make_synchronised(t regclass) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    table_name text := (SELECT relname FROM pg_class WHERE oid = t);
BEGIN
    EXECUTE format('DROP TRIGGER IF EXISTS civitas_stamp ON %s', t);
    EXECUTE format('CREATE TRIGGER civitas_stamp BEFORE INSERT OR UPDATE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION civitas.stamp_row()', t);
    EXECUTE format('DROP TRIGGER IF EXISTS civitas_no_delete ON %s', t);
    EXECUTE format('CREATE TRIGGER civitas_no_delete BEFORE DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION civitas.refuse_delete()', t);
    EXECUTE format('DROP TRIGGER IF EXISTS civitas_audit ON %s', t);
    EXECUTE format('CREATE TRIGGER civitas_audit AFTER INSERT OR UPDATE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION civitas.audit_change()', t);
    EXECUTE format('DROP TRIGGER IF EXISTS civitas_notify ON %s', t);
    EXECUTE format('CREATE TRIGGER civitas_notify AFTER INSERT OR UPDATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION civitas.notify_change()', t);
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s (changed_xid, id)', table_name || '_changed', t);
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('REVOKE ALL ON %s FROM PUBLIC', t);
END
$$;

REVOKE ALL ON FUNCTION civitas.make_synchronised(regclass) FROM PUBLIC;

-- Which pushes of which client were applied: a replayed push (after a crash or a cut
-- connection) finds its receipt and changes nothing more.
CREATE TABLE civitas.sync_receipts (
    client_id text NOT NULL,
    seq bigint NOT NULL,
    db_user text NOT NULL DEFAULT session_user,
    applied_at timestamptz NOT NULL DEFAULT now(),
    -- The conflicts this push found, so that a replay can record them on the client again.
    conflicts jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (client_id, seq)
);
ALTER TABLE civitas.sync_receipts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_receipts ON civitas.sync_receipts
    USING (db_user = session_user) WITH CHECK (db_user = session_user);
GRANT SELECT, INSERT ON civitas.sync_receipts TO civitas_agent;

-- An idle open transaction anywhere holds every client's pull watermark back (DESIGN.md):
-- the server ends such transactions after 5 minutes.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = %L',
                   current_database(), '5min');
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'idle_in_transaction_session_timeout not set: only the database owner may set it';
END $$;
