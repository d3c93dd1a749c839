-- The file store: the bytes of every file a row refers to (an HR piece, a leave request's
-- supporting document, and what later modules attach), kept once per content, apart from the
-- rows. A row holds the file's SHA-256 (and its size and type, which the server sets from the
-- stored file); desks sync rows as before and fetch a file's bytes only when a user opens it.
--
-- - Stored by content: the same file referred to twice is stored once. Immutable: a file's
--   bytes never change, a row that needs other bytes refers to another hash.
-- - In chunks of 1 MiB both ways, so that no side holds a whole file to send or receive it.
-- - Nobody reads or writes these tables directly except through their policies and the
--   functions below: a login reads a file only when it may read a row that refers to it (the
--   rows' own row-level security decides, as that login), or when it uploaded the bytes itself.
-- - Uploading proves possession: a login may refer to a stored file in a row only once it has
--   sent its bytes (file_holders). Otherwise anybody who learnt a hash could write it into a
--   row of their own and read somebody else's file through it.

-- 1 MiB: a chunk is one bytea parameter or value, small enough for any client's memory.
CREATE FUNCTION civitas.file_chunk_size() RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT 1048576 $$;

-- The town's largest file (town setting files/maxBytes; 20 MB when unset or not a number).
CREATE FUNCTION civitas.file_size_limit() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
    -- At most 500 MB: the server hashes a file whole once (a bytea holds 1 GB at most).
    SELECT least(COALESCE((SELECT value::bigint FROM civitas.town_settings
                            WHERE id = 'files/maxBytes' AND deleted = 0
                              AND value ~ '^[0-9]{1,12}$' AND value::bigint > 0),
                          20971520),
                 524288000)
$$;
GRANT EXECUTE ON FUNCTION civitas.file_size_limit() TO civitas_agent;

-- A file's type, from its first bytes (never from its name): PDF, JPEG, PNG, and the
-- documents of a word processor that later modules take (OpenDocument text, Word).
CREATE FUNCTION civitas.file_type_of(head bytea) RETURNS text
    LANGUAGE sql IMMUTABLE AS
$$
    SELECT CASE
        WHEN substring(head FROM 1 FOR 5) = '\x255044462d'::bytea THEN 'application/pdf'
        WHEN substring(head FROM 1 FOR 3) = '\xffd8ff'::bytea THEN 'image/jpeg'
        WHEN substring(head FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea THEN 'image/png'
        -- An OpenDocument file is a zip whose first entry is "mimetype", stored, holding it.
        WHEN substring(head FROM 1 FOR 4) = '\x504b0304'::bytea
             AND substring(head FROM 31 FOR 47)
                 = convert_to('mimetypeapplication/vnd.oasis.opendocument.text', 'UTF8')
            THEN 'application/vnd.oasis.opendocument.text'
        WHEN substring(head FROM 1 FOR 4) = '\x504b0304'::bytea
             AND position(convert_to('[Content_Types].xml', 'UTF8') IN head) > 0
             AND position(convert_to('word/', 'UTF8') IN head) > 0
            THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    END
$$;

CREATE TABLE civitas.stored_files (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    byte_size bigint NOT NULL CHECK (byte_size >= 1),
    mime_type text NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now(),
    -- Since when no row refers to it (NULL: referred to, or just uploaded for a row on its
    -- way). Forgotten an hour later (civitas.forget_unreferenced_files), so that a change
    -- moving a file from one row to another in one push never loses it in between.
    unreferenced_since timestamptz
);
CREATE INDEX stored_files_unreferenced ON civitas.stored_files (unreferenced_since)
    WHERE unreferenced_since IS NOT NULL;

CREATE TABLE civitas.file_chunks (
    sha256 text NOT NULL REFERENCES civitas.stored_files ON DELETE CASCADE,
    chunk_index integer NOT NULL CHECK (chunk_index >= 0),
    data bytea NOT NULL,
    PRIMARY KEY (sha256, chunk_index)
);
-- PDFs and images are compressed already: compressing them again costs time for nothing.
ALTER TABLE civitas.file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

-- Who may refer to a stored file in a row: the logins that uploaded its bytes.
CREATE TABLE civitas.file_holders (
    sha256 text NOT NULL REFERENCES civitas.stored_files ON DELETE CASCADE,
    login text NOT NULL,
    held_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, login)
);
CREATE INDEX file_holders_login ON civitas.file_holders (login, held_at);

-- Uploads under way, per login, so that one cut short goes on from its last chunk.
CREATE TABLE civitas.file_uploads (
    sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    login text NOT NULL,
    byte_size bigint NOT NULL CHECK (byte_size >= 1),
    mime_type text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, login)
);
CREATE TABLE civitas.upload_chunks (
    sha256 text NOT NULL,
    login text NOT NULL,
    chunk_index integer NOT NULL CHECK (chunk_index >= 0),
    data bytea NOT NULL,
    PRIMARY KEY (sha256, login, chunk_index),
    FOREIGN KEY (sha256, login) REFERENCES civitas.file_uploads ON DELETE CASCADE
);
ALTER TABLE civitas.upload_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

-- The columns of synchronised tables that hold a file's hash, with the types each use takes.
-- Filled by the modules' migrations through civitas.make_file_reference().
CREATE TABLE civitas.file_references (
    table_name regclass NOT NULL,
    column_name name NOT NULL,
    allowed_types text[] NOT NULL,
    PRIMARY KEY (table_name, column_name)
);

REVOKE ALL ON civitas.stored_files, civitas.file_chunks, civitas.file_holders,
    civitas.file_uploads, civitas.upload_chunks, civitas.file_references FROM PUBLIC;
ALTER TABLE civitas.stored_files ENABLE ROW LEVEL SECURITY;
ALTER TABLE civitas.file_chunks ENABLE ROW LEVEL SECURITY;
ALTER TABLE civitas.file_holders ENABLE ROW LEVEL SECURITY;
ALTER TABLE civitas.file_uploads ENABLE ROW LEVEL SECURITY;
ALTER TABLE civitas.upload_chunks ENABLE ROW LEVEL SECURITY;
ALTER TABLE civitas.file_references ENABLE ROW LEVEL SECURITY;

-- Whether some row of a registered column refers to the file, whoever may read that row.
CREATE FUNCTION civitas.file_is_referenced(p_sha256 text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    r record;
    found_row boolean;
BEGIN
    FOR r IN SELECT table_name, column_name FROM civitas.file_references LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE %I = $1)', r.table_name,
                       r.column_name)
            INTO found_row USING p_sha256;
        IF found_row THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;

-- Deletes the file's bytes now if no row refers to it (a withdrawal). The file's row is
-- locked first, and the references counted after: a row referring to it in a transaction
-- not yet committed holds a key-share lock on it (check_file_reference), so this waits for
-- it, and then sees it.
CREATE FUNCTION civitas.forget_file(p_sha256 text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
BEGIN
    PERFORM 1 FROM civitas.stored_files WHERE sha256 = p_sha256 FOR UPDATE;
    IF NOT FOUND OR civitas.file_is_referenced(p_sha256) THEN
        RETURN false;
    END IF;
    DELETE FROM civitas.stored_files WHERE sha256 = p_sha256;
    RETURN true;
END
$$;

-- Files no row has referred to for an hour, and uploads left unfinished for a week, leave
-- the server. Called as uploads begin and files are released; the owner may run it too.
CREATE FUNCTION civitas.forget_unreferenced_files() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    h text;
    forgotten integer := 0;
BEGIN
    FOR h IN SELECT sha256 FROM civitas.stored_files
              WHERE unreferenced_since < now() - interval '1 hour' LIMIT 100 LOOP
        IF civitas.forget_file(h) THEN
            forgotten := forgotten + 1;
        ELSE
            UPDATE civitas.stored_files SET unreferenced_since = NULL WHERE sha256 = h;
        END IF;
    END LOOP;
    DELETE FROM civitas.file_uploads WHERE started_at < now() - interval '7 days';
    RETURN forgotten;
END
$$;

-- Whether the connected login may read this file: it uploaded it, or a row that refers to it
-- is visible to it. SECURITY INVOKER on purpose: each referring table's row-level security is
-- evaluated as the login itself, so the rows decide, not this function.
CREATE FUNCTION civitas.may_read_file(p_sha256 text) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    r record;
    found_row boolean;
BEGIN
    IF EXISTS (SELECT 1 FROM civitas.file_holders h
                WHERE h.sha256 = p_sha256 AND h.login = session_user::text COLLATE "default") THEN
        RETURN true;
    END IF;
    FOR r IN SELECT table_name, column_name FROM civitas.file_references LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE %I = $1)', r.table_name,
                       r.column_name)
            INTO found_row USING p_sha256;
        IF found_row THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;
GRANT EXECUTE ON FUNCTION civitas.may_read_file(text) TO civitas_agent;

GRANT SELECT ON civitas.stored_files, civitas.file_chunks, civitas.file_references
    TO civitas_agent;
GRANT SELECT (sha256, login) ON civitas.file_holders TO civitas_agent;
CREATE POLICY stored_files_read ON civitas.stored_files FOR SELECT
    USING (civitas.may_read_file(sha256));
CREATE POLICY file_chunks_read ON civitas.file_chunks FOR SELECT
    USING (civitas.may_read_file(sha256));
CREATE POLICY file_holders_own ON civitas.file_holders FOR SELECT
    USING (login = session_user::text COLLATE "default");
CREATE POLICY file_references_read ON civitas.file_references FOR SELECT USING (true);

-- Begins (or resumes) an upload: the number of chunks the server already holds from this
-- login, or -1 when nothing is to be sent (the file is stored and this login holds it).
-- The size is checked here, before any byte is sent.
CREATE FUNCTION civitas.begin_upload(p_sha256 text, p_byte_size bigint, p_mime_type text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    me text := session_user::text;
    received integer;
BEGIN
    IF NOT civitas.session_owns_town() AND civitas.current_user_id() IS NULL THEN
        RAISE EXCEPTION 'only a Civitas login may upload a file' USING ERRCODE = '42501';
    END IF;
    IF p_sha256 IS NULL OR p_sha256 !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'not a SHA-256 fingerprint: %', p_sha256 USING ERRCODE = '22023';
    END IF;
    IF p_byte_size IS NULL OR p_byte_size < 1 THEN
        RAISE EXCEPTION 'a file cannot be empty' USING ERRCODE = '22023';
    END IF;
    IF p_byte_size > civitas.file_size_limit() THEN
        RAISE EXCEPTION 'file too large: % bytes, the town''s limit is % bytes', p_byte_size,
            civitas.file_size_limit() USING ERRCODE = '54000';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM civitas.file_references WHERE p_mime_type = ANY (allowed_types))
    THEN
        RAISE EXCEPTION 'file type % is taken nowhere', p_mime_type USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM civitas.file_holders WHERE sha256 = p_sha256 AND login = me) THEN
        RETURN -1;
    END IF;
    PERFORM civitas.forget_unreferenced_files();
    -- No login fills the server's disk with files no row refers to: what it sent in the last
    -- day and no row refers to, with this file, stays within ten of the town's largest files.
    -- (A file is referred to once the row that needs it is pushed, right after its upload.)
    IF (SELECT coalesce(sum(f.byte_size), 0) FROM civitas.file_holders h
          JOIN civitas.stored_files f USING (sha256)
         WHERE h.login = me AND h.held_at > now() - interval '1 day'
           AND NOT civitas.file_is_referenced(f.sha256)) + p_byte_size
       > 10 * civitas.file_size_limit() THEN
        RAISE EXCEPTION 'too many files sent that no record refers to: send the records first'
            USING ERRCODE = '53400';
    END IF;
    -- At most 20 uploads run at once per login, so that no login fills the server's disk with
    -- chunks of files it never finishes (a week later they are given up).
    INSERT INTO civitas.file_uploads (sha256, login, byte_size, mime_type)
    VALUES (p_sha256, me, p_byte_size, p_mime_type)
    ON CONFLICT (sha256, login) DO UPDATE
        SET byte_size = EXCLUDED.byte_size, mime_type = EXCLUDED.mime_type,
            started_at = CASE WHEN file_uploads.byte_size = EXCLUDED.byte_size
                              THEN file_uploads.started_at ELSE now() END;
    IF (SELECT count(*) FROM civitas.file_uploads WHERE login = me) > 20 THEN
        RAISE EXCEPTION 'too many unfinished uploads for %', me USING ERRCODE = '53400';
    END IF;
    -- A size changed since a former attempt: its chunks belong to other bytes.
    DELETE FROM civitas.upload_chunks c USING civitas.file_uploads u
     WHERE c.sha256 = p_sha256 AND c.login = me AND u.sha256 = c.sha256 AND u.login = c.login
       AND c.chunk_index * civitas.file_chunk_size()::bigint >= u.byte_size;
    SELECT count(*) INTO received FROM civitas.upload_chunks
     WHERE sha256 = p_sha256 AND login = me;
    -- Chunks arrive in order: the count is the next chunk to send, unless one is missing.
    IF received > 0 AND (SELECT max(chunk_index) + 1 FROM civitas.upload_chunks
                          WHERE sha256 = p_sha256 AND login = me) <> received THEN
        DELETE FROM civitas.upload_chunks WHERE sha256 = p_sha256 AND login = me;
        received := 0;
    END IF;
    RETURN received;
END
$$;

-- One chunk of an upload begun by this login. Every chunk is whole except the last; sending a
-- chunk again changes nothing.
CREATE FUNCTION civitas.upload_chunk(p_sha256 text, p_chunk_index integer, p_data bytea)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    me text := session_user::text;
    size bigint;
    expected bigint;
BEGIN
    SELECT byte_size INTO size FROM civitas.file_uploads WHERE sha256 = p_sha256 AND login = me;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no upload of % was begun by %', p_sha256, me USING ERRCODE = '42501';
    END IF;
    expected := least(civitas.file_chunk_size()::bigint,
                      size - p_chunk_index::bigint * civitas.file_chunk_size());
    IF p_chunk_index < 0 OR expected < 1 OR p_data IS NULL OR length(p_data) <> expected THEN
        RAISE EXCEPTION 'chunk % of % has % bytes, % expected', p_chunk_index, p_sha256,
            length(p_data), expected USING ERRCODE = '22023';
    END IF;
    INSERT INTO civitas.upload_chunks (sha256, login, chunk_index, data)
    VALUES (p_sha256, me, p_chunk_index, p_data)
    ON CONFLICT DO NOTHING;
END
$$;

-- Ends an upload: every chunk is there, the bytes have the announced fingerprint and a type
-- taken somewhere. The file is stored (once: when it already is, the chunks just received are
-- dropped) and this login may now refer to it. NULL when done; otherwise why the bytes were
-- refused, the upload dropped (returned, not raised: an exception would roll the drop back,
-- and the same bad chunks would be found again at every attempt).
CREATE FUNCTION civitas.finish_upload(p_sha256 text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    me text := session_user::text;
    u civitas.file_uploads;
    chunks integer;
    actual text;
    detected text;
BEGIN
    SELECT * INTO u FROM civitas.file_uploads WHERE sha256 = p_sha256 AND login = me;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no upload of % was begun by %', p_sha256, me USING ERRCODE = '42501';
    END IF;
    chunks := ((u.byte_size + civitas.file_chunk_size() - 1) / civitas.file_chunk_size())::integer;
    IF (SELECT count(*) FROM civitas.upload_chunks WHERE sha256 = p_sha256 AND login = me)
       <> chunks THEN
        RAISE EXCEPTION 'the upload of % is not complete', p_sha256 USING ERRCODE = '22023';
    END IF;
    -- The server holds the file whole here, once, to check it: a desk never has to.
    SELECT encode(sha256(string_agg(data, ''::bytea ORDER BY chunk_index)), 'hex')
      INTO actual FROM civitas.upload_chunks WHERE sha256 = p_sha256 AND login = me;
    SELECT civitas.file_type_of(data) INTO detected FROM civitas.upload_chunks
     WHERE sha256 = p_sha256 AND login = me AND chunk_index = 0;
    IF actual <> p_sha256 OR detected IS DISTINCT FROM u.mime_type THEN
        DELETE FROM civitas.file_uploads WHERE sha256 = p_sha256 AND login = me;
        IF actual <> p_sha256 THEN
            RETURN format('the bytes received do not have the fingerprint %s', p_sha256);
        END IF;
        RETURN format('the file is not of type %s but %s', u.mime_type,
                      coalesce(detected, 'unknown'));
    END IF;
    -- Unreferenced until the row that needs it comes (check_file_reference): forgotten if it
    -- never does (the desk uploads it again with its row).
    INSERT INTO civitas.stored_files (sha256, byte_size, mime_type, unreferenced_since)
    VALUES (p_sha256, u.byte_size, detected, now())
    ON CONFLICT DO NOTHING;
    IF FOUND THEN
        INSERT INTO civitas.file_chunks (sha256, chunk_index, data)
        SELECT sha256, chunk_index, data FROM civitas.upload_chunks
         WHERE sha256 = p_sha256 AND login = me;
    END IF;
    INSERT INTO civitas.file_holders (sha256, login) VALUES (p_sha256, me)
    ON CONFLICT (sha256, login) DO UPDATE SET held_at = now();
    DELETE FROM civitas.file_uploads WHERE sha256 = p_sha256 AND login = me;
    RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION civitas.begin_upload(text, bigint, text), civitas.upload_chunk(text,
    integer, bytea), civitas.finish_upload(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.begin_upload(text, bigint, text), civitas.upload_chunk(text,
    integer, bytea), civitas.finish_upload(text) TO civitas_agent;

-- A row that refers to a file: the login writing it must have uploaded the file (asked
-- first, and the same refusal whether the file exists or not: a hash tells nobody what is
-- stored), the file of a type this column takes. The row's size and type columns are the
-- server's, from the stored file. An update that keeps the row's file is not judged again.
-- TG_ARGV: hash column, size column, type column.
CREATE FUNCTION civitas.check_file_reference() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    hash_column text := TG_ARGV[0];
    new_hash text := to_jsonb(NEW) ->> hash_column;
    f civitas.stored_files;
    allowed text[];
BEGIN
    IF new_hash IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> hash_column) IS NOT DISTINCT FROM new_hash THEN
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

-- A row that stops referring to a file (another file, a withdrawal): when no row refers to
-- it any more, it is marked, and forgotten an hour later unless a row takes it again
-- (forget_unreferenced_files). A withdrawal forgets it at once (hr 0005).
-- TG_ARGV: hash column.
CREATE FUNCTION civitas.release_file_reference() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    old_hash text := to_jsonb(OLD) ->> TG_ARGV[0];
BEGIN
    IF old_hash IS NULL OR old_hash IS NOT DISTINCT FROM (to_jsonb(NEW) ->> TG_ARGV[0]) THEN
        RETURN NULL;
    END IF;
    IF NOT civitas.file_is_referenced(old_hash) THEN
        UPDATE civitas.stored_files SET unreferenced_since = now()
         WHERE sha256 = old_hash AND unreferenced_since IS NULL;
    END IF;
    PERFORM civitas.forget_unreferenced_files();
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_file_reference(), civitas.release_file_reference(),
    civitas.file_is_referenced(text), civitas.forget_file(text),
    civitas.forget_unreferenced_files() FROM PUBLIC;

-- Declares that `column_name` of a synchronised table holds a file's hash, of one of
-- `allowed_types`, its size and type kept in the two other columns: the checks above, and an
-- index for the readers' look-up.
CREATE FUNCTION civitas.make_file_reference(p_table regclass, p_column name, p_size_column name,
                                            p_type_column name, p_allowed_types text[])
    RETURNS void
    LANGUAGE plpgsql SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    relname name := (SELECT c.relname FROM pg_class c WHERE c.oid = p_table);
BEGIN
    INSERT INTO civitas.file_references (table_name, column_name, allowed_types)
    VALUES (p_table, p_column, p_allowed_types)
    ON CONFLICT (table_name, column_name) DO UPDATE SET allowed_types = EXCLUDED.allowed_types;
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s (%I)', relname || '_' || p_column,
                   p_table, p_column);
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', relname || '_' || p_column || '_check',
                   p_table);
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %s FOR EACH ROW '
                   'EXECUTE FUNCTION civitas.check_file_reference(%L, %L, %L)',
                   relname || '_' || p_column || '_check', p_table, p_column, p_size_column,
                   p_type_column);
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', relname || '_' || p_column || '_release',
                   p_table);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s FOR EACH ROW '
                   'EXECUTE FUNCTION civitas.release_file_reference(%L)',
                   relname || '_' || p_column || '_release', p_table, p_column);
END
$$;
REVOKE ALL ON FUNCTION civitas.make_file_reference(regclass, name, name, name, text[])
    FROM PUBLIC;
