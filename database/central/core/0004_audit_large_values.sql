-- Audit rows keep who changed what, not copies of attached files: a binary value (a document's
-- content) is logged as its size. The file itself stays in its table, never overwritten.
CREATE OR REPLACE FUNCTION civitas.audit_values(values_json jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE STRICT AS
$$
    SELECT coalesce(jsonb_object_agg(key,
               CASE WHEN jsonb_typeof(value) = 'string' AND left(value #>> '{}', 2) = '\x'
                         AND length(value #>> '{}') > 130
                    THEN to_jsonb(format('<%s bytes>', (length(value #>> '{}') - 2) / 2))
                    ELSE value END), '{}'::jsonb)
      FROM jsonb_each(values_json)
$$;

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
    VALUES (TG_TABLE_NAME, NEW.id, operation,
            civitas.audit_values(old_json), civitas.audit_values(new_json));
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.audit_change() FROM PUBLIC;
