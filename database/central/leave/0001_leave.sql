-- Leave management on the server: the same tables as on every desk (database/local/leave),
-- with the sync columns, and the rules that must hold whoever connects:
--   - an agent reads and writes only their own requests;
--   - heads, and deputies during a delegation, act on the requests of their units (and
--     sub-units), never on their own (nor a deputy on the delegating head's);
--   - HR acts on everything, keeps the rights (the ledger), the types and the days off; its
--     own leave moves along the workflow like anybody's;
--   - the ledger and the workflow steps are append-only;
--   - a request moves only along the workflow, each move by whom it belongs to;
--   - two live requests of one agent never overlap.

CREATE TABLE civitas.leave_types (
    id text PRIMARY KEY,
    code text NOT NULL,
    label text NOT NULL,
    colour text NOT NULL DEFAULT '#4a90d9' CHECK (colour ~ '^#[0-9a-fA-F]{6}$'),
    counting text NOT NULL DEFAULT 'working_days' CHECK (counting IN ('working_days', 'calendar_days')),
    unit text NOT NULL DEFAULT 'half_day' CHECK (unit IN ('day', 'half_day')),
    has_balance integer NOT NULL DEFAULT 1 CHECK (has_balance IN (0, 1)),
    approval text NOT NULL DEFAULT 'head' CHECK (approval IN ('none', 'head', 'head_then_hr')),
    document_required integer NOT NULL DEFAULT 0 CHECK (document_required IN (0, 1)),
    hr_only integer NOT NULL DEFAULT 0 CHECK (hr_only IN (0, 1)),
    fixed_days_hundredths integer CHECK (fixed_days_hundredths > 0),
    max_consecutive_days integer CHECK (max_consecutive_days > 0),
    counts_for_split_bonus integer NOT NULL DEFAULT 0 CHECK (counts_for_split_bonus IN (0, 1)),
    reduces_rtt integer NOT NULL DEFAULT 0 CHECK (reduces_rtt IN (0, 1)),
    active integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order integer NOT NULL DEFAULT 100,
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE UNIQUE INDEX leave_types_code ON civitas.leave_types (code) WHERE deleted = 0;

INSERT INTO civitas.leave_types (id, code, label, colour, counting, unit, has_balance, approval, document_required,
                         hr_only, fixed_days_hundredths, max_consecutive_days, counts_for_split_bonus, reduces_rtt, sort_order) VALUES
 ('leave-type-annual', 'annual', 'Congés annuels', '#3b7dd8', 'working_days', 'half_day', 1, 'head', 0, 0, NULL, 31, 1, 0, 10),
 ('leave-type-rtt', 'rtt', 'RTT', '#2e9e6a', 'working_days', 'half_day', 1, 'head', 0, 0, NULL, NULL, 0, 0, 20),
 ('leave-type-split-bonus', 'split_bonus', 'Jours de fractionnement', '#7a5cc9', 'working_days', 'half_day', 1, 'head', 0, 0, NULL, NULL, 0, 0, 30),
 ('leave-type-tsa', 'tsa', 'Compte épargne-temps', '#c98a1b', 'working_days', 'half_day', 1, 'head_then_hr', 0, 0, NULL, NULL, 0, 0, 40),
 ('leave-type-sick', 'sick', 'Congé de maladie ordinaire', '#d9534f', 'calendar_days', 'day', 0, 'none', 1, 1, NULL, NULL, 0, 1, 50),
 ('leave-type-training', 'training', 'Formation', '#17a2b8', 'working_days', 'half_day', 0, 'head_then_hr', 1, 0, NULL, NULL, 0, 0, 60),
 ('leave-type-marriage', 'marriage', 'Mariage ou PACS de l''agent', '#e377c2', 'working_days', 'day', 0, 'head_then_hr', 1, 0, 500, NULL, 0, 0, 70),
 ('leave-type-child-death', 'child_death', 'Décès d''un enfant', '#6c757d', 'working_days', 'day', 0, 'head', 1, 0, 700, NULL, 0, 0, 80),
 ('leave-type-family-death', 'family_death', 'Décès ou maladie très grave du conjoint, d''un parent', '#8c8c8c', 'working_days', 'day', 0, 'head', 1, 0, 300, NULL, 0, 0, 90),
 ('leave-type-sick-child', 'sick_child', 'Garde d''enfant malade', '#f0ad4e', 'working_days', 'half_day', 0, 'head', 1, 0, 600, NULL, 0, 0, 100);

CREATE TABLE civitas.leave_ledger_entries (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES civitas.agents (id),
    leave_type_id text NOT NULL REFERENCES civitas.leave_types (id),
    year integer NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    kind text NOT NULL CHECK (kind IN ('allocation', 'use', 'adjustment', 'carry_over', 'expiry', 'deposit')),
    days_hundredths integer NOT NULL,
    effective_date date NOT NULL,
    expires_on date,
    request_id text,
    reverses_entry_id text REFERENCES civitas.leave_ledger_entries (id),
    source text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX leave_ledger_agent_year ON civitas.leave_ledger_entries (agent_id, year, leave_type_id);

CREATE TABLE civitas.leave_requests (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES civitas.agents (id),
    leave_type_id text NOT NULL REFERENCES civitas.leave_types (id),
    start_date date NOT NULL,
    start_half text NOT NULL DEFAULT 'am' CHECK (start_half IN ('am', 'pm')),
    end_date date NOT NULL,
    end_half text NOT NULL DEFAULT 'pm' CHECK (end_half IN ('am', 'pm')),
    half_days integer NOT NULL CHECK (half_days >= 0),
    state text NOT NULL CHECK (state IN ('draft', 'submitted', 'waiting_hr', 'approved', 'refused',
        'withdrawn', 'cancellation_requested', 'cancelled')),
    comment text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    document_name text NOT NULL DEFAULT '',
    document_mime_type text NOT NULL DEFAULT '',
    document bytea CHECK (document IS NULL OR length(document) <= 5242880),
    CHECK (end_date > start_date OR (end_date = start_date AND NOT (start_half = 'pm' AND end_half = 'am')))
);
CREATE INDEX leave_requests_agent ON civitas.leave_requests (agent_id, start_date);

CREATE TABLE civitas.leave_request_steps (
    id text PRIMARY KEY,
    request_id text NOT NULL REFERENCES civitas.leave_requests (id),
    agent_id text NOT NULL,
    action text NOT NULL CHECK (action IN ('created', 'submitted', 'approved', 'forwarded_to_hr', 'refused',
        'withdrawn', 'cancellation_requested', 'cancellation_approved', 'cancellation_refused',
        'entered_by_hr', 'recounted')),
    from_state text NOT NULL DEFAULT '',
    to_state text NOT NULL,
    actor_login text NOT NULL,
    actor_name text NOT NULL DEFAULT '',
    on_behalf_of_agent_id text,
    on_behalf_of_name text NOT NULL DEFAULT '',
    comment text NOT NULL DEFAULT '',
    acted_at timestamptz NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX leave_request_steps_request ON civitas.leave_request_steps (request_id);

CREATE TABLE civitas.leave_delegations (
    id text PRIMARY KEY,
    org_unit_id text NOT NULL REFERENCES civitas.org_units (id),
    delegator_agent_id text NOT NULL,
    deputy_agent_id text NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK (end_date >= start_date),
    CHECK (deputy_agent_id <> delegator_agent_id)
);
CREATE INDEX leave_delegations_deputy ON civitas.leave_delegations (deputy_agent_id, end_date);

CREATE TABLE civitas.leave_days_off (
    id text PRIMARY KEY,
    day date NOT NULL,
    name text NOT NULL CHECK (name <> ''),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);

CREATE TABLE civitas.leave_recounts (
    id text PRIMARY KEY,
    request_id text NOT NULL REFERENCES civitas.leave_requests (id),
    agent_id text NOT NULL,
    old_half_days integer NOT NULL,
    new_half_days integer NOT NULL,
    reason text NOT NULL,
    recounted_at timestamptz NOT NULL,
    reviewed integer NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);

SELECT civitas.make_synchronised('civitas.leave_types');
SELECT civitas.make_synchronised('civitas.leave_ledger_entries');
SELECT civitas.make_synchronised('civitas.leave_requests');
SELECT civitas.make_synchronised('civitas.leave_request_steps');
SELECT civitas.make_synchronised('civitas.leave_delegations');
SELECT civitas.make_synchronised('civitas.leave_days_off');
SELECT civitas.make_synchronised('civitas.leave_recounts');

-- The units whose leave the connected login acts on: those it heads or permanently
-- deputises (civitas.headed_units()), and those delegated to it for today, each with its
-- sub-units. A delegation is read from the table as the provisioning role: the deputy's
-- own view of leave_delegations must not decide what the deputy may do.
CREATE OR REPLACE FUNCTION civitas.leave_units() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
    WITH RECURSIVE units(id) AS (
        SELECT civitas.headed_units()
        UNION
        SELECT d.org_unit_id FROM civitas.leave_delegations d
         WHERE d.deleted = 0 AND civitas.current_agent_id() IS NOT NULL
           AND d.deputy_agent_id = civitas.current_agent_id()
           AND current_date BETWEEN d.start_date AND d.end_date
        UNION
        SELECT c.id FROM civitas.org_units c JOIN units ON c.parent_id = units.id WHERE c.deleted = 0
    )
    SELECT id FROM units
$$;

-- The agents of those units, the login's own self excluded: nobody approves their own leave
-- (a head's request goes to the head of the unit above, or to HR). Nor does a deputy act on
-- the leave of a head who delegated to them today: acting for that head on it would be the
-- head approving their own leave (unless the deputy heads the head's unit themselves).
CREATE OR REPLACE FUNCTION civitas.leave_team_agents() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
    SELECT a.id FROM civitas.agents a
     WHERE a.deleted = 0 AND a.org_unit_id IN (SELECT civitas.leave_units())
       AND a.id IS DISTINCT FROM civitas.current_agent_id()
       AND (a.org_unit_id IN (SELECT civitas.headed_units())
            OR a.id NOT IN (SELECT d.delegator_agent_id FROM civitas.leave_delegations d
                             WHERE d.deleted = 0 AND d.deputy_agent_id = civitas.current_agent_id()
                               AND current_date BETWEEN d.start_date AND d.end_date))
$$;

-- The work a request's state allows, and by whom (the desk's LeaveWorkflow::move mirrors it).
-- HR may move anybody else's request anywhere (it enters sick leave, and corrects), and
-- correct its own without moving it; its own leave moves along the workflow like anybody's:
-- nobody approves their own leave. Everybody else moves along the workflow only, and never
-- touches a request of a type that only HR enters.
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
    -- A login without an agent (an administrator) owns nothing: false, not NULL, below.
    is_owner := coalesce(NEW.agent_id = me, false);
    IF civitas.has_role('hr') AND (NOT is_owner OR (TG_OP = 'UPDATE' AND NEW.state = OLD.state)) THEN
        RETURN NEW;
    END IF;
    SELECT approval, hr_only INTO type_approval, type_hr_only FROM civitas.leave_types WHERE id = NEW.leave_type_id;
    is_approver := NOT is_owner AND NEW.agent_id IN (SELECT civitas.leave_team_agents());
    IF TG_OP = 'INSERT' THEN
        -- A type that nobody approves is approved as its agent submits it, new or a draft.
        IF NOT is_owner OR type_hr_only = 1
           OR NOT (NEW.state IN ('draft', 'submitted') OR (NEW.state = 'approved' AND type_approval = 'none')) THEN
            RAISE EXCEPTION 'a leave request is created by its agent, as a draft or submitted (state %)', NEW.state
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.agent_id IS DISTINCT FROM OLD.agent_id THEN
        RAISE EXCEPTION 'the agent of a leave request cannot change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Checked on every change, not only at creation: a draft could otherwise become sick leave.
    IF type_hr_only = 1 THEN
        RAISE EXCEPTION 'only HR enters and changes a request of this type' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The tombstone too: a live request dropped on the way through a move would vanish from
    -- the approvers' lists and the calendar while the ledger still counts it.
    IF (NEW.leave_type_id, NEW.start_date, NEW.start_half, NEW.end_date, NEW.end_half, NEW.half_days,
        NEW.document, NEW.document_name, NEW.deleted)
       IS DISTINCT FROM
       (OLD.leave_type_id, OLD.start_date, OLD.start_half, OLD.end_date, OLD.end_half, OLD.half_days,
        OLD.document, OLD.document_name, OLD.deleted)
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
    RETURN NEW;
END
$$;
-- AFTER row-level security has passed judgement on the row (see statutory_positions).
CREATE TRIGGER leave_requests_workflow AFTER INSERT OR UPDATE ON civitas.leave_requests
    FOR EACH ROW EXECUTE FUNCTION civitas.check_leave_request_change();

-- Two live requests of one agent may not overlap, half-days included. Checked on the server
-- too: two desks offline could each accept one.
CREATE OR REPLACE FUNCTION civitas.check_leave_request_overlap() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    other record;
BEGIN
    IF NEW.deleted = 1 OR NEW.state NOT IN ('submitted', 'waiting_hr', 'approved', 'cancellation_requested') THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('civitas.leave_requests'), hashtext(NEW.agent_id));
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
CREATE TRIGGER leave_requests_no_overlap AFTER INSERT OR UPDATE ON civitas.leave_requests
    FOR EACH ROW EXECUTE FUNCTION civitas.check_leave_request_overlap();

-- The ledger and the steps are append-only: a pushed row is inserted, never changed.
CREATE OR REPLACE FUNCTION civitas.refuse_append_only_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION '%: append-only, write a reversing entry instead', TG_TABLE_NAME
       USING ERRCODE = 'insufficient_privilege'; END $$;
CREATE TRIGGER leave_ledger_append_only BEFORE UPDATE ON civitas.leave_ledger_entries
    FOR EACH ROW EXECUTE FUNCTION civitas.refuse_append_only_change();
CREATE TRIGGER leave_request_steps_append_only BEFORE UPDATE ON civitas.leave_request_steps
    FOR EACH ROW EXECUTE FUNCTION civitas.refuse_append_only_change();

REVOKE ALL ON FUNCTION civitas.check_leave_request_change(), civitas.check_leave_request_overlap(),
    civitas.refuse_append_only_change() FROM PUBLIC;

GRANT SELECT, INSERT, UPDATE ON civitas.leave_types, civitas.leave_ledger_entries, civitas.leave_requests,
    civitas.leave_request_steps, civitas.leave_delegations, civitas.leave_days_off,
    civitas.leave_recounts TO civitas_agent;

-- Types and days off: everybody reads, HR writes.
CREATE POLICY leave_types_read ON civitas.leave_types FOR SELECT USING (true);
CREATE POLICY leave_days_off_read ON civitas.leave_days_off FOR SELECT USING (true);
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['leave_types', 'leave_days_off', 'leave_recounts']
    LOOP
        EXECUTE format('CREATE POLICY %I ON civitas.%I FOR INSERT WITH CHECK ((SELECT civitas.has_role(''hr'')))',
                       t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON civitas.%I FOR UPDATE USING ((SELECT civitas.has_role(''hr''))) '
                       'WITH CHECK ((SELECT civitas.has_role(''hr'')))', t || '_update', t);
    END LOOP;
END $$;
CREATE POLICY leave_recounts_read ON civitas.leave_recounts FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id()));

-- Requests: the agent's own, the team's for its approvers, all for HR.
CREATE POLICY leave_requests_read ON civitas.leave_requests FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id())
           OR agent_id IN (SELECT civitas.leave_team_agents()));
CREATE POLICY leave_requests_insert ON civitas.leave_requests FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id()));
CREATE POLICY leave_requests_update ON civitas.leave_requests FOR UPDATE
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id())
           OR agent_id IN (SELECT civitas.leave_team_agents()))
    WITH CHECK ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id())
                OR agent_id IN (SELECT civitas.leave_team_agents()));

-- Steps: written by whoever acts, under their own login, on a request they may see; the
-- step's agent_id (what the policies read) is the request's.
CREATE POLICY leave_request_steps_read ON civitas.leave_request_steps FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id())
           OR agent_id IN (SELECT civitas.leave_team_agents()));
CREATE POLICY leave_request_steps_insert ON civitas.leave_request_steps FOR INSERT
    WITH CHECK (actor_login = session_user
                AND ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id())
                     OR agent_id IN (SELECT civitas.leave_team_agents()))
                AND EXISTS (SELECT 1 FROM civitas.leave_requests r
                             WHERE r.id = leave_request_steps.request_id
                               AND r.agent_id = leave_request_steps.agent_id));

-- True when a 'use' of p_days for p_agent and p_request cancels p_entry, an earlier use of
-- that request not cancelled yet: the only credit an approver writes. Read as the owner of
-- the ledger: a policy of the ledger may not read the ledger itself (recursion).
CREATE OR REPLACE FUNCTION civitas.leave_use_reverses(p_entry text, p_agent text, p_request text, p_days integer)
    RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
    SELECT EXISTS (SELECT 1 FROM civitas.leave_ledger_entries o
                    WHERE o.id = p_entry AND o.kind = 'use' AND o.deleted = 0 AND o.reverses_entry_id IS NULL
                      AND o.agent_id = p_agent AND o.request_id = p_request AND o.days_hundredths = -p_days)
       AND NOT EXISTS (SELECT 1 FROM civitas.leave_ledger_entries x
                        WHERE x.reverses_entry_id = p_entry AND x.deleted = 0)
$$;
REVOKE ALL ON FUNCTION civitas.leave_use_reverses(text, text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.leave_use_reverses(text, text, text, integer) TO civitas_agent;

-- The ledger: HR writes any entry. Everybody else writes uses only, each of a request of the
-- entry's agent: an approver records the use of the leave they approve (negative) and, on a
-- cancellation, the reversal of that use; an agent may only record using their own leave (a
-- type approved by nobody), never a credit.
CREATE POLICY leave_ledger_read ON civitas.leave_ledger_entries FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id())
           OR agent_id IN (SELECT civitas.leave_team_agents()));
CREATE POLICY leave_ledger_insert ON civitas.leave_ledger_entries FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('hr'))
                OR (kind = 'use'
                    AND EXISTS (SELECT 1 FROM civitas.leave_requests r
                                 WHERE r.id = leave_ledger_entries.request_id
                                   AND r.agent_id = leave_ledger_entries.agent_id)
                    AND ((agent_id IN (SELECT civitas.leave_team_agents())
                          AND ((days_hundredths < 0 AND reverses_entry_id IS NULL)
                               OR civitas.leave_use_reverses(reverses_entry_id, agent_id, request_id, days_hundredths)))
                         OR (agent_id = (SELECT civitas.current_agent_id())
                             AND days_hundredths < 0 AND reverses_entry_id IS NULL))));

-- Delegations: the delegator, the deputy, the unit's approvers and HR read them; a head
-- delegates a unit they head (not one delegated to them); HR may set any.
CREATE POLICY leave_delegations_read ON civitas.leave_delegations FOR SELECT
    USING ((SELECT civitas.has_role('hr'))
           OR (SELECT civitas.current_agent_id()) IN (delegator_agent_id, deputy_agent_id)
           OR org_unit_id IN (SELECT civitas.headed_units()));
CREATE POLICY leave_delegations_insert ON civitas.leave_delegations FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('hr'))
                OR (delegator_agent_id = (SELECT civitas.current_agent_id())
                    AND org_unit_id IN (SELECT civitas.headed_units())));
CREATE POLICY leave_delegations_update ON civitas.leave_delegations FOR UPDATE
    USING ((SELECT civitas.has_role('hr')) OR delegator_agent_id = (SELECT civitas.current_agent_id()))
    WITH CHECK ((SELECT civitas.has_role('hr'))
                OR (delegator_agent_id = (SELECT civitas.current_agent_id())
                    AND org_unit_id IN (SELECT civitas.headed_units())));

-- A deputy acting for a unit sees its agents' names and working time (to approve knowing
-- who is away), for the time of the delegation. These add to the HR module's policies.
CREATE POLICY agents_read_delegated ON civitas.agents FOR SELECT
    USING (org_unit_id IN (SELECT civitas.leave_units()));
CREATE POLICY working_times_read_delegated ON civitas.working_times FOR SELECT
    USING (agent_id IN (SELECT civitas.leave_team_agents()));
