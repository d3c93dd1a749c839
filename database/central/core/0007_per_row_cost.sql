-- What every written row costs the server, made small enough for a town of 60,000 agents
-- (issue 15's load, measured: 2,700 rows/s before).

-- Who the connected login is, through the login's unique index. session_user is a name, whose
-- collation is "C": compared with `login` (the database's default collation) no index of the
-- column serves it, so every call read the whole of user_accounts, and triggers call it for
-- every row they check (49 µs a call at 300 accounts, about 10 ms at 60,000).
CREATE OR REPLACE FUNCTION civitas.current_user_id() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$ SELECT id FROM civitas.user_accounts WHERE login = session_user::text COLLATE "default" AND deleted = 0 $$;

CREATE OR REPLACE FUNCTION civitas.current_agent_id() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$ SELECT agent_id FROM civitas.user_accounts WHERE login = session_user::text COLLATE "default" AND deleted = 0 $$;

-- The audit triggers learn a table's binary columns once, when they are hung on the table
-- (their arguments), instead of reading the catalogue for every row they log: that lookup was
-- most of the audit's cost. Still read from the column types, never guessed from a value; a
-- binary column added to a synchronised table later needs make_synchronised (or
-- make_audited) again, which the central schema's test checks for every table.
-- Insertions are logged once per statement, from its transition table: a load's COPY of a
-- million rows writes its audit in one INSERT … SELECT instead of a million trigger calls.
-- Updates stay per row: each logs only the fields that changed.
CREATE OR REPLACE FUNCTION civitas.audit_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    old_json jsonb := to_jsonb(OLD) - 'changed_xid' - 'row_version';
    new_json jsonb;
    binary_column text;
    size bigint;
BEGIN
    IF TG_TABLE_SCHEMA <> 'civitas' OR TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'civitas.audit_change() audits the updates of Civitas tables only';
    END IF;
    SELECT jsonb_object_agg(n.key, n.value) INTO new_json
      FROM jsonb_each(to_jsonb(NEW) - 'changed_xid' - 'row_version') n
      JOIN jsonb_each(old_json) o USING (key)
     WHERE n.value IS DISTINCT FROM o.value;
    SELECT jsonb_object_agg(o.key, o.value) INTO old_json
      FROM jsonb_each(old_json) o
     WHERE new_json ? o.key;
    -- The size is the value's own (octet_length), whatever the session's bytea_output.
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        binary_column := TG_ARGV[i];
        IF new_json ? binary_column AND jsonb_typeof(new_json -> binary_column) <> 'null' THEN
            EXECUTE format('SELECT octet_length(($1).%I)', binary_column) INTO size USING NEW;
            new_json := jsonb_set(new_json, ARRAY[binary_column], to_jsonb(format('<%s bytes>', size)));
        END IF;
        IF old_json ? binary_column AND jsonb_typeof(old_json -> binary_column) <> 'null' THEN
            EXECUTE format('SELECT octet_length(($1).%I)', binary_column) INTO size USING OLD;
            old_json := jsonb_set(old_json, ARRAY[binary_column], to_jsonb(format('<%s bytes>', size)));
        END IF;
    END LOOP;
    INSERT INTO civitas.audit_log (table_name, row_id, operation, old_values, new_values)
    VALUES (TG_TABLE_NAME, NEW.id,
            CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'delete' ELSE 'update' END,
            old_json, new_json);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.audit_change() FROM PUBLIC;

CREATE OR REPLACE FUNCTION civitas.audit_insertions() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    sizes text := '';
BEGIN
    IF TG_TABLE_SCHEMA <> 'civitas' OR TG_OP <> 'INSERT' OR TG_LEVEL <> 'STATEMENT' THEN
        RAISE EXCEPTION 'civitas.audit_insertions() audits the insertions of Civitas tables only';
    END IF;
    IF TG_NARGS = 0 THEN
        INSERT INTO civitas.audit_log (table_name, row_id, operation, new_values)
        SELECT TG_TABLE_NAME, n.id, 'insert', to_jsonb(n) - 'changed_xid' - 'row_version'
          FROM inserted_rows n;
        RETURN NULL;
    END IF;
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        sizes := sizes || format(' || CASE WHEN n.%1$I IS NULL THEN ''{}''::jsonb '
                                 'ELSE jsonb_build_object(%1$L, format(''<%%s bytes>'', octet_length(n.%1$I))) END',
                                 TG_ARGV[i]);
    END LOOP;
    EXECUTE format('INSERT INTO civitas.audit_log (table_name, row_id, operation, new_values) '
                   'SELECT $1, n.id, ''insert'', to_jsonb(n) - ''changed_xid'' - ''row_version''%s '
                   '  FROM inserted_rows n', sizes)
        USING TG_TABLE_NAME;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.audit_insertions() FROM PUBLIC;

-- Hangs the audit triggers on a table, its binary columns as the triggers' arguments.
CREATE OR REPLACE FUNCTION civitas.make_audited(t regclass) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    binary_columns text;
BEGIN
    SELECT coalesce(string_agg(format('%L', attname), ', ' ORDER BY attnum), '') INTO binary_columns
      FROM pg_catalog.pg_attribute
     WHERE attrelid = t AND attnum > 0 AND NOT attisdropped
       AND atttypid = 'pg_catalog.bytea'::pg_catalog.regtype;
    EXECUTE format('DROP TRIGGER IF EXISTS civitas_audit ON %s', t);
    EXECUTE format('CREATE TRIGGER civitas_audit AFTER UPDATE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION civitas.audit_change(%s)', t, binary_columns);
    EXECUTE format('DROP TRIGGER IF EXISTS civitas_audit_insertions ON %s', t);
    EXECUTE format('CREATE TRIGGER civitas_audit_insertions AFTER INSERT ON %s '
                   'REFERENCING NEW TABLE AS inserted_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION civitas.audit_insertions(%s)', t, binary_columns);
END
$$;
REVOKE ALL ON FUNCTION civitas.make_audited(regclass) FROM PUBLIC;

-- As in 0001, the audit trigger now through make_audited.
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
    PERFORM civitas.make_audited(t);
    EXECUTE format('DROP TRIGGER IF EXISTS civitas_notify ON %s', t);
    EXECUTE format('CREATE TRIGGER civitas_notify AFTER INSERT OR UPDATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION civitas.notify_change()', t);
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s (changed_xid, id)', table_name || '_changed', t);
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('REVOKE ALL ON %s FROM PUBLIC', t);
END
$$;
REVOKE ALL ON FUNCTION civitas.make_synchronised(regclass) FROM PUBLIC;

-- The tables audited before this migration.
SELECT civitas.make_audited(tgrelid)
  FROM pg_catalog.pg_trigger WHERE tgname = 'civitas_audit' AND NOT tgisinternal;
