-- What a login may see changes without the rows it may see changing: a unit gets another head,
-- an agent moves to another unit, a role is granted. A pull brings only rows that changed, so
-- a desk then compares its ids with the server's (Synchroniser::reconcile), which costs a scan
-- of every id the login may see: 0.7 s for an HR login at 900 agents. Each transaction that
-- changes what the policies decide on leaves its id here, and a desk compares only when one of
-- them is at or after the bound of its last comparison, or when what decides without a write
-- (the login's roles, today's date) differs.
--
-- Triggers on the modules' tables are in their own migrations (hr 0004, leave 0006). A
-- transaction id, not a counter: a counter bumped by a transaction that commits after the
-- desk read it would be missed, as the pull's watermark explains (docs/architecture.md). One
-- row per transaction, inserted: no two writers wait on each other here.

CREATE TABLE civitas.visibility_changes (
    changed_in xid8 PRIMARY KEY DEFAULT pg_current_xact_id()
);
REVOKE ALL ON civitas.visibility_changes FROM PUBLIC;

CREATE OR REPLACE FUNCTION civitas.note_visibility_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
BEGIN
    INSERT INTO civitas.visibility_changes DEFAULT VALUES ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.note_visibility_change() FROM PUBLIC;

-- True when a transaction at or after p_since (the xmin of the snapshot a desk last compared
-- in: every transaction below it was visible there, or aborted) changed what decides
-- visibility. A desk never compared yet passes NULL.
CREATE OR REPLACE FUNCTION civitas.visibility_changed_since(p_since xid8) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT p_since IS NULL
        OR EXISTS (SELECT 1 FROM civitas.visibility_changes WHERE changed_in >= p_since)
$$;
REVOKE ALL ON FUNCTION civitas.visibility_changed_since(xid8) FROM PUBLIC;

-- What decides a login's visibility without a write to any table: who connects, the group
-- roles it holds (granted by civitas-admin, outside any table) and today's date (a delegation
-- runs from one date to another). A desk compares again when this differs from the last time.
CREATE OR REPLACE FUNCTION civitas.visibility_basis() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT session_user || ' ' || current_date::text || ' '
           || array_to_string(civitas.login_roles(session_user), ',')
$$;
REVOKE ALL ON FUNCTION civitas.visibility_basis() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.visibility_changed_since(xid8), civitas.visibility_basis()
    TO civitas_agent;

-- The organisation chart: who heads and deputises which units, and their nesting
-- (civitas.headed_units()). A new unit, or a unit's head, deputy, parent or deletion.
CREATE TRIGGER org_units_visibility_insert AFTER INSERT ON civitas.org_units
    FOR EACH STATEMENT EXECUTE FUNCTION civitas.note_visibility_change();
CREATE TRIGGER org_units_visibility_update AFTER UPDATE ON civitas.org_units
    FOR EACH ROW WHEN ((OLD.parent_id, OLD.head_agent_id, OLD.deputy_agent_id, OLD.deleted)
                       IS DISTINCT FROM (NEW.parent_id, NEW.head_agent_id, NEW.deputy_agent_id, NEW.deleted))
    EXECUTE FUNCTION civitas.note_visibility_change();

-- Accounts: which agent a login is (civitas.current_agent_id()), and which unit's heads see
-- the account.
CREATE TRIGGER user_accounts_visibility_insert AFTER INSERT ON civitas.user_accounts
    FOR EACH STATEMENT EXECUTE FUNCTION civitas.note_visibility_change();
CREATE TRIGGER user_accounts_visibility_update AFTER UPDATE ON civitas.user_accounts
    FOR EACH ROW WHEN ((OLD.login, OLD.agent_id, OLD.org_unit_id, OLD.deleted)
                       IS DISTINCT FROM (NEW.login, NEW.agent_id, NEW.org_unit_id, NEW.deleted))
    EXECUTE FUNCTION civitas.note_visibility_change();

-- Memberships go with the group roles civitas-admin grants (the basis above sees the roles);
-- a membership's owner decides who reads it.
CREATE TRIGGER role_memberships_visibility_insert AFTER INSERT ON civitas.role_memberships
    FOR EACH STATEMENT EXECUTE FUNCTION civitas.note_visibility_change();
CREATE TRIGGER role_memberships_visibility_update AFTER UPDATE ON civitas.role_memberships
    FOR EACH ROW WHEN ((OLD.user_id, OLD.role, OLD.deleted)
                       IS DISTINCT FROM (NEW.user_id, NEW.role, NEW.deleted))
    EXECUTE FUNCTION civitas.note_visibility_change();
