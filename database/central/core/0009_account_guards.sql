-- Closes what a review found open after core 0006:
-- - an administrator soft-deleting an account cut its login off from its agent (every
--   self-restriction hangs on current_agent_id()), then gave the agent to a login of its own:
--   the deletion of an account that has an agent, that holds hr or administrator, or that is
--   the connected login's own, is the owner's;
-- - an administrator renamed its own account "Sophie Martin", and its next workflow step read
--   so: an administrator does not rename its own account;
-- - an administrator made an agent of its choice the deputy head of the top unit, and so the
--   approver of the whole town: heads and deputies are named by HR (or the owner);
-- - has_role() and stamp_row() resolved pg_has_role() and now() through the caller's
--   search_path: both now pin theirs.

CREATE OR REPLACE FUNCTION civitas.guard_account_deletion() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NULL;
    END IF;
    IF NEW.deleted IS DISTINCT FROM OLD.deleted
       AND (OLD.agent_id IS NOT NULL OR OLD.login = session_user
            OR civitas.is_privileged_login(OLD.login)) THEN
        RAISE EXCEPTION 'only the database owner may delete or restore the account "%": it is tied to an agent, to hr or administrator, or to you', OLD.login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.display_name IS DISTINCT FROM OLD.display_name AND OLD.login = session_user THEN
        RAISE EXCEPTION 'only the database owner may rename the account of the connected login'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.guard_account_deletion() FROM PUBLIC;
CREATE TRIGGER user_accounts_guard_deletion AFTER UPDATE ON civitas.user_accounts
    FOR EACH ROW EXECUTE FUNCTION civitas.guard_account_deletion();

CREATE OR REPLACE FUNCTION civitas.guard_unit_heads() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF civitas.session_owns_town() OR civitas.has_role('hr') THEN
        RETURN NULL;
    END IF;
    IF (TG_OP = 'INSERT' AND (NEW.head_agent_id IS NOT NULL OR NEW.deputy_agent_id IS NOT NULL))
       OR (TG_OP = 'UPDATE' AND (NEW.head_agent_id, NEW.deputy_agent_id)
                                IS DISTINCT FROM (OLD.head_agent_id, OLD.deputy_agent_id)) THEN
        RAISE EXCEPTION 'the head and deputy of a unit are named by HR'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.guard_unit_heads() FROM PUBLIC;
CREATE TRIGGER org_units_guard_heads AFTER INSERT OR UPDATE ON civitas.org_units
    FOR EACH ROW EXECUTE FUNCTION civitas.guard_unit_heads();

ALTER FUNCTION civitas.has_role(text) SET search_path = civitas, pg_catalog, pg_temp;
ALTER FUNCTION civitas.stamp_row() SET search_path = civitas, pg_catalog, pg_temp;
