-- What the leave policies decide on (see core 0011): delegations (a deputy sees the delegated
-- team, civitas.leave_units()), the agent a leave row belongs to, and a request entering the
-- draft state (others' drafts are nobody else's). Leaving it needs no signal: the request
-- itself changes and is pulled by those who now see it, and every submission would otherwise
-- make every desk of the town compare its ids. A delegation's dates are
-- judged against today's date, which civitas.visibility_basis() carries.
CREATE TRIGGER leave_delegations_visibility_insert AFTER INSERT ON civitas.leave_delegations
    FOR EACH STATEMENT EXECUTE FUNCTION civitas.note_visibility_change();
CREATE TRIGGER leave_delegations_visibility_update AFTER UPDATE ON civitas.leave_delegations
    FOR EACH ROW WHEN ((OLD.delegator_agent_id, OLD.deputy_agent_id, OLD.org_unit_id,
                        OLD.start_date, OLD.end_date, OLD.deleted)
                       IS DISTINCT FROM (NEW.delegator_agent_id, NEW.deputy_agent_id, NEW.org_unit_id,
                                         NEW.start_date, NEW.end_date, NEW.deleted))
    EXECUTE FUNCTION civitas.note_visibility_change();

CREATE TRIGGER leave_requests_visibility_update AFTER UPDATE ON civitas.leave_requests
    FOR EACH ROW WHEN (OLD.agent_id IS DISTINCT FROM NEW.agent_id
                       OR (OLD.state <> 'draft' AND NEW.state = 'draft'))
    EXECUTE FUNCTION civitas.note_visibility_change();

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['leave_request_steps', 'leave_ledger_entries', 'leave_recounts']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON civitas.%I FOR EACH ROW '
                       'WHEN (OLD.agent_id IS DISTINCT FROM NEW.agent_id) '
                       'EXECUTE FUNCTION civitas.note_visibility_change()', t || '_visibility_update', t);
    END LOOP;
END $$;
