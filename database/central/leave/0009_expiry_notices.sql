-- The employer must inform the agent, precisely and in good time, of the carried-over leave
-- and the date it expires, or it cannot be lost (Conseil d'État, 17 October 2025, n°495899).
-- A notice per agent and expiry date: the days and the date are the server's, read from the
-- ledger when HR issues it; who issued it and when, and when the agent read it, are stamped
-- here. The closing (desk) expires carried days only when a notice was issued before their
-- date, and lists the others; the server refuses an expiry that would take them.

CREATE TABLE civitas.leave_expiry_notices (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES civitas.agents (id),
    year integer NOT NULL CHECK (year BETWEEN 1900 AND 2999), -- the rights year the days are in
    expires_on date NOT NULL,
    days_hundredths integer NOT NULL CHECK (days_hundredths > 0),
    issued_by text NOT NULL DEFAULT '',
    issued_at timestamptz NOT NULL DEFAULT now(),
    read_at timestamptz,
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX leave_expiry_notices_agent ON civitas.leave_expiry_notices (agent_id, year);
SELECT civitas.make_synchronised('civitas.leave_expiry_notices');

-- The days carried into `p_year` until `p_expires_on`, as the ledger holds them (lines not
-- reversed). Nobody but the owner runs it.
CREATE OR REPLACE FUNCTION civitas.leave_carried_until(p_agent_id text, p_year integer, p_expires_on date)
    RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT coalesce(sum(e.days_hundredths), 0)::integer FROM civitas.leave_ledger_entries e
     WHERE e.agent_id = p_agent_id AND e.year = p_year AND e.kind = 'carry_over'
       AND e.days_hundredths > 0 AND e.expires_on = p_expires_on AND e.deleted = 0
       AND e.reverses_entry_id IS NULL
       AND e.leave_type_id = (SELECT id FROM civitas.leave_types WHERE code = 'annual' AND deleted = 0)
       AND NOT EXISTS (SELECT 1 FROM civitas.leave_ledger_entries x WHERE x.reverses_entry_id = e.id AND x.deleted = 0)
$$;
REVOKE ALL ON FUNCTION civitas.leave_carried_until(text, integer, date) FROM PUBLIC;

-- A notice tells what the ledger holds: its days are the server's; who issued it and when are
-- the server's; it is read by its agent alone, once, at the server's time.
CREATE OR REPLACE FUNCTION civitas.stamp_leave_expiry_notice() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        -- A row the login may not write at all is row-level security's to refuse.
        IF NOT civitas.has_role('hr') OR NEW.agent_id IS NOT DISTINCT FROM civitas.current_agent_id() THEN
            RETURN NEW;
        END IF;
        NEW.days_hundredths := civitas.leave_carried_until(NEW.agent_id, NEW.year, NEW.expires_on);
        IF NEW.days_hundredths <= 0 THEN
            RAISE EXCEPTION 'no leave is carried into % until % for this agent', NEW.year, NEW.expires_on
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.issued_by := session_user;
        NEW.issued_at := clock_timestamp();
        NEW.read_at := NULL;
        NEW.deleted := 0;
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.agent_id, NEW.year, NEW.expires_on, NEW.days_hundredths, NEW.issued_by,
        NEW.issued_at, NEW.deleted)
       IS DISTINCT FROM (OLD.id, OLD.agent_id, OLD.year, OLD.expires_on, OLD.days_hundredths,
                         OLD.issued_by, OLD.issued_at, OLD.deleted) THEN
        RAISE EXCEPTION 'a notice is never changed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.read_at IS DISTINCT FROM OLD.read_at THEN
        IF OLD.read_at IS NOT NULL OR NEW.agent_id IS DISTINCT FROM civitas.current_agent_id() THEN
            RAISE EXCEPTION 'a notice is read once, by its agent' USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.read_at := clock_timestamp();
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.stamp_leave_expiry_notice() FROM PUBLIC;
CREATE TRIGGER leave_expiry_notices_stamp BEFORE INSERT OR UPDATE ON civitas.leave_expiry_notices
    FOR EACH ROW EXECUTE FUNCTION civitas.stamp_leave_expiry_notice();

GRANT SELECT ON civitas.leave_expiry_notices TO civitas_agent;
GRANT UPDATE (read_at) ON civitas.leave_expiry_notices TO civitas_agent;
GRANT INSERT ON civitas.leave_expiry_notices TO civitas_hr;
CREATE POLICY leave_expiry_notices_read ON civitas.leave_expiry_notices FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id()));
CREATE POLICY leave_expiry_notices_insert ON civitas.leave_expiry_notices FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('hr'))
                AND agent_id IS DISTINCT FROM (SELECT civitas.current_agent_id()));
CREATE POLICY leave_expiry_notices_update ON civitas.leave_expiry_notices FOR UPDATE
    USING (agent_id = (SELECT civitas.current_agent_id()))
    WITH CHECK (agent_id = (SELECT civitas.current_agent_id()));

-- Carried days past their date that no notice announced by then cannot be lost: an expiry of
-- annual leave takes no more than what the year held less those days. The days taken in the
-- year are counted as if they had used those first (the closing's rule when they expire
-- first): a bound the desk's closing (LeaveYearClosing) never exceeds. Lines the login may not
-- write are row-level security's to refuse; an agent gone by the end of the year is paid.
CREATE OR REPLACE FUNCTION civitas.check_leave_expiry() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    year_end date := make_date(NEW.year, 12, 31);
    departed date;
    left_before integer;
    taken integer;
    unnoticed integer;
    expiring integer;
    allowed integer;
BEGIN
    IF civitas.session_owns_town() OR NEW.reverses_entry_id IS NOT NULL
       OR NOT civitas.has_role('hr') OR NEW.agent_id IS NOT DISTINCT FROM civitas.current_agent_id()
       OR NEW.leave_type_id IS DISTINCT FROM (SELECT id FROM civitas.leave_types
                                               WHERE code = 'annual' AND deleted = 0) THEN
        RETURN NEW;
    END IF;
    SELECT departure_date INTO departed FROM civitas.agents WHERE id = NEW.agent_id FOR NO KEY UPDATE;
    IF departed IS NOT NULL AND departed <= year_end THEN
        RETURN NEW;
    END IF;
    WITH live AS (
        SELECT e.* FROM civitas.leave_ledger_entries e
         WHERE e.agent_id = NEW.agent_id AND e.leave_type_id = NEW.leave_type_id AND e.year = NEW.year
           AND e.deleted = 0 AND e.reverses_entry_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM civitas.leave_ledger_entries x
                            WHERE x.reverses_entry_id = e.id AND x.deleted = 0)
    )
    SELECT coalesce(sum(days_hundredths) FILTER (WHERE kind <> 'expiry'), 0),
           coalesce(-sum(days_hundredths) FILTER (WHERE kind = 'use'), 0),
           coalesce(-sum(days_hundredths) FILTER (WHERE kind = 'expiry'), 0)
      INTO left_before, taken, expiring
      FROM live;
    -- Per expiry date, the days carried beyond what a notice of this year announced before that
    -- date ended, in the town's legal time (not the session's, which a login sets): a notice
    -- of one day does not let twenty expire, nor one of another year.
    WITH live AS (
        SELECT e.* FROM civitas.leave_ledger_entries e
         WHERE e.agent_id = NEW.agent_id AND e.leave_type_id = NEW.leave_type_id AND e.year = NEW.year
           AND e.deleted = 0 AND e.reverses_entry_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM civitas.leave_ledger_entries x
                            WHERE x.reverses_entry_id = e.id AND x.deleted = 0)
    ), carried AS (
        SELECT expires_on, sum(days_hundredths) AS days FROM live
         WHERE kind = 'carry_over' AND days_hundredths > 0 AND expires_on <= year_end
         GROUP BY expires_on
    )
    SELECT coalesce(sum(greatest(0, c.days - coalesce(
               (SELECT max(n.days_hundredths) FROM civitas.leave_expiry_notices n
                 WHERE n.agent_id = NEW.agent_id AND n.year = NEW.year
                   AND n.expires_on = c.expires_on AND n.deleted = 0
                   AND n.issued_at < (c.expires_on + 1)::timestamp AT TIME ZONE 'Europe/Paris'),
               0))), 0)
      INTO unnoticed
      FROM carried c;
    allowed := greatest(0, left_before - greatest(0, unnoticed - taken));
    IF expiring - NEW.days_hundredths > allowed THEN
        RAISE EXCEPTION 'at most % hundredths of a day of annual leave of % may expire, not %: carried days were never announced to the agent',
            allowed, NEW.year, expiring - NEW.days_hundredths
            USING ERRCODE = 'check_violation',
                  HINT = 'Carried-over leave is not lost unless the agent was informed of it in good time (Conseil d''État, 17 October 2025, n°495899).';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_leave_expiry() FROM PUBLIC;
CREATE TRIGGER leave_ledger_expiry BEFORE INSERT ON civitas.leave_ledger_entries
    FOR EACH ROW WHEN (NEW.kind = 'expiry' AND NEW.days_hundredths < 0)
    EXECUTE FUNCTION civitas.check_leave_expiry();
