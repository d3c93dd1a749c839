-- The year-end law as amended in 2025 (décret 85-1250 arts. 5-1 and 5-2 as amended by décret
-- 2025-564; service-public F13712), on the server that judges what a closing writes:
--   - a leave type has two properties where one flag (reduces_rtt) drove both: whether it
--     reduces RTT, and its carry-over regime: 'health' (annual leave not taken because of it is
--     carried, capped at the unused part of the year's first four weeks), 'family' (maternity,
--     paternity, adoption, parental, proche aidant: the leave not taken before it is kept,
--     without the cap) or 'none';
--   - the health and family leaves are seeded with their regimes;
--   - HR's exceptional decision extending a carry-over period is recorded (who, when, until
--     when, why), stamped here;
--   - a carry-over of annual leave into a year is checked against the law: no more than what
--     was carried in and is still valid, plus what the year's health and family leaves allow,
--     and no later expiry than the law's (15 months from the return to work, at the latest
--     from the end of the year) or HR's decision;
--   - a request spanning 31 December is charged to each year for its own days.

ALTER TABLE civitas.leave_types
    ADD COLUMN carry_over_regime text NOT NULL DEFAULT 'none'
        CHECK (carry_over_regime IN ('none', 'health', 'family'));
GRANT UPDATE (carry_over_regime) ON civitas.leave_types TO civitas_hr;

UPDATE civitas.leave_types SET carry_over_regime = 'health' WHERE id = 'leave-type-sick';
-- A regime is a leave that keeps the agent from taking annual leave: never a type with a
-- balance (annual leave made "family" would carry everything left, uncapped). NOT VALID: a
-- town's own types made before are judged at their next change.
ALTER TABLE civitas.leave_types ADD CONSTRAINT leave_type_regime_without_balance
    CHECK (carry_over_regime = 'none' OR has_balance = 0) NOT VALID;

-- Entered by HR from the decision (arrêté), counted in calendar days, no balance. RTT: health
-- leaves and maternity, paternity, adoption and proche aidant reduce it (circulaire of
-- 18 January 2012); parental leave is a statutory position that earns no RTT in the first place.
-- A town that already made a type of the same code keeps its own.
INSERT INTO civitas.leave_types (id, code, label, colour, counting, unit, has_balance, approval, document_required,
                                 hr_only, counts_for_split_bonus, reduces_rtt, carry_over_regime, sort_order)
SELECT v.* FROM (VALUES
 ('leave-type-clm', 'clm', 'Congé de longue maladie', '#b52b27', 'calendar_days', 'day', 0, 'none', 1, 1, 0, 1, 'health', 52),
 ('leave-type-cld', 'cld', 'Congé de longue durée', '#9c2a26', 'calendar_days', 'day', 0, 'none', 1, 1, 0, 1, 'health', 54),
 ('leave-type-cgm', 'cgm', 'Congé de grave maladie', '#a83c38', 'calendar_days', 'day', 0, 'none', 1, 1, 0, 1, 'health', 56),
 ('leave-type-citis', 'citis', 'Congé pour invalidité temporaire imputable au service', '#c0504d', 'calendar_days', 'day', 0, 'none', 1, 1, 0, 1, 'health', 58),
 ('leave-type-maternity', 'maternity', 'Congé de maternité', '#d63384', 'calendar_days', 'day', 0, 'none', 1, 1, 0, 1, 'family', 110),
 ('leave-type-paternity', 'paternity', 'Congé de paternité et d''accueil de l''enfant', '#b0447f', 'calendar_days', 'day', 0, 'none', 1, 1, 0, 1, 'family', 112),
 ('leave-type-adoption', 'adoption', 'Congé d''adoption', '#9b59b6', 'calendar_days', 'day', 0, 'none', 1, 1, 0, 1, 'family', 114),
 ('leave-type-parental', 'parental', 'Congé parental', '#8e6cb0', 'calendar_days', 'day', 0, 'none', 1, 1, 0, 0, 'family', 116),
 ('leave-type-caregiver', 'caregiver', 'Congé de proche aidant', '#7d6b9e', 'calendar_days', 'day', 0, 'none', 1, 1, 0, 1, 'family', 118)
) AS v(id, code, label, colour, counting, unit, has_balance, approval, document_required, hr_only,
       counts_for_split_bonus, reduces_rtt, carry_over_regime, sort_order)
WHERE NOT EXISTS (SELECT 1 FROM civitas.leave_types t WHERE t.code = v.code AND t.deleted = 0)
  AND NOT EXISTS (SELECT 1 FROM civitas.leave_types t WHERE t.id = v.id);

-- HR's exceptional decisions extending the carry-over period of the leave carried out of
-- `year` (décret 85-1250 art. 5-1 as amended). Append-only; the latest date wins.
CREATE TABLE civitas.leave_carry_over_extensions (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES civitas.agents (id),
    year integer NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    extended_to date NOT NULL,
    reason text NOT NULL CHECK (reason <> '' AND length(reason) <= 1000),
    decided_by text NOT NULL DEFAULT '',
    decided_at timestamptz NOT NULL DEFAULT now(),
    row_version bigint NOT NULL DEFAULT 0,
    deleted integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT '',
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK (extended_to > make_date(year + 1, 1, 1)),
    -- An exceptional extension, not a way to keep days for ever: the latest date wins, so an
    -- unbounded one could never be corrected.
    CHECK (extended_to <= make_date(year + 6, 12, 31))
);
CREATE INDEX leave_carry_over_extensions_agent ON civitas.leave_carry_over_extensions (agent_id, year);
SELECT civitas.make_synchronised('civitas.leave_carry_over_extensions');

-- Who decided and when are the server's: a desk's figures are a preview.
CREATE OR REPLACE FUNCTION civitas.stamp_leave_carry_over_extension() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF civitas.session_owns_town() THEN
        RETURN NEW;
    END IF;
    NEW.decided_by := session_user;
    NEW.decided_at := clock_timestamp();
    NEW.deleted := 0;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.stamp_leave_carry_over_extension() FROM PUBLIC;
CREATE TRIGGER leave_carry_over_extensions_stamp BEFORE INSERT ON civitas.leave_carry_over_extensions
    FOR EACH ROW EXECUTE FUNCTION civitas.stamp_leave_carry_over_extension();
CREATE TRIGGER leave_carry_over_extensions_append_only BEFORE UPDATE ON civitas.leave_carry_over_extensions
    FOR EACH ROW EXECUTE FUNCTION civitas.refuse_append_only_change();

GRANT SELECT ON civitas.leave_carry_over_extensions TO civitas_agent;
GRANT INSERT ON civitas.leave_carry_over_extensions TO civitas_hr;
CREATE POLICY leave_carry_over_extensions_read ON civitas.leave_carry_over_extensions FOR SELECT
    USING ((SELECT civitas.has_role('hr')) OR agent_id = (SELECT civitas.current_agent_id()));
-- HR decides for others, never for itself (separation of duties, as for the ledger).
CREATE POLICY leave_carry_over_extensions_insert ON civitas.leave_carry_over_extensions FOR INSERT
    WITH CHECK ((SELECT civitas.has_role('hr'))
                AND agent_id IS DISTINCT FROM (SELECT civitas.current_agent_id()));

-- The days of `p_regime` leave of `p_agent_id` in `p_year`, in half-days the agent works (as
-- the desk's closing counts them), and the day after the last of them (the return to work).
-- Reads every agent's requests and working times: nobody but the owner runs it.
CREATE OR REPLACE FUNCTION civitas.leave_absence_in_year(p_agent_id text, p_year integer, p_regime text,
                                                         OUT half_days integer, OUT returned_on date)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    first_day date := make_date(p_year, 1, 1);
    last_day date := make_date(p_year, 12, 31);
BEGIN
    -- '' is no type: leave_half_days counts it in working days.
    SELECT coalesce(sum(coalesce(civitas.leave_half_days(r.agent_id, '',
                   greatest(r.start_date, first_day),
                   CASE WHEN r.start_date < first_day THEN 'am' ELSE r.start_half END,
                   least(r.end_date, last_day),
                   CASE WHEN r.end_date > last_day THEN 'pm' ELSE r.end_half END), 0)), 0),
           max(r.end_date) + 1
      INTO half_days, returned_on
      FROM civitas.leave_requests r JOIN civitas.leave_types t ON t.id = r.leave_type_id
     WHERE r.agent_id = p_agent_id AND r.deleted = 0 AND r.state IN ('approved', 'cancellation_requested')
       AND t.carry_over_regime = p_regime
       AND r.start_date <= last_day AND r.end_date >= first_day;
END
$$;
REVOKE ALL ON FUNCTION civitas.leave_absence_in_year(text, integer, text) FROM PUBLIC;

-- The last day of a carry-over period of 15 months that starts at the return to work, at the
-- latest on 1 January after the year (décret 85-1250 art. 5-1 as amended by décret 2025-564).
-- As LeaveYearClosing::carryOverExpiry.
CREATE OR REPLACE FUNCTION civitas.leave_carry_over_expiry(p_year integer, p_returned_on date)
    RETURNS date LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS
$$
    SELECT ((least(coalesce(p_returned_on, make_date(p_year + 1, 1, 1)), make_date(p_year + 1, 1, 1))
             + interval '15 months')::date - 1)
$$;

-- A carry-over of annual leave into NEW.year, from the closing of the year before, is what
-- the law allows and no more (the desk's closing is a preview of it):
--   carried in and still valid at the end of the year (carried again, with its own expiry)
--   + family leaves: their days, uncapped
--   + health leaves: their days, at most four weeks (4 × the days worked a week at the end of
--     the year) less the leave of the year already taken (the days taken beyond what was
--     carried in count against the four weeks: a bound the desk's exact figure never exceeds)
-- and never more than was left of the year. Its expiry is no later than a carried-in one, the
-- law's date for the year's health or family leave, or HR's recorded extension.
CREATE OR REPLACE FUNCTION civitas.check_leave_carry_over() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    y integer := NEW.year - 1;
    year_end date := make_date(NEW.year - 1, 12, 31);
    annual_id text;
    departed date;
    carried_in integer;
    carried_valid integer;
    carried_latest date;
    taken integer;
    left_before integer;
    health record;
    family record;
    pattern text;
    four_weeks integer;
    allowed integer;
    already integer;
    latest_expiry date;
BEGIN
    IF civitas.session_owns_town() OR NEW.kind <> 'carry_over' OR NEW.days_hundredths <= 0
       OR NEW.reverses_entry_id IS NOT NULL THEN
        RETURN NEW;
    END IF;
    -- A line the login may not write at all is row-level security's to refuse, with its words.
    IF NOT civitas.has_role('hr') OR NEW.agent_id IS NOT DISTINCT FROM civitas.current_agent_id() THEN
        RETURN NEW;
    END IF;
    -- One closing of an agent at a time: the sum below counts the lines already in.
    SELECT departure_date INTO departed FROM civitas.agents WHERE id = NEW.agent_id FOR NO KEY UPDATE;
    SELECT id INTO annual_id FROM civitas.leave_types WHERE code = 'annual' AND deleted = 0;
    IF NEW.leave_type_id IS DISTINCT FROM annual_id THEN
        RAISE EXCEPTION 'only annual leave is carried over into another year' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.expires_on IS NULL OR NEW.expires_on <= year_end THEN
        RAISE EXCEPTION 'carried-over leave expires after the year it is carried into begins'
            USING ERRCODE = 'check_violation';
    END IF;
    IF departed IS NOT NULL AND departed <= year_end THEN
        RAISE EXCEPTION 'an agent gone by % has no leave carried into %', year_end, NEW.year
            USING ERRCODE = 'check_violation';
    END IF;

    -- What the year held: lines not reversed, leaving out what the closing takes out of it.
    WITH live AS (
        SELECT e.* FROM civitas.leave_ledger_entries e
         WHERE e.agent_id = NEW.agent_id AND e.leave_type_id = annual_id AND e.year = y AND e.deleted = 0
           AND e.reverses_entry_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM civitas.leave_ledger_entries x
                            WHERE x.reverses_entry_id = e.id AND x.deleted = 0)
    )
    SELECT coalesce(sum(days_hundredths) FILTER (WHERE kind = 'carry_over' AND days_hundredths > 0), 0),
           coalesce(sum(days_hundredths) FILTER (WHERE kind = 'carry_over' AND days_hundredths > 0
                                                   AND expires_on > year_end), 0),
           max(expires_on) FILTER (WHERE kind = 'carry_over' AND days_hundredths > 0 AND expires_on > year_end),
           coalesce(-sum(days_hundredths) FILTER (WHERE kind = 'use'), 0),
           coalesce(sum(days_hundredths) FILTER (WHERE NOT (kind = 'expiry'
                                                   OR (kind = 'carry_over' AND days_hundredths < 0))), 0)
      INTO carried_in, carried_valid, carried_latest, taken, left_before
      FROM live;

    health := civitas.leave_absence_in_year(NEW.agent_id, y, 'health');
    family := civitas.leave_absence_in_year(NEW.agent_id, y, 'family');
    SELECT w.weekly_pattern INTO pattern FROM civitas.working_times w
     WHERE w.agent_id = NEW.agent_id AND w.deleted = 0 AND w.effective_date <= year_end
     ORDER BY w.effective_date DESC, w.id DESC LIMIT 1;
    -- 4 × days worked a week, in hundredths: each worked half-day of the week is 2 × 100.
    four_weeks := coalesce(length(pattern) - length(replace(pattern, '1', '')), 0) * 200;

    allowed := least(greatest(left_before, 0),
                     carried_valid
                     + family.half_days * 50
                     + least(health.half_days * 50, greatest(0, four_weeks - greatest(0, taken - carried_in))));

    SELECT coalesce(sum(e.days_hundredths), 0) INTO already FROM civitas.leave_ledger_entries e
     WHERE e.agent_id = NEW.agent_id AND e.leave_type_id = annual_id AND e.year = NEW.year
       AND e.kind = 'carry_over' AND e.days_hundredths > 0 AND e.reverses_entry_id IS NULL AND e.deleted = 0
       AND NOT EXISTS (SELECT 1 FROM civitas.leave_ledger_entries x WHERE x.reverses_entry_id = e.id AND x.deleted = 0);
    IF already + NEW.days_hundredths > allowed THEN
        RAISE EXCEPTION 'at most % hundredths of a day of annual leave of % may be carried into %, not %',
            allowed, y, NEW.year, already + NEW.days_hundredths
            USING ERRCODE = 'check_violation',
                  HINT = 'Carried over: what was carried in and is still valid, the days of family leave, and the days of health leave up to the unused part of the first four weeks (décret 85-1250 art. 5-1).';
    END IF;

    latest_expiry := greatest(carried_latest,
                              CASE WHEN health.half_days > 0 THEN civitas.leave_carry_over_expiry(y, health.returned_on) END,
                              CASE WHEN family.half_days > 0 THEN civitas.leave_carry_over_expiry(y, family.returned_on) END,
                              (SELECT max(x.extended_to) FROM civitas.leave_carry_over_extensions x
                                WHERE x.agent_id = NEW.agent_id AND x.year = y AND x.deleted = 0));
    IF latest_expiry IS NULL OR NEW.expires_on > latest_expiry THEN
        RAISE EXCEPTION 'leave carried out of % expires by %, not %', y, coalesce(latest_expiry::text, '-'),
            NEW.expires_on USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_leave_carry_over() FROM PUBLIC;
CREATE TRIGGER leave_ledger_carry_over BEFORE INSERT ON civitas.leave_ledger_entries
    FOR EACH ROW WHEN (NEW.kind = 'carry_over' AND NEW.days_hundredths > 0)
    EXECUTE FUNCTION civitas.check_leave_carry_over();

-- A request spanning 31 December is charged to each year for its own days (annual leave is a
-- right of the calendar year, décret 85-1250 art. 1): one use per year with days in it, the
-- last year taking what the others leave of the request's figure, as the desk's
-- LeaveYearParts. The first year's line keeps the approval's id; a later year's is
-- "<id>@<year>". Otherwise as leave 0002.
CREATE OR REPLACE FUNCTION civitas.write_leave_request_ledger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    held_before boolean;
    holds boolean := NEW.deleted = 0 AND NEW.state IN ('approved', 'cancellation_requested');
    relengthened boolean := false;
    source_code text;
    uses integer;
    use_id text;
    first_year integer := extract(year FROM NEW.start_date)::integer;
    last_year integer := extract(year FROM NEW.end_date)::integer;
    y integer;
    part integer;
    counted integer := 0;
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
        -- Approvals so far: a later year's line shares its approval's number.
        SELECT count(DISTINCT split_part(id, '@', 1)) INTO uses FROM civitas.leave_ledger_entries
         WHERE request_id = NEW.id AND kind = 'use' AND reverses_entry_id IS NULL;
        use_id := NEW.id || ':use' || CASE WHEN uses = 0 THEN '' ELSE ':' || (uses + 1) END;
        FOR y IN first_year .. last_year LOOP
            IF y = last_year THEN
                part := NEW.half_days - counted;
            ELSE
                part := least(coalesce(civitas.leave_half_days(NEW.agent_id, NEW.leave_type_id,
                                  CASE WHEN y = first_year THEN NEW.start_date ELSE make_date(y, 1, 1) END,
                                  CASE WHEN y = first_year THEN NEW.start_half ELSE 'am' END,
                                  make_date(y, 12, 31), 'pm'), 0),
                              NEW.half_days - counted);
            END IF;
            counted := counted + part;
            IF part > 0 THEN
                INSERT INTO civitas.leave_ledger_entries (id, agent_id, leave_type_id, year, kind,
                    days_hundredths, effective_date, request_id, source)
                VALUES (CASE WHEN y = first_year THEN use_id ELSE use_id || '@' || y END,
                        NEW.agent_id, NEW.leave_type_id, y, 'use', -part * 50,
                        CASE WHEN y = first_year THEN NEW.start_date ELSE make_date(y, 1, 1) END,
                        NEW.id, source_code);
            END IF;
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.write_leave_request_ledger() FROM PUBLIC;
