-- What a leave step costs the server (issue 15's load, and every desk's push):
-- - the step's actor was looked up by `login = session_user`, a comparison of the "C"
--   collation that the login's index does not serve (see core 0007): a read of every account
--   for every step;
-- - the connected agent was looked up before the load's shortcut, for every loaded step.
-- Otherwise as leave 0002.
CREATE OR REPLACE FUNCTION civitas.stamp_leave_request_step() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    me text;
    unit text;
    move_id bigint;
    tells boolean;
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NEW;
    END IF;
    me := civitas.current_agent_id();
    NEW.actor_login := session_user;
    NEW.actor_name := coalesce((SELECT display_name FROM civitas.user_accounts
                                 WHERE login = session_user::text COLLATE "default" AND deleted = 0),
                               session_user);
    NEW.acted_at := clock_timestamp();
    NEW.on_behalf_of_agent_id := NULL;
    NEW.on_behalf_of_name := '';
    -- As the desk's LeaveAuthority: a deputy acts for the head whose delegation, the first
    -- to have begun, covers the agent's unit, unless they head that unit themselves.
    SELECT org_unit_id INTO unit FROM civitas.agents WHERE id = NEW.agent_id;
    IF unit IS NOT NULL AND NEW.agent_id IS DISTINCT FROM me
       AND unit NOT IN (SELECT civitas.headed_units()) THEN
        SELECT h.delegator_agent_id INTO NEW.on_behalf_of_agent_id
          FROM civitas.leave_delegations_held() h
         WHERE h.unit_id = unit AND h.delegator_agent_id <> NEW.agent_id
         ORDER BY h.start_date LIMIT 1;
        IF NEW.on_behalf_of_agent_id IS NOT NULL THEN
            NEW.on_behalf_of_name := coalesce(civitas.agent_name(NEW.on_behalf_of_agent_id), '');
        END IF;
    END IF;
    tells := CASE NEW.action
        WHEN 'created' THEN NEW.from_state = '' AND NEW.to_state = 'draft'
        WHEN 'entered_by_hr' THEN NEW.from_state = ''
        WHEN 'recounted' THEN NEW.from_state = NEW.to_state
        WHEN 'submitted' THEN NEW.to_state = 'submitted'
        WHEN 'approved' THEN NEW.to_state = 'approved' AND NEW.from_state IN ('submitted', 'waiting_hr')
        WHEN 'forwarded_to_hr' THEN NEW.to_state = 'waiting_hr'
        WHEN 'refused' THEN NEW.to_state = 'refused'
        WHEN 'withdrawn' THEN NEW.to_state = 'withdrawn'
        WHEN 'cancellation_requested' THEN NEW.to_state = 'cancellation_requested'
        WHEN 'cancellation_approved' THEN NEW.to_state = 'cancelled'
        WHEN 'cancellation_refused' THEN NEW.from_state = 'cancellation_requested' AND NEW.to_state = 'approved'
        ELSE false END;
    SELECT m.id INTO move_id FROM civitas.leave_request_moves m
     WHERE m.request_id = NEW.request_id AND m.login = session_user::text COLLATE "default"
       AND m.step_id IS NULL AND m.from_state = NEW.from_state AND m.to_state = NEW.to_state
     ORDER BY m.id LIMIT 1 FOR UPDATE;
    IF NOT coalesce(tells, false) OR move_id IS NULL THEN
        RAISE EXCEPTION 'a step tells a move its login made: % from "%" to "%" is not one', NEW.action,
            NEW.from_state, NEW.to_state USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE civitas.leave_request_moves SET step_id = NEW.id WHERE id = move_id;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.stamp_leave_request_step() FROM PUBLIC;
