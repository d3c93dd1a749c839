-- What the HR policies decide on (see core 0011): an agent's unit (a head sees the unit's
-- agents, civitas.team_agents()), an agent's deletion, and the agent a piece of a file belongs
-- to. A new agent needs nothing: its rows are new, and every desk that may see them pulls them.
CREATE TRIGGER agents_visibility_update AFTER UPDATE ON civitas.agents
    FOR EACH ROW WHEN ((OLD.org_unit_id, OLD.deleted) IS DISTINCT FROM (NEW.org_unit_id, NEW.deleted))
    EXECUTE FUNCTION civitas.note_visibility_change();

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['career_steps', 'statutory_positions', 'working_times', 'agent_documents']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON civitas.%I FOR EACH ROW '
                       'WHEN (OLD.agent_id IS DISTINCT FROM NEW.agent_id) '
                       'EXECUTE FUNCTION civitas.note_visibility_change()', t || '_visibility_update', t);
    END LOOP;
END $$;

CREATE TRIGGER agent_file_reads_visibility_update AFTER UPDATE ON civitas.agent_file_reads
    FOR EACH ROW WHEN (OLD.read_by IS DISTINCT FROM NEW.read_by)
    EXECUTE FUNCTION civitas.note_visibility_change();
