-- The core's side of the security boundary (issue 15): who reads the audit log, what an
-- administrator may do to logins, what a notification tells, how long a statement may run,
-- who may lock what, and how long a free text may be. See docs/administration.md.

-- Audit log: its rows hold whole records (NIR, addresses, careers, leave comments). HR reads
-- them all; administrators keep the audit of what they administer (accounts, units,
-- settings, logins and sessions), nothing of an agent's file or leave.
ALTER TABLE civitas.audit_log ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON civitas.audit_log TO civitas_hr;
CREATE POLICY audit_log_hr ON civitas.audit_log FOR SELECT
    USING ((SELECT civitas.has_role('hr')));
CREATE POLICY audit_log_administration ON civitas.audit_log FOR SELECT
    USING ((SELECT civitas.has_role('administrator'))
           AND table_name IN ('org_units', 'user_accounts', 'role_memberships', 'town_settings',
                              'logins', 'sessions'));

-- Logins that hold a power over others: only the database owner makes, changes or resets
-- them, so that an administrator cannot become HR (or another administrator) silently.
CREATE OR REPLACE FUNCTION civitas.is_privileged_login(p_login text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login)
       AND (pg_has_role(p_login, 'civitas_hr', 'MEMBER')
            OR pg_has_role(p_login, 'civitas_administrator', 'MEMBER'))
$$;
REVOKE ALL ON FUNCTION civitas.is_privileged_login(text) FROM PUBLIC;

-- The Civitas roles a login holds now, sorted: what an audit row of a login change records.
CREATE OR REPLACE FUNCTION civitas.login_roles(p_login text) RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT coalesce(array_agg(substr(g.rolname, 9) ORDER BY g.rolname), ARRAY[]::text[])
      FROM pg_roles r
      JOIN pg_auth_members m ON m.member = r.oid
      JOIN pg_roles g ON g.oid = m.roleid
     WHERE r.rolname = p_login AND g.rolname LIKE 'civitas\_%' AND g.rolname <> 'civitas_agent'
$$;
REVOKE ALL ON FUNCTION civitas.login_roles(text) FROM PUBLIC;

-- The settings every login gets: a runaway statement, or one waiting on a lock somebody
-- holds on purpose, ends instead of stalling a desk or the town. A first sync of a
-- 60,000-agent town reads page by page, each page well under a second.
CREATE OR REPLACE FUNCTION civitas.set_login_limits(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', p_login, '60s');
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_login, '10s');
END
$$;
REVOKE ALL ON FUNCTION civitas.set_login_limits(text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION civitas.create_login(p_login text, p_password text, p_roles text[])
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    r text;
    existed boolean;
    before text[];
    wanted text[] := coalesce(p_roles, ARRAY[]::text[]);
BEGIN
    IF p_login !~ '^[a-z][a-z0-9._-]{1,62}$' OR p_login LIKE 'civitas\_%' OR p_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid login "%": lower-case letters, digits, ".", "_" or "-", starting with a letter', p_login;
    END IF;
    existed := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login);
    IF existed AND NOT civitas.is_civitas_login(p_login) THEN
        RAISE EXCEPTION 'the PostgreSQL role "%" exists and is not a Civitas login', p_login;
    END IF;
    -- The client sends a SCRAM hash (civitas-admin does), so that no plain password appears
    -- in a statement the server could log; a plain one must at least be 8 characters long.
    IF coalesce(p_password, '') NOT LIKE 'SCRAM-SHA-256$%' AND length(coalesce(p_password, '')) < 8 THEN
        RAISE EXCEPTION 'the password must have at least 8 characters';
    END IF;
    FOREACH r IN ARRAY wanted LOOP
        IF r NOT IN ('agent', 'department_head', 'hr', 'associations', 'schools',
                     'assemblies', 'administrator') THEN
            RAISE EXCEPTION 'unknown role "%"', r;
        END IF;
    END LOOP;
    -- Separation of duties: an administrator's own login holds administrator, so it cannot
    -- re-grant itself anything either.
    IF NOT civitas.session_owns_town()
       AND (wanted && ARRAY['hr', 'administrator'] OR civitas.is_privileged_login(p_login)) THEN
        RAISE EXCEPTION 'only the database owner may create, change or reset the password of an hr or administrator login ("%"): run civitas-admin user with the owner''s credentials', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    before := CASE WHEN existed THEN civitas.login_roles(p_login) END;
    IF existed THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    END IF;
    PERFORM civitas.set_login_limits(p_login);
    EXECUTE format('GRANT civitas_agent TO %I', p_login);
    FOREACH r IN ARRAY wanted LOOP
        EXECUTE format('GRANT %I TO %I', 'civitas_' || r, p_login);
    END LOOP;
    -- Roles not asked for any more are taken back.
    FOREACH r IN ARRAY ARRAY['department_head', 'hr', 'associations', 'schools', 'assemblies',
                             'administrator'] LOOP
        IF NOT r = ANY (wanted) AND pg_has_role(p_login, 'civitas_' || r, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', 'civitas_' || r, p_login);
        END IF;
    END LOOP;
    -- The password itself is never logged, only that it was set.
    INSERT INTO civitas.audit_log (table_name, row_id, operation, old_values, new_values)
    VALUES ('logins', p_login, CASE WHEN existed THEN 'update' ELSE 'insert' END,
            CASE WHEN existed THEN jsonb_build_object('roles', before) END,
            jsonb_build_object('roles', civitas.login_roles(p_login), 'can_login', true,
                               'password', CASE WHEN existed THEN 'reset' ELSE 'set' END));
END
$$;

-- Disabling a login also ends the sessions it has open (a desk's permanent sync
-- connection among them): the owner of the schema needs pg_signal_backend for that
-- (a superuser has it), see docs/administration.md.
CREATE OR REPLACE FUNCTION civitas.disable_login(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    session_pid integer;
    ended integer := 0;
BEGIN
    IF NOT civitas.is_civitas_login(p_login) THEN
        RAISE EXCEPTION 'there is no Civitas login "%"', p_login;
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    UPDATE civitas.user_accounts SET active = 0 WHERE login = p_login AND active = 1;
    FOR session_pid IN
        SELECT pid FROM pg_catalog.pg_stat_activity
         WHERE usename = p_login AND pid <> pg_catalog.pg_backend_pid()
    LOOP
        BEGIN
            IF pg_catalog.pg_terminate_backend(session_pid) THEN
                ended := ended + 1;
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'the open sessions of "%" were not ended: the owner of the civitas schema needs the pg_signal_backend role', p_login;
            EXIT;
        END;
    END LOOP;
    INSERT INTO civitas.audit_log (table_name, row_id, operation, old_values, new_values)
    VALUES ('logins', p_login, 'update', jsonb_build_object('can_login', true),
            jsonb_build_object('can_login', false, 'sessions_ended', ended));
END
$$;

REVOKE ALL ON FUNCTION civitas.create_login(text, text, text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION civitas.disable_login(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.create_login(text, text, text[]) TO civitas_administrator;
GRANT EXECUTE ON FUNCTION civitas.disable_login(text) TO civitas_administrator;

-- Logins made before this migration get the same limits.
DO $$
DECLARE login text;
BEGIN
    FOR login IN
        SELECT r.rolname FROM pg_roles r
          JOIN pg_auth_members m ON m.member = r.oid
          JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'civitas_agent'
    LOOP
        IF civitas.is_civitas_login(login) THEN
            PERFORM civitas.set_login_limits(login);
        END IF;
    END LOOP;
END $$;

-- An account's login and agent are what every policy trusts (current_agent_id()): an
-- administrator may not point its own account at an agent (and read that agent's file), nor
-- move an account from one agent to another, nor rename an account to a login. Judged on
-- OLD and NEW; the owner (provision, load, `user` with the owner's credentials) may.
-- AFTER: row-level security has refused whoever may not write accounts at all first.
CREATE OR REPLACE FUNCTION civitas.guard_account_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' AND NEW.login = session_user THEN
        RAISE EXCEPTION 'only the database owner may create the account of the connected login'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.login IS DISTINCT FROM OLD.login THEN
        RAISE EXCEPTION 'the login of an account cannot change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.agent_id IS DISTINCT FROM OLD.agent_id
       AND (OLD.agent_id IS NOT NULL OR OLD.login = session_user
            OR civitas.is_privileged_login(OLD.login)) THEN
        RAISE EXCEPTION 'only the database owner may change the agent of the account "%"', OLD.login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' AND NEW.agent_id IS NOT NULL AND civitas.is_privileged_login(NEW.login) THEN
        RAISE EXCEPTION 'only the database owner may give the hr or administrator login "%" an agent', NEW.login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.agent_id IS NOT NULL AND NEW.deleted = 0
       AND (TG_OP = 'INSERT' OR NEW.agent_id IS DISTINCT FROM OLD.agent_id OR OLD.deleted = 1)
       AND EXISTS (
           SELECT 1 FROM civitas.user_accounts
            WHERE agent_id = NEW.agent_id AND id <> NEW.id AND deleted = 0) THEN
        RAISE EXCEPTION 'another account is already the agent''s'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER user_accounts_guard AFTER INSERT OR UPDATE ON civitas.user_accounts
    FOR EACH ROW EXECUTE FUNCTION civitas.guard_account_change();

-- The desks show the roles of role_memberships: an administrator may not write hr or
-- administrator there either, nor move a membership to another account.
CREATE OR REPLACE FUNCTION civitas.guard_membership_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NULL;
    END IF;
    IF NEW.role IN ('hr', 'administrator')
       OR (TG_OP = 'UPDATE' AND (OLD.role IN ('hr', 'administrator')
                                 OR NEW.user_id IS DISTINCT FROM OLD.user_id
                                 OR NEW.role IS DISTINCT FROM OLD.role)) THEN
        RAISE EXCEPTION 'only the database owner may grant, move or take back the hr or administrator role'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER role_memberships_guard AFTER INSERT OR UPDATE ON civitas.role_memberships
    FOR EACH ROW EXECUTE FUNCTION civitas.guard_membership_change();
REVOKE ALL ON FUNCTION civitas.guard_account_change(), civitas.guard_membership_change() FROM PUBLIC;

-- A notification says "something changed", nothing more: the table's name told every
-- listener when HR opened or edited somebody's file. Desks pull on any notification.
CREATE OR REPLACE FUNCTION civitas.notify_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$ BEGIN PERFORM pg_notify('civitas_changes', ''); RETURN NULL; END $$;

-- UPDATE only where a role updates: with UPDATE on a table (even one its policies never let
-- it change) a login may LOCK TABLE it in any mode and stall every desk. Column-level grants
-- are enough for UPDATE statements and do not allow LOCK TABLE beyond ROW EXCLUSIVE.
-- Modules call it for their own tables.
CREATE OR REPLACE FUNCTION civitas.grant_column_updates(t regclass, roles text[]) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    columns text;
    r text;
BEGIN
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO columns
      FROM pg_catalog.pg_attribute
     WHERE attrelid = t AND attnum > 0 AND NOT attisdropped AND attname <> 'id';
    EXECUTE format('REVOKE UPDATE ON %s FROM civitas_agent', t);
    FOREACH r IN ARRAY roles LOOP
        EXECUTE format('GRANT UPDATE (%s) ON %s TO %I', columns, t, 'civitas_' || r);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION civitas.grant_column_updates(regclass, text[]) FROM PUBLIC;

SELECT civitas.grant_column_updates('civitas.org_units', ARRAY['hr', 'administrator']);
SELECT civitas.grant_column_updates('civitas.town_settings', ARRAY['hr', 'administrator']);
SELECT civitas.grant_column_updates('civitas.user_accounts', ARRAY['administrator']);
SELECT civitas.grant_column_updates('civitas.role_memberships', ARRAY['administrator']);

-- Only Civitas logins connect to the town's database, and nobody makes temporary tables.
-- The `postgres` database and the catalogues (pg_roles...) stay visible to any login: see
-- docs/administration.md.
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO civitas_agent', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'CONNECT and TEMPORARY not revoked from PUBLIC: only the database owner may';
END $$;

-- The pull watermark is the oldest transaction running anywhere in the cluster: a session
-- that keeps one open holds every desk's pull back. These say since when, and who.
-- SECURITY DEFINER: another login's transaction is visible in pg_stat_activity to a
-- superuser or a member of pg_read_all_stats only (the owner needs it, see the guide).
CREATE OR REPLACE FUNCTION civitas.watermark_holders()
    RETURNS TABLE (pid integer, login text, application text, database text,
                   since timestamptz, held_seconds double precision, xid_age integer, state text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT a.pid, a.usename::text, a.application_name, a.datname::text, a.xact_start,
           extract(epoch FROM clock_timestamp() - a.xact_start)::double precision,
           age(a.backend_xid), a.state
      FROM pg_stat_activity a
     WHERE a.backend_xid IS NOT NULL AND a.pid <> pg_backend_pid()
     ORDER BY age(a.backend_xid) DESC, a.xact_start
$$;
REVOKE ALL ON FUNCTION civitas.watermark_holders() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.watermark_holders() TO civitas_administrator;

-- How long, in seconds, the oldest running transaction has been holding pulls back; 0 when
-- none. Every desk may ask (its sync report says when pulls are held back), and learns
-- nothing of whose transaction it is.
CREATE OR REPLACE FUNCTION civitas.watermark_hold() RETURNS double precision
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$ SELECT coalesce((SELECT held_seconds FROM civitas.watermark_holders() LIMIT 1), 0) $$;
REVOKE ALL ON FUNCTION civitas.watermark_hold() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.watermark_hold() TO civitas_agent;

-- Ends a session of a Civitas login (the one holding the watermark, say), on the
-- administrator's word; written to the audit log. Other roles' sessions are the owner's.
CREATE OR REPLACE FUNCTION civitas.end_session(p_pid integer) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    s record;
    ended boolean;
BEGIN
    SELECT usename::text AS login, application_name, xact_start INTO s
      FROM pg_catalog.pg_stat_activity WHERE pid = p_pid;
    IF NOT FOUND OR s.login IS NULL THEN
        RAISE EXCEPTION 'there is no session %', p_pid;
    END IF;
    IF NOT civitas.session_owns_town() AND NOT civitas.is_civitas_login(s.login) THEN
        RAISE EXCEPTION 'session % is not a Civitas login''s: only the database owner may end it', p_pid
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    ended := pg_catalog.pg_terminate_backend(p_pid);
    INSERT INTO civitas.audit_log (table_name, row_id, operation, new_values)
    VALUES ('sessions', p_pid::text, 'update',
            jsonb_build_object('login', s.login, 'application', s.application_name,
                               'transaction_since', s.xact_start, 'ended', ended));
    RETURN ended;
END
$$;
REVOKE ALL ON FUNCTION civitas.end_session(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.end_session(integer) TO civitas_administrator;

-- Length limits on free text (docs/administration.md lists them; the desks check the same
-- before saving): a 100 MB comment is refused here, not copied into the audit log.
ALTER TABLE civitas.org_units
    ADD CONSTRAINT org_units_code_length CHECK (length(code) <= 50),
    ADD CONSTRAINT org_units_name_length CHECK (length(name) <= 200),
    ADD CONSTRAINT org_units_ids_length CHECK (length(id) <= 100 AND length(parent_id) <= 100
        AND length(head_agent_id) <= 100 AND length(deputy_agent_id) <= 100);
ALTER TABLE civitas.user_accounts
    ADD CONSTRAINT user_accounts_login_length CHECK (length(login) <= 63),
    ADD CONSTRAINT user_accounts_display_name_length CHECK (length(display_name) <= 200),
    ADD CONSTRAINT user_accounts_email_length CHECK (length(email) <= 254),
    ADD CONSTRAINT user_accounts_ids_length CHECK (length(id) <= 100 AND length(agent_id) <= 100
        AND length(org_unit_id) <= 100);
ALTER TABLE civitas.role_memberships
    ADD CONSTRAINT role_memberships_ids_length CHECK (length(id) <= 100 AND length(user_id) <= 100);
ALTER TABLE civitas.sync_receipts
    ADD CONSTRAINT sync_receipts_client_id_length CHECK (length(client_id) <= 100);
