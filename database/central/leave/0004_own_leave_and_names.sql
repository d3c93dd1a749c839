-- Closes what a review found open after leave 0002:
-- - HR could set a type's approval to 'none' (HR writes the types) and then create its own
--   leave approved: an HR login's own leave is never approved by that login, whatever the
--   type says; another HR officer, or the head, approves it;
-- - a step's actor name came from the account's display name, which administrators edit: an
--   account tied to an agent signs with the agent's name from the HR file.

CREATE OR REPLACE FUNCTION civitas.check_own_leave_approval() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NULL;
    END IF;
    IF NEW.state = 'approved' AND (TG_OP = 'INSERT' OR OLD.state IS DISTINCT FROM 'approved')
       AND civitas.has_role('hr') AND NEW.agent_id = civitas.current_agent_id() THEN
        RAISE EXCEPTION 'an HR login''s own leave is approved by someone else'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_own_leave_approval() FROM PUBLIC;
-- Named to run after the workflow check, whose refusal says more when both refuse.
CREATE TRIGGER leave_requests_workflow_own_hr AFTER INSERT OR UPDATE ON civitas.leave_requests
    FOR EACH ROW EXECUTE FUNCTION civitas.check_own_leave_approval();

-- An agent's name as the HR file gives it, as the desks show it (usage name, else birth name,
-- then first names).
CREATE OR REPLACE FUNCTION civitas.agent_name(p_agent text) RETURNS text
    LANGUAGE sql STABLE SET search_path = civitas, pg_temp AS
$$
    SELECT CASE WHEN a.usage_name <> '' THEN a.usage_name ELSE a.birth_name END || ' ' || a.first_names
      FROM civitas.agents a WHERE a.id = p_agent
$$;
REVOKE ALL ON FUNCTION civitas.agent_name(text) FROM PUBLIC;

-- Runs after leave_request_steps_stamp (same timing, name order).
CREATE OR REPLACE FUNCTION civitas.name_leave_request_step() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NEW;
    END IF;
    NEW.actor_name := coalesce(civitas.agent_name(civitas.current_agent_id()), NEW.actor_name);
    IF NEW.on_behalf_of_agent_id IS NOT NULL THEN
        NEW.on_behalf_of_name := coalesce(civitas.agent_name(NEW.on_behalf_of_agent_id), '');
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.name_leave_request_step() FROM PUBLIC;
CREATE TRIGGER leave_request_steps_stamp_names BEFORE INSERT ON civitas.leave_request_steps
    FOR EACH ROW EXECUTE FUNCTION civitas.name_leave_request_step();
