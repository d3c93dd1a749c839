-- The town this server holds, and the settings that are the town's rather than a desk's.
--
-- civitas.town: one row, made when the server is provisioned. Its id is the town's identity:
-- a desk file records the server and town it syncs with, and a file bound to another town
-- (or holding rows it never received from this one) is not synced here.
CREATE TABLE civitas.town (
    id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
    provisioned_at timestamptz NOT NULL DEFAULT now(),
    -- Set by `civitas-admin load` when a town's rows were loaded; NULL on an empty server.
    loaded_at timestamptz,
    singleton boolean NOT NULL DEFAULT true UNIQUE CHECK (singleton)
);
INSERT INTO civitas.town DEFAULT VALUES;
REVOKE ALL ON civitas.town FROM PUBLIC;
GRANT SELECT ON civitas.town TO civitas_agent;

-- True when the connected login owns the town's schema: the provisioning role (or a
-- superuser), which `civitas-admin provision`, `load` and `user` use. Application logins
-- never do. Triggers that judge a login's move let the owner through: it loads a town's
-- history as it was, and answers to nobody in the application.
CREATE OR REPLACE FUNCTION civitas.session_owns_town() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT pg_has_role(session_user, n.nspowner, 'USAGE')
      FROM pg_catalog.pg_namespace n WHERE n.nspname = 'civitas'
$$;
REVOKE ALL ON FUNCTION civitas.session_owns_town() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.session_owns_town() TO civitas_agent;

-- Town-wide settings (the holiday calendar's Alsace-Moselle and Whit Monday, and what later
-- modules need): one row per key, synchronised to every desk; everybody reads, HR and
-- administrators write. A desk keeps its own preferences in local_settings.
CREATE TABLE civitas.town_settings (
    id text PRIMARY KEY CHECK (id ~ '^[a-z][a-zA-Z0-9_./-]{0,99}$'),
    value text NOT NULL CHECK (length(value) <= 4000),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
SELECT civitas.make_synchronised('civitas.town_settings');
GRANT SELECT, INSERT, UPDATE ON civitas.town_settings TO civitas_agent;
CREATE POLICY town_settings_read ON civitas.town_settings FOR SELECT USING (true);
CREATE POLICY town_settings_insert ON civitas.town_settings FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('administrator')) OR (SELECT civitas.has_role('hr')));
CREATE POLICY town_settings_update ON civitas.town_settings FOR UPDATE
    USING ((SELECT civitas.has_role('administrator')) OR (SELECT civitas.has_role('hr')))
    WITH CHECK ((SELECT civitas.has_role('administrator')) OR (SELECT civitas.has_role('hr')));
