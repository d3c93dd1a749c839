-- Files that belong to the town rather than to a module's row: its logo on official papers
-- (town/logo), and what later modules need (a signature, a stamp). A town_files row is to a
-- file what a town_settings row is to a value: synchronised, readable by every login, written
-- by an administrator, as the town's identity. The bytes are in the file
-- store (core 0010), so a desk holds the row and fetches the bytes; every desk keeps these
-- files (desk: local core 0011), so that papers print the logo offline.
CREATE TABLE civitas.town_files (
    -- The files the town has, named: a later module adds its own to this list. Every desk
    -- keeps every one of them, so nobody may add rows at will (a disk filled on every desk).
    id text PRIMARY KEY CONSTRAINT town_file_known CHECK (id IN ('town/logo')),
    -- NULL: none chosen, or removed (the row stays, as every synchronised row).
    content_sha256 text CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    -- The server's, from the stored file (civitas.check_file_reference).
    byte_size bigint NOT NULL DEFAULT 0,
    mime_type text NOT NULL DEFAULT '' CHECK (length(mime_type) <= 100),
    -- The name of the file it was chosen from, shown on the settings page.
    file_name text NOT NULL DEFAULT '' CHECK (length(file_name) <= 255),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    -- A picture printed at the head of every paper and kept on every desk: 2 MiB is a
    -- print-quality logo many times over, and what the town's limit allows would make every
    -- paper and every desk carry it. Checked on the size the server measured.
    CONSTRAINT town_file_at_most_2_mib CHECK (byte_size BETWEEN 0 AND 2097152)
);
SELECT civitas.make_synchronised('civitas.town_files');
GRANT SELECT, INSERT, UPDATE ON civitas.town_files TO civitas_agent;
SELECT civitas.grant_column_updates('civitas.town_files', ARRAY['hr', 'administrator']);
CREATE POLICY town_files_read ON civitas.town_files FOR SELECT USING (true);
-- The town's files are its identity: an administrator's, whatever the key.
CREATE POLICY town_files_insert ON civitas.town_files FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('administrator')));
-- HR reaches the rows (USING) so that its change is refused with an error rather than silently
-- matching no row, as for town_settings.
CREATE POLICY town_files_update ON civitas.town_files FOR UPDATE
    USING ((SELECT civitas.has_role('administrator')) OR (SELECT civitas.has_role('hr')))
    WITH CHECK ((SELECT civitas.has_role('administrator')));

-- Pictures only, checked by content: a paper's heading shows an image.
SELECT civitas.make_file_reference('civitas.town_files', 'content_sha256', 'byte_size',
                                   'mime_type', ARRAY['image/png', 'image/jpeg']);

-- A row's file size and type are the server's, from the stored file (core 0010). An update
-- that kept the file was let through whole, so a login allowed to update the row could write
-- any size or type beside the same file. They are now the row's previous ones: only a new file
-- brings new ones, read from the file. (A row left without a file keeps what its desk says: it
-- serves nothing.)
CREATE OR REPLACE FUNCTION civitas.check_file_reference() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    hash_column text := TG_ARGV[0];
    new_hash text := to_jsonb(NEW) ->> hash_column;
    old_row jsonb;
    f civitas.stored_files;
    allowed text[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        old_row := to_jsonb(OLD);
        IF new_hash IS NOT NULL AND (old_row ->> hash_column) = new_hash THEN
            RETURN jsonb_populate_record(NEW, jsonb_build_object(
                TG_ARGV[1], old_row -> TG_ARGV[1], TG_ARGV[2], old_row -> TG_ARGV[2]));
        END IF;
    END IF;
    IF new_hash IS NULL THEN
        RETURN NEW;
    END IF;
    IF NOT civitas.session_owns_town()
       AND NOT EXISTS (SELECT 1 FROM civitas.file_holders
                        WHERE sha256 = new_hash AND login = session_user::text COLLATE "default")
    THEN
        RAISE EXCEPTION 'file % was not uploaded by %', new_hash, session_user
            USING ERRCODE = '42501';
    END IF;
    -- Locked until this transaction ends: a release running meanwhile (forget_file) waits,
    -- then sees this row.
    SELECT * INTO f FROM civitas.stored_files WHERE sha256 = new_hash FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'file % has not reached the server', new_hash USING ERRCODE = '23503';
    END IF;
    SELECT allowed_types INTO allowed FROM civitas.file_references
     WHERE table_name = TG_RELID::regclass AND column_name = hash_column;
    IF NOT f.mime_type = ANY (allowed) THEN
        RAISE EXCEPTION 'a file of type % cannot go in %.%', f.mime_type, TG_TABLE_NAME,
            hash_column USING ERRCODE = '23514';
    END IF;
    IF f.unreferenced_since IS NOT NULL THEN
        UPDATE civitas.stored_files SET unreferenced_since = NULL WHERE sha256 = new_hash;
    END IF;
    RETURN jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[1], f.byte_size,
                                                          TG_ARGV[2], f.mime_type));
END
$$;
REVOKE ALL ON FUNCTION civitas.check_file_reference() FROM PUBLIC;

-- The town's file settings (files/maxBytes: the largest file the town takes) are an
-- administrator's, as its identity: they bound what every login may send and store.
CREATE OR REPLACE FUNCTION civitas.may_write_town_setting(p_key text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT CASE WHEN p_key LIKE 'town/%' OR p_key LIKE 'files/%'
                THEN civitas.has_role('administrator')
                ELSE civitas.has_role('administrator') OR civitas.has_role('hr') END
$$;

-- And checked: a positive number of bytes up to 500 MiB (civitas.file_size_limit's cap). A
-- value it could not read would silently fall back to 20 MiB on the server while the desks
-- read another.
CREATE FUNCTION civitas.check_file_setting() RETURNS trigger
    LANGUAGE plpgsql SET search_path = civitas, pg_catalog, pg_temp AS
$$
BEGIN
    IF NEW.deleted = 0 AND NEW.id = 'files/maxBytes'
       AND NOT (NEW.value ~ '^[0-9]{1,12}$'
                AND NEW.value::bigint BETWEEN 1 AND 524288000) THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'files/maxBytes: a number of bytes from 1 to 524288000 (500 MiB)';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_file_setting() FROM PUBLIC;
CREATE TRIGGER town_settings_file_checked BEFORE INSERT OR UPDATE ON civitas.town_settings
    FOR EACH ROW EXECUTE FUNCTION civitas.check_file_setting();
