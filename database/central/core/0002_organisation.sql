-- The organisation chart, user accounts and role memberships, as on every client.

CREATE TABLE civitas.org_units (
    id text PRIMARY KEY,
    parent_id text REFERENCES civitas.org_units (id),
    kind text NOT NULL CHECK (kind IN ('direction', 'service')),
    code text NOT NULL,
    name text NOT NULL,
    head_agent_id text,
    deputy_agent_id text,
    minimum_staffing integer NOT NULL DEFAULT 0 CHECK (minimum_staffing >= 0),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE UNIQUE INDEX org_units_code ON civitas.org_units (code) WHERE deleted = 0;

CREATE TABLE civitas.user_accounts (
    id text PRIMARY KEY,
    login text NOT NULL UNIQUE,
    display_name text NOT NULL,
    email text NOT NULL DEFAULT '',
    agent_id text,
    org_unit_id text REFERENCES civitas.org_units (id),
    active integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX user_accounts_agent ON civitas.user_accounts (agent_id);
CREATE INDEX user_accounts_unit ON civitas.user_accounts (org_unit_id);

CREATE TABLE civitas.role_memberships (
    id text PRIMARY KEY,
    user_id text NOT NULL REFERENCES civitas.user_accounts (id),
    role text NOT NULL CHECK (role IN ('agent', 'department_head', 'hr', 'associations',
                                       'schools', 'assemblies', 'administrator')),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE UNIQUE INDEX role_memberships_user_role ON civitas.role_memberships (user_id, role)
    WHERE deleted = 0;

SELECT civitas.make_synchronised('civitas.org_units');
SELECT civitas.make_synchronised('civitas.user_accounts');
SELECT civitas.make_synchronised('civitas.role_memberships');

-- Who the connected login is, as the policies of every module need it. SECURITY DEFINER:
-- reading user_accounts here must not go through its own policies (no recursion).
CREATE OR REPLACE FUNCTION civitas.current_user_id() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$ SELECT id FROM civitas.user_accounts WHERE login = session_user AND deleted = 0 $$;

CREATE OR REPLACE FUNCTION civitas.current_agent_id() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$ SELECT agent_id FROM civitas.user_accounts WHERE login = session_user AND deleted = 0 $$;

-- The units the connected login heads or deputises, with all their sub-units: what a
-- department head sees of their team.
CREATE OR REPLACE FUNCTION civitas.headed_units() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
    WITH RECURSIVE units(id) AS (
        SELECT id FROM civitas.org_units
         WHERE deleted = 0 AND civitas.current_agent_id() IS NOT NULL
           AND civitas.current_agent_id() IN (head_agent_id, deputy_agent_id)
        UNION
        SELECT c.id FROM civitas.org_units c JOIN units ON c.parent_id = units.id
         WHERE c.deleted = 0
    )
    SELECT id FROM units
$$;

GRANT SELECT, INSERT, UPDATE ON civitas.org_units, civitas.user_accounts,
    civitas.role_memberships TO civitas_agent;

-- Functions in policies are wrapped in scalar subqueries: evaluated once per statement,
-- not once per row (a first sync reads every row a login may see).

-- Everybody sees the organisation chart; HR and administrators change it.
CREATE POLICY org_units_read ON civitas.org_units FOR SELECT USING (true);
CREATE POLICY org_units_insert ON civitas.org_units FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('administrator')) OR (SELECT civitas.has_role('hr')));
CREATE POLICY org_units_update ON civitas.org_units FOR UPDATE
    USING ((SELECT civitas.has_role('administrator')) OR (SELECT civitas.has_role('hr')))
    WITH CHECK ((SELECT civitas.has_role('administrator')) OR (SELECT civitas.has_role('hr')));

-- An account is seen by its owner, by the heads of its unit, by HR and administrators;
-- only administrators change accounts.
CREATE POLICY user_accounts_read ON civitas.user_accounts FOR SELECT
    USING (login = session_user OR (SELECT civitas.has_role('administrator')) OR (SELECT civitas.has_role('hr'))
           OR org_unit_id IN (SELECT civitas.headed_units()));
CREATE POLICY user_accounts_insert ON civitas.user_accounts FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('administrator')));
CREATE POLICY user_accounts_update ON civitas.user_accounts FOR UPDATE
    USING ((SELECT civitas.has_role('administrator'))) WITH CHECK ((SELECT civitas.has_role('administrator')));

CREATE POLICY role_memberships_read ON civitas.role_memberships FOR SELECT
    USING (user_id = (SELECT civitas.current_user_id()) OR (SELECT civitas.has_role('administrator'))
           OR (SELECT civitas.has_role('hr')));
CREATE POLICY role_memberships_insert ON civitas.role_memberships FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('administrator')));
CREATE POLICY role_memberships_update ON civitas.role_memberships FOR UPDATE
    USING ((SELECT civitas.has_role('administrator'))) WITH CHECK ((SELECT civitas.has_role('administrator')));
