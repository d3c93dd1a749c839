-- Login roles: one PostgreSQL role per user, member of civitas_agent and of the group roles
-- of their Civitas roles. Called by `civitas-admin user add/disable` (as the provisioning
-- role or an administrator): the password travels as a parameter, never in a command line.

-- True for a role that Civitas made: directly a member of civitas_agent (a superuser is a
-- "member" of every role for pg_has_role, so that test would let one be taken over), and
-- holding no power of its own.
CREATE OR REPLACE FUNCTION civitas.is_civitas_login(p_login text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT EXISTS (
        SELECT 1 FROM pg_roles r
          JOIN pg_auth_members m ON m.member = r.oid
          JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'civitas_agent'
         WHERE r.rolname = p_login
           AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolbypassrls OR r.rolreplication))
$$;
REVOKE ALL ON FUNCTION civitas.is_civitas_login(text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION civitas.create_login(p_login text, p_password text, p_roles text[])
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    r text;
BEGIN
    IF p_login !~ '^[a-z][a-z0-9._-]{1,62}$' OR p_login LIKE 'civitas\_%' OR p_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid login "%": lower-case letters, digits, ".", "_" or "-", starting with a letter', p_login;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login)
       AND NOT civitas.is_civitas_login(p_login) THEN
        RAISE EXCEPTION 'the PostgreSQL role "%" exists and is not a Civitas login', p_login;
    END IF;
    -- The client sends a SCRAM hash (civitas-admin does), so that no plain password appears
    -- in a statement the server could log; a plain one must at least be 8 characters long.
    IF coalesce(p_password, '') NOT LIKE 'SCRAM-SHA-256$%' AND length(coalesce(p_password, '')) < 8 THEN
        RAISE EXCEPTION 'the password must have at least 8 characters';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    END IF;
    EXECUTE format('GRANT civitas_agent TO %I', p_login);
    FOREACH r IN ARRAY coalesce(p_roles, ARRAY[]::text[]) LOOP
        IF r NOT IN ('agent', 'department_head', 'hr', 'associations', 'schools',
                     'assemblies', 'administrator') THEN
            RAISE EXCEPTION 'unknown role "%"', r;
        END IF;
        EXECUTE format('GRANT %I TO %I', 'civitas_' || r, p_login);
    END LOOP;
    -- Roles not asked for any more are taken back.
    FOREACH r IN ARRAY ARRAY['department_head', 'hr', 'associations', 'schools', 'assemblies',
                             'administrator'] LOOP
        IF NOT r = ANY (coalesce(p_roles, ARRAY[]::text[]))
           AND pg_has_role(p_login, 'civitas_' || r, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', 'civitas_' || r, p_login);
        END IF;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION civitas.disable_login(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF NOT civitas.is_civitas_login(p_login) THEN
        RAISE EXCEPTION 'there is no Civitas login "%"', p_login;
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    UPDATE civitas.user_accounts SET active = 0 WHERE login = p_login AND active = 1;
END
$$;

REVOKE ALL ON FUNCTION civitas.create_login(text, text, text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION civitas.disable_login(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.create_login(text, text, text[]) TO civitas_administrator;
GRANT EXECUTE ON FUNCTION civitas.disable_login(text) TO civitas_administrator;
