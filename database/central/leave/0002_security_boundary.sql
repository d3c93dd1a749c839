-- Leave's side of the server's security boundary (issue 15): what a login could do with psql
-- that the desk never does, refused here whoever connects.
--   - Nobody moves a request onto or off an agent; HR's own leave follows the workflow like
--     anybody's (no creating it approved, no stretching it, no approving it).
--   - The ledger lines of a decision (a use when leave is approved, its reversal when it is
--     cancelled, both when HR's recount changes its length) are written here, by the server,
--     in the transaction of the change. Logins write no use; HR writes rights, never its own.
--   - A step is stamped by the server (actor, on whose behalf, when) and tells a move that
--     happened, made by its own login.
--   - A delegation counts only while its delegator heads the unit; the unit's current head
--     ends any of them; none lasts more than a year.
--   - Every free-text column has a length limit, a document's name and type are checked,
--     others' drafts are nobody else's to read, an agent keeps at most 20 drafts.
--   - UPDATE is granted only where a role updates (column by column: LOCK TABLE in SHARE or
--     stronger modes needs a table-wide UPDATE), and the overlap check locks the agent's row
--     rather than an advisory key that any login could take first.
-- The desk mirrors what it can (LeaveRequestStore, LeaveLedger, LeaveRecount, DelegationStore):
-- its ledger lines carry the ids and values written here, so that its push finds them equal.

-- Length limits. NOT VALID: a server already in use keeps its rows; every new row and every
-- change is checked.
ALTER TABLE civitas.leave_types
    ADD CONSTRAINT leave_types_code_length CHECK (length(code) <= 50) NOT VALID,
    ADD CONSTRAINT leave_types_label_length CHECK (length(label) <= 200) NOT VALID;
ALTER TABLE civitas.leave_days_off
    ADD CONSTRAINT leave_days_off_name_length CHECK (length(name) <= 200) NOT VALID;
ALTER TABLE civitas.leave_ledger_entries
    ADD CONSTRAINT leave_ledger_source_length CHECK (length(source) <= 100) NOT VALID,
    ADD CONSTRAINT leave_ledger_note_length CHECK (length(note) <= 1000) NOT VALID,
    ADD CONSTRAINT leave_ledger_request_length CHECK (length(request_id) <= 100) NOT VALID;
ALTER TABLE civitas.leave_requests
    ADD CONSTRAINT leave_requests_comment_length CHECK (length(comment) <= 2000) NOT VALID,
    -- A name only, as the desk saves it: no folder, no control character.
    ADD CONSTRAINT leave_requests_document_name CHECK (length(document_name) <= 200
        AND document_name !~ '[/\\[:cntrl:]]' AND document_name NOT IN ('.', '..')) NOT VALID,
    ADD CONSTRAINT leave_requests_document_type CHECK (document_mime_type IN
        ('', 'application/pdf', 'image/jpeg', 'image/png')) NOT VALID;
ALTER TABLE civitas.leave_request_steps
    ADD CONSTRAINT leave_request_steps_comment_length CHECK (length(comment) <= 2000) NOT VALID,
    ADD CONSTRAINT leave_request_steps_names_length CHECK (length(actor_login) <= 63
        AND length(actor_name) <= 200 AND length(on_behalf_of_name) <= 200
        AND length(agent_id) <= 100 AND length(on_behalf_of_agent_id) <= 100) NOT VALID;
ALTER TABLE civitas.leave_delegations
    ADD CONSTRAINT leave_delegations_agents_length CHECK (length(delegator_agent_id) <= 100
        AND length(deputy_agent_id) <= 100) NOT VALID,
    -- A delegation covers an absence, not a reorganisation: HR names a new head for that.
    ADD CONSTRAINT leave_delegations_at_most_a_year
        CHECK (end_date < (start_date + interval '1 year')::date) NOT VALID;
ALTER TABLE civitas.leave_recounts
    ADD CONSTRAINT leave_recounts_text_length CHECK (length(reason) <= 100
        AND length(agent_id) <= 100) NOT VALID;

-- Delegations, judged live -------------------------------------------------------------------

-- The units an agent heads or permanently deputises, with their sub-units: the standing a
-- delegation of theirs rests on. Not granted: only the functions below call it.
CREATE OR REPLACE FUNCTION civitas.leave_units_headed_by(p_agent text) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
    WITH RECURSIVE units(id) AS (
        SELECT id FROM civitas.org_units
         WHERE deleted = 0 AND p_agent IS NOT NULL AND p_agent IN (head_agent_id, deputy_agent_id)
        UNION
        SELECT c.id FROM civitas.org_units c JOIN units ON c.parent_id = units.id WHERE c.deleted = 0
    )
    SELECT id FROM units
$$;
REVOKE ALL ON FUNCTION civitas.leave_units_headed_by(text) FROM PUBLIC;

-- The delegations the connected login holds today, each unit with its sub-units, those only
-- whose delegator still heads the delegated unit: a head replaced by HR no longer delegates.
CREATE OR REPLACE FUNCTION civitas.leave_delegations_held()
    RETURNS TABLE (unit_id text, delegator_agent_id text, start_date date)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
    WITH RECURSIVE held(unit_id, delegator_agent_id, start_date) AS (
        SELECT d.org_unit_id, d.delegator_agent_id, d.start_date FROM civitas.leave_delegations d
         WHERE d.deleted = 0 AND d.deputy_agent_id = civitas.current_agent_id()
           AND current_date BETWEEN d.start_date AND d.end_date
           AND d.org_unit_id IN (SELECT civitas.leave_units_headed_by(d.delegator_agent_id))
        UNION
        SELECT c.id, h.delegator_agent_id, h.start_date
          FROM civitas.org_units c JOIN held h ON c.parent_id = h.unit_id WHERE c.deleted = 0
    )
    SELECT unit_id, delegator_agent_id, start_date FROM held
$$;
REVOKE ALL ON FUNCTION civitas.leave_delegations_held() FROM PUBLIC;

CREATE OR REPLACE FUNCTION civitas.leave_units() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
    SELECT civitas.headed_units()
    UNION
    SELECT unit_id FROM civitas.leave_delegations_held()
$$;

CREATE OR REPLACE FUNCTION civitas.leave_team_agents() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
    SELECT a.id FROM civitas.agents a
     WHERE a.deleted = 0 AND a.org_unit_id IN (SELECT civitas.leave_units())
       AND a.id IS DISTINCT FROM civitas.current_agent_id()
       AND (a.org_unit_id IN (SELECT civitas.headed_units())
            OR a.id NOT IN (SELECT h.delegator_agent_id FROM civitas.leave_delegations_held() h))
$$;

-- A delegation is changed by its delegator, or ended by the unit's current head (who may
-- not otherwise rewrite a delegation given by someone else), or by HR.
CREATE OR REPLACE FUNCTION civitas.check_leave_delegation_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF civitas.session_owns_town() OR civitas.has_role('hr')
       OR (NEW.delegator_agent_id = civitas.current_agent_id()
           AND OLD.delegator_agent_id = NEW.delegator_agent_id) THEN
        RETURN NEW;
    END IF;
    IF (NEW.org_unit_id, NEW.delegator_agent_id, NEW.deputy_agent_id, NEW.start_date)
       IS DISTINCT FROM (OLD.org_unit_id, OLD.delegator_agent_id, OLD.deputy_agent_id, OLD.start_date)
       OR NEW.end_date > OLD.end_date OR NEW.deleted < OLD.deleted THEN
        RAISE EXCEPTION 'the head of the unit may end this delegation, not change it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_leave_delegation_change() FROM PUBLIC;
CREATE TRIGGER leave_delegations_change AFTER UPDATE ON civitas.leave_delegations
    FOR EACH ROW EXECUTE FUNCTION civitas.check_leave_delegation_change();

DROP POLICY leave_delegations_update ON civitas.leave_delegations;
CREATE POLICY leave_delegations_update ON civitas.leave_delegations FOR UPDATE
    USING ((SELECT civitas.has_role('hr')) OR delegator_agent_id = (SELECT civitas.current_agent_id())
           OR org_unit_id IN (SELECT civitas.headed_units()))
    WITH CHECK ((SELECT civitas.has_role('hr')) OR org_unit_id IN (SELECT civitas.headed_units()));

-- Requests ------------------------------------------------------------------------------------

-- The moves of every request, as the workflow trigger saw them: a step must tell one of its
-- own login's, once. Server-side only (no grant, not synchronised).
CREATE TABLE civitas.leave_request_moves (
    id bigserial PRIMARY KEY,
    request_id text NOT NULL,
    from_state text NOT NULL,
    to_state text NOT NULL,
    login text NOT NULL DEFAULT session_user,
    moved_at timestamptz NOT NULL DEFAULT now(),
    step_id text
);
CREATE INDEX leave_request_moves_open ON civitas.leave_request_moves (request_id, login)
    WHERE step_id IS NULL;
REVOKE ALL ON civitas.leave_request_moves FROM PUBLIC;

-- The work a request's state allows, and by whom (the desk's LeaveWorkflow::move mirrors it).
-- Ownership is judged on the row before and after: nobody, HR included, moves a request onto
-- or off an agent. HR moves anybody else's request anywhere (it enters sick leave, and
-- corrects); its own leave follows the workflow like anybody's. Everybody else moves along
-- the workflow only, and never touches a request of a type that only HR enters.
CREATE OR REPLACE FUNCTION civitas.check_leave_request_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    me text := civitas.current_agent_id();
    is_owner boolean;
    is_approver boolean;
    type_approval text;
    type_hr_only integer;
    allowed boolean := false;
BEGIN
    -- `civitas-admin load` writes a town's history as it was.
    IF civitas.session_owns_town() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.agent_id IS DISTINCT FROM OLD.agent_id THEN
        RAISE EXCEPTION 'the agent of a leave request cannot change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- A login without an agent (an administrator) owns nothing: false, not NULL, below.
    is_owner := coalesce(NEW.agent_id = me, false);
    -- A draft is the agent's alone and costs a desk nothing to make: a cap keeps a file, and
    -- the server, from filling up with them. The agent's row is locked (see the overlap check).
    IF NEW.state = 'draft' AND NEW.deleted = 0
       AND (TG_OP = 'INSERT' OR OLD.state <> 'draft' OR OLD.deleted = 1) THEN
        PERFORM 1 FROM civitas.agents WHERE id = NEW.agent_id FOR NO KEY UPDATE;
        IF (SELECT count(*) FROM civitas.leave_requests
             WHERE agent_id = NEW.agent_id AND state = 'draft' AND deleted = 0) > 20 THEN
            RAISE EXCEPTION 'an agent keeps at most 20 drafts: submit or delete one first'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF NOT (civitas.has_role('hr') AND NOT is_owner) THEN
        SELECT approval, hr_only INTO type_approval, type_hr_only FROM civitas.leave_types WHERE id = NEW.leave_type_id;
        is_approver := NOT is_owner AND NEW.agent_id IN (SELECT civitas.leave_team_agents());
        IF TG_OP = 'INSERT' THEN
            -- A type that nobody approves is approved as its agent submits it, new or a draft.
            IF NOT is_owner OR type_hr_only = 1
               OR NOT (NEW.state IN ('draft', 'submitted') OR (NEW.state = 'approved' AND type_approval = 'none')) THEN
                RAISE EXCEPTION 'a leave request is created by its agent, as a draft or submitted (state %)', NEW.state
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSE
            -- Checked on every change, not only at creation: a draft could otherwise become sick leave.
            IF type_hr_only = 1 THEN
                RAISE EXCEPTION 'only HR enters and changes a request of this type' USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- The tombstone too: a live request dropped on the way through a move would vanish
            -- from the approvers' lists and the calendar while the ledger still counts it.
            IF (NEW.leave_type_id, NEW.start_date, NEW.start_half, NEW.end_date, NEW.end_half, NEW.half_days,
                NEW.document, NEW.document_name, NEW.document_mime_type, NEW.deleted)
               IS DISTINCT FROM
               (OLD.leave_type_id, OLD.start_date, OLD.start_half, OLD.end_date, OLD.end_half, OLD.half_days,
                OLD.document, OLD.document_name, OLD.document_mime_type, OLD.deleted)
               AND NOT (is_owner AND OLD.state = 'draft') THEN
                RAISE EXCEPTION 'only a draft can be changed, by its agent (the request is %)', OLD.state
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.state = OLD.state THEN
                allowed := is_owner AND OLD.state = 'draft';
            ELSIF is_owner THEN
                allowed := (OLD.state = 'draft' AND NEW.state IN ('submitted', 'withdrawn'))
                        OR (OLD.state = 'draft' AND NEW.state = 'approved' AND type_approval = 'none')
                        OR (OLD.state IN ('submitted', 'waiting_hr') AND NEW.state = 'withdrawn' AND OLD.start_date > current_date)
                        OR (OLD.state = 'approved' AND NEW.state = 'cancellation_requested');
            ELSIF is_approver THEN
                allowed := (OLD.state = 'submitted' AND NEW.state = 'refused')
                        OR (OLD.state = 'submitted' AND NEW.state = 'approved' AND type_approval <> 'head_then_hr')
                        OR (OLD.state = 'submitted' AND NEW.state = 'waiting_hr' AND type_approval = 'head_then_hr')
                        OR (OLD.state = 'cancellation_requested' AND NEW.state IN ('cancelled', 'approved'));
            END IF;
            IF NOT coalesce(allowed, false) THEN
                RAISE EXCEPTION 'this login may not move the leave request from % to %', OLD.state, NEW.state
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
    END IF;
    -- The move, for the step that tells it. A request submitted (or approved, for a type
    -- nobody approves) by its agent went through the draft state, as the desk tells it.
    IF TG_OP = 'INSERT' THEN
        IF is_owner AND NEW.state IN ('submitted', 'approved') THEN
            INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
            VALUES (NEW.id, 'draft', 'submitted');
        END IF;
        IF is_owner AND NEW.state = 'approved' THEN
            INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
            VALUES (NEW.id, 'submitted', 'approved');
        ELSIF NOT (is_owner AND NEW.state = 'submitted') THEN
            INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
            VALUES (NEW.id, '', NEW.state);
        END IF;
    ELSIF NEW.state <> OLD.state AND OLD.state = 'draft' AND NEW.state = 'approved' THEN
        INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
        VALUES (NEW.id, 'draft', 'submitted'), (NEW.id, 'submitted', 'approved');
    ELSIF NEW.state <> OLD.state
          OR (OLD.state <> 'draft'
              AND (NEW.half_days, NEW.leave_type_id, NEW.start_date, NEW.end_date)
                  IS DISTINCT FROM (OLD.half_days, OLD.leave_type_id, OLD.start_date, OLD.end_date)) THEN
        INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
        VALUES (NEW.id, OLD.state, NEW.state);
    END IF;
    RETURN NEW;
END
$$;

-- Two live requests of one agent may not overlap. The agent's row is locked as the owner:
-- an advisory key could be taken first by any login that guessed it, stalling the agent.
CREATE OR REPLACE FUNCTION civitas.check_leave_request_overlap() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    other record;
BEGIN
    IF NEW.deleted = 1 OR NEW.state NOT IN ('submitted', 'waiting_hr', 'approved', 'cancellation_requested') THEN
        RETURN NULL;
    END IF;
    -- NO KEY: the foreign key checks of concurrent inserts hold KEY SHARE on the same row.
    PERFORM 1 FROM civitas.agents WHERE id = NEW.agent_id FOR NO KEY UPDATE;
    SELECT r.start_date, r.end_date, t.label INTO other
      FROM civitas.leave_requests r JOIN civitas.leave_types t ON t.id = r.leave_type_id
     WHERE r.agent_id = NEW.agent_id AND r.id <> NEW.id AND r.deleted = 0
       AND r.state IN ('submitted', 'waiting_hr', 'approved', 'cancellation_requested')
       AND (r.start_date - date '2000-01-01') * 2 + (r.start_half = 'pm')::int
           <= (NEW.end_date - date '2000-01-01') * 2 + (NEW.end_half = 'pm')::int
       AND (NEW.start_date - date '2000-01-01') * 2 + (NEW.start_half = 'pm')::int
           <= (r.end_date - date '2000-01-01') * 2 + (r.end_half = 'pm')::int
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'leave requests may not overlap: % from % to % is already asked for',
            other.label, other.start_date, other.end_date USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

-- The ledger follows the request, written here: a use while the leave is approved (or its
-- cancellation asked for), reversed when it leaves those states (cancelled, or moved by HR),
-- reversed and written again when HR's recount changes its length. Ids are derived from the
-- request, so that the desk, which writes the same lines as a preview (LeaveLedger), pushes
-- rows this function has already written, equal field by field.
--   use:       <request id>:use, then <request id>:use:2, :use:3 ... when approved again
--   reversal:  <reversed entry id>:reversal, dated as the entry it reverses
CREATE OR REPLACE FUNCTION civitas.write_leave_request_ledger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    held_before boolean;
    holds boolean := NEW.deleted = 0 AND NEW.state IN ('approved', 'cancellation_requested');
    relengthened boolean := false;
    source_code text;
    uses integer;
    e record;
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NULL;
    END IF;
    held_before := TG_OP = 'UPDATE' AND OLD.deleted = 0 AND OLD.state IN ('approved', 'cancellation_requested');
    IF held_before AND holds THEN
        relengthened := (NEW.half_days, NEW.leave_type_id, NEW.start_date)
                        IS DISTINCT FROM (OLD.half_days, OLD.leave_type_id, OLD.start_date);
    END IF;
    source_code := CASE WHEN relengthened THEN 'recount'
                        WHEN NEW.state = 'cancelled' THEN 'cancellation' ELSE 'request' END;
    IF held_before AND (NOT holds OR relengthened) THEN
        FOR e IN SELECT * FROM civitas.leave_ledger_entries u
                  WHERE u.request_id = NEW.id AND u.kind = 'use' AND u.reverses_entry_id IS NULL
                    AND u.deleted = 0
                    AND NOT EXISTS (SELECT 1 FROM civitas.leave_ledger_entries x WHERE x.reverses_entry_id = u.id)
                  ORDER BY u.id
        LOOP
            INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind,
                days_hundredths, effective_date, request_id, reverses_entry_id, source)
            VALUES (e.id || ':reversal', e.agent_id, e.leave_type_id, e.year, 'use',
                    -e.days_hundredths, e.effective_date, e.request_id, e.id, source_code);
        END LOOP;
    END IF;
    IF holds AND (NOT held_before OR relengthened) AND NEW.half_days > 0
       AND EXISTS (SELECT 1 FROM civitas.leave_types t WHERE t.id = NEW.leave_type_id AND t.has_balance = 1) THEN
        SELECT count(*) INTO uses FROM civitas.leave_ledger_entries
         WHERE request_id = NEW.id AND kind = 'use' AND reverses_entry_id IS NULL;
        INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind,
            days_hundredths, effective_date, request_id, source)
        VALUES (NEW.id || ':use' || CASE WHEN uses = 0 THEN '' ELSE ':' || (uses + 1) END,
                NEW.agent_id, NEW.leave_type_id, extract(year FROM NEW.start_date)::integer, 'use',
                -NEW.half_days * 50, NEW.start_date, NEW.id, source_code);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.write_leave_request_ledger() FROM PUBLIC;
-- After the workflow and overlap checks (triggers fire in name order): a refused change
-- writes nothing.
CREATE TRIGGER leave_requests_zz_ledger AFTER INSERT OR UPDATE ON civitas.leave_requests
    FOR EACH ROW EXECUTE FUNCTION civitas.write_leave_request_ledger();

-- Others' drafts are nobody else's: not the approvers', not HR's (a draft is decided on once
-- submitted), and a desk does not fill up with them.
DROP POLICY leave_requests_read ON civitas.leave_requests;
CREATE POLICY leave_requests_read ON civitas.leave_requests FOR SELECT
    USING (agent_id = (SELECT civitas.current_agent_id())
           OR (state <> 'draft'
               AND ((SELECT civitas.has_role('hr')) OR agent_id IN (SELECT civitas.leave_team_agents()))));

-- The ledger ---------------------------------------------------------------------------------

-- One reversal per entry, whoever writes it and however many sessions try at once.
CREATE UNIQUE INDEX leave_ledger_one_reversal ON civitas.leave_ledger_entries (reverses_entry_id);

-- A reversal reverses: the same agent, type, year and kind, the opposite amount.
CREATE OR REPLACE FUNCTION civitas.check_leave_ledger_entry() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF NEW.reverses_entry_id IS NULL OR civitas.session_owns_town() THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM civitas.leave_ledger_entries o
                    WHERE o.id = NEW.reverses_entry_id AND o.reverses_entry_id IS NULL AND o.deleted = 0
                      AND o.agent_id = NEW.agent_id AND o.leave_type_id = NEW.leave_type_id
                      AND o.year = NEW.year AND o.kind = NEW.kind
                      AND o.days_hundredths = -NEW.days_hundredths) THEN
        RAISE EXCEPTION 'a reversal cancels an entry of the same agent, type, year and kind, for the opposite amount'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_leave_ledger_entry() FROM PUBLIC;
CREATE TRIGGER leave_ledger_reversal BEFORE INSERT ON civitas.leave_ledger_entries
    FOR EACH ROW EXECUTE FUNCTION civitas.check_leave_ledger_entry();

-- Logins write no use nor its reversal (write_leave_request_ledger does); HR writes the
-- rights of others, never its own.
DROP POLICY leave_ledger_insert ON civitas.leave_ledger_entries;
CREATE POLICY leave_ledger_insert ON civitas.leave_ledger_entries FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('hr')) AND kind <> 'use'
                AND agent_id IS DISTINCT FROM (SELECT civitas.current_agent_id()));
-- It answered yes or no about any agent's ledger lines.
DROP FUNCTION civitas.leave_use_reverses(text, text, text, integer);

-- Steps --------------------------------------------------------------------------------------

-- What the server knows of a step: its actor, on whose behalf, when; and the move it tells,
-- which must be one its login made and no step told yet. What the desk sent for those is a
-- preview, replaced here (and on the desk at the next pull).
CREATE OR REPLACE FUNCTION civitas.stamp_leave_request_step() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    me text := civitas.current_agent_id();
    unit text;
    move_id bigint;
    tells boolean;
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NEW;
    END IF;
    NEW.actor_login := session_user;
    NEW.actor_name := coalesce((SELECT display_name FROM civitas.user_accounts
                                 WHERE login = session_user AND deleted = 0), session_user);
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
            SELECT CASE WHEN a.usage_name <> '' THEN a.usage_name ELSE a.birth_name END || ' ' || a.first_names
              INTO NEW.on_behalf_of_name FROM civitas.agents a WHERE a.id = NEW.on_behalf_of_agent_id;
            NEW.on_behalf_of_name := coalesce(NEW.on_behalf_of_name, '');
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
     WHERE m.request_id = NEW.request_id AND m.login = session_user AND m.step_id IS NULL
       AND m.from_state = NEW.from_state AND m.to_state = NEW.to_state
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
CREATE TRIGGER leave_request_steps_stamp BEFORE INSERT ON civitas.leave_request_steps
    FOR EACH ROW EXECUTE FUNCTION civitas.stamp_leave_request_step();

-- Privileges ---------------------------------------------------------------------------------

-- Read by everybody, written where a role writes, updated column by column where it updates:
-- no login holds the table-wide UPDATE that LOCK TABLE in SHARE or stronger modes asks for.
REVOKE INSERT, UPDATE ON civitas.leave_types, civitas.leave_ledger_entries, civitas.leave_requests,
    civitas.leave_request_steps, civitas.leave_delegations, civitas.leave_days_off,
    civitas.leave_recounts FROM civitas_agent;
GRANT INSERT ON civitas.leave_requests, civitas.leave_request_steps, civitas.leave_delegations
    TO civitas_agent;
GRANT UPDATE (leave_type_id, start_date, start_half, end_date, end_half, half_days, state, comment,
              document_name, document_mime_type, document, deleted)
    ON civitas.leave_requests TO civitas_agent;
GRANT UPDATE (deputy_agent_id, start_date, end_date, deleted) ON civitas.leave_delegations TO civitas_agent;
GRANT INSERT ON civitas.leave_types, civitas.leave_days_off, civitas.leave_recounts,
    civitas.leave_ledger_entries TO civitas_hr;
GRANT UPDATE (code, label, colour, counting, unit, has_balance, approval, document_required, hr_only,
              fixed_days_hundredths, max_consecutive_days, counts_for_split_bonus, reduces_rtt,
              active, sort_order, deleted)
    ON civitas.leave_types TO civitas_hr;
GRANT UPDATE (day, name, deleted) ON civitas.leave_days_off TO civitas_hr;
GRANT UPDATE (reviewed, deleted) ON civitas.leave_recounts TO civitas_hr;
