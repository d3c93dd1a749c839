-- Audit rows keep who changed what, not copies of attached files: a binary value (a document's
-- content) is logged as its size. The file itself stays in its table, never overwritten.
-- Which values are binary is read from the table's column types, never guessed from a value:
-- a text that happens to start with "\x" is logged as typed, and a small file as a size too.
CREATE OR REPLACE FUNCTION civitas.audit_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    new_json jsonb := to_jsonb(NEW) - 'changed_xid' - 'row_version';
    old_json jsonb;
    operation text := 'insert';
    binary_column text;
    size bigint;
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
    -- The size is the value's own (octet_length), whatever the session's bytea_output.
    FOR binary_column IN
        SELECT attname FROM pg_catalog.pg_attribute
         WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped
           AND atttypid = 'pg_catalog.bytea'::pg_catalog.regtype
    LOOP
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
    VALUES (TG_TABLE_NAME, NEW.id, operation, old_json, new_json);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.audit_change() FROM PUBLIC;
