-- A request's half_days are counted by the server, not taken from the desk: the approver's
-- desk writes the ledger use from that figure, so a desk that declared four weeks as 0
-- half-days would take leave without paying for it. The count is the desk's LeaveDayCounter,
-- written again here (one algorithm, the same table of cases run through both in
-- tests/sync/tst_halfdaysserver.cpp): the half-days the agent works by their dated working
-- times, minus public holidays (FrenchCalendar, with the town's settings in town_settings)
-- and the town's extra days off; every half-day for a type counted in calendar days.

-- The French public holidays of `p_year` as the town observes them: one row per holiday
-- (two may fall on the same day), none before 1583 (no Gregorian calendar yet). Public
-- knowledge: anybody may ask.
CREATE OR REPLACE FUNCTION civitas.french_public_holidays(p_year integer, p_alsace_moselle boolean,
                                                          p_whit_monday_worked boolean)
    RETURNS TABLE (day date, holiday text)
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    -- Gregorian computus (Meeus/Jones/Butcher), as FrenchCalendar::easterSunday.
    a integer := p_year % 19;
    b integer := p_year / 100;
    c integer := p_year % 100;
    d integer := b / 4;
    e integer := b % 4;
    f integer := (b + 8) / 25;
    g integer := (b - f + 1) / 3;
    h integer := (19 * a + b - d - g + 15) % 30;
    i integer := c / 4;
    k integer := c % 4;
    l integer := (32 + 2 * e + 2 * i - h - k) % 7;
    m integer := (a + 11 * h + 22 * l) / 451;
    easter date;
BEGIN
    IF p_year < 1583 THEN
        RETURN;
    END IF;
    easter := make_date(p_year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    RETURN QUERY
        SELECT v.d, v.n FROM (VALUES
            (make_date(p_year, 1, 1), 'new_years_day'),
            (easter - 2, CASE WHEN p_alsace_moselle THEN 'good_friday' END),
            (easter + 1, 'easter_monday'),
            (make_date(p_year, 5, 1), 'labour_day'),
            (make_date(p_year, 5, 8), 'victory_in_europe_day'),
            (easter + 39, 'ascension_day'),
            (easter + 50, CASE WHEN NOT p_whit_monday_worked THEN 'whit_monday' END),
            (make_date(p_year, 7, 14), 'bastille_day'),
            (make_date(p_year, 8, 15), 'assumption_day'),
            (make_date(p_year, 11, 1), 'all_saints_day'),
            (make_date(p_year, 11, 11), 'armistice_day'),
            (make_date(p_year, 12, 25), 'christmas_day'),
            (make_date(p_year, 12, 26), CASE WHEN p_alsace_moselle THEN 'st_stephens_day' END)
        ) AS v(d, n)
        WHERE v.n IS NOT NULL
        ORDER BY v.d;
END
$$;
REVOKE ALL ON FUNCTION civitas.french_public_holidays(integer, boolean, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.french_public_holidays(integer, boolean, boolean) TO civitas_agent;

-- A town setting read as the desk reads it (TownSettings::flag): false when unset, empty, '0'
-- or 'false'. Everybody reads town_settings: this tells nobody anything new.
CREATE OR REPLACE FUNCTION civitas.town_setting_is_set(p_key text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT coalesce((SELECT lower(s.value) NOT IN ('', '0', 'false')
                       FROM civitas.town_settings s WHERE s.id = p_key AND s.deleted = 0), false)
$$;
REVOKE ALL ON FUNCTION civitas.town_setting_is_set(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.town_setting_is_set(text) TO civitas_agent;

-- The half-days a request of `p_agent_id` counts, or NULL when it cannot be counted: it ends
-- before it starts, or the type counts working days and the agent's file has no working time.
-- It reads every agent's working times, which most logins may not: nobody but the owner runs
-- it (the trigger below does, as the owner), so that it answers nothing about anybody.
CREATE OR REPLACE FUNCTION civitas.leave_half_days(p_agent_id text, p_leave_type_id text,
                                                   p_start_date date, p_start_half text,
                                                   p_end_date date, p_end_half text)
    RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    -- Half-days numbered from the start's morning: the request covers [first_half, last_half].
    first_half integer := CASE WHEN p_start_half = 'pm' THEN 1 ELSE 0 END;
    last_half integer := (p_end_date - p_start_date) * 2 + CASE WHEN p_end_half = 'am' THEN 0 ELSE 1 END;
    type_counting text;
    alsace_moselle boolean := civitas.town_setting_is_set('calendar/alsaceMoselle');
    whit_monday_worked boolean := civitas.town_setting_is_set('calendar/whitMondayWorked');
    counted integer;
BEGIN
    IF last_half IS NULL OR last_half < first_half THEN
        RETURN NULL;
    END IF;
    -- A type the desk does not know (deleted) counts working days there too.
    SELECT t.counting INTO type_counting FROM civitas.leave_types t
     WHERE t.id = p_leave_type_id AND t.deleted = 0;
    IF type_counting = 'calendar_days' THEN
        RETURN last_half - first_half + 1;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM civitas.working_times w WHERE w.agent_id = p_agent_id AND w.deleted = 0) THEN
        RETURN NULL;
    END IF;
    -- One row per half-day: a longer request in working days than any leave lasts is refused
    -- rather than counted for minutes.
    IF p_end_date - p_start_date > 3660 THEN
        RAISE EXCEPTION 'a leave request counted in working days lasts at most ten years'
            USING ERRCODE = 'check_violation';
    END IF;
    WITH halves AS (
        SELECT p_start_date + n / 2 AS on_day, n % 2 AS half
          FROM generate_series(first_half, last_half) AS n
    ), days_off AS (
        SELECT h.day AS off_day
          FROM generate_series(extract(year FROM p_start_date)::integer,
                               extract(year FROM p_end_date)::integer) AS y,
               civitas.french_public_holidays(y, alsace_moselle, whit_monday_worked) AS h
        UNION
        SELECT o.day FROM civitas.leave_days_off o
         WHERE o.deleted = 0 AND o.day BETWEEN p_start_date AND p_end_date
    )
    SELECT count(*) INTO counted
      FROM halves x
     WHERE NOT EXISTS (SELECT 1 FROM days_off WHERE off_day = x.on_day)
       -- The pattern in effect that day: the latest working time begun by then (the same
       -- tie-break as the desk's, which reads them by date then id and keeps the last).
       AND substr((SELECT w.weekly_pattern FROM civitas.working_times w
                    WHERE w.agent_id = p_agent_id AND w.deleted = 0 AND w.effective_date <= x.on_day
                    ORDER BY w.effective_date DESC, w.id DESC LIMIT 1),
                  (extract(isodow FROM x.on_day)::integer - 1) * 2 + x.half + 1, 1) = '1';
    RETURN counted;
END
$$;
REVOKE ALL ON FUNCTION civitas.leave_half_days(text, text, date, text, date, text) FROM PUBLIC;

-- Refuses a request whose half_days is not the server's count, with the server's figure. Judged
-- AFTER row-level security (see statutory_positions): a row the login may not write never gets
-- here. Only when what the count depends on in the row changes: a request counted under an
-- older calendar keeps its figure through its moves (the desks recount it, see LeaveRecount).
-- The owner loads a town's history as it was, and is trusted.
CREATE OR REPLACE FUNCTION civitas.check_leave_request_half_days() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    counted integer;
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW.agent_id, NEW.leave_type_id, NEW.start_date, NEW.start_half, NEW.end_date, NEW.end_half, NEW.half_days)
           IS NOT DISTINCT FROM
           (OLD.agent_id, OLD.leave_type_id, OLD.start_date, OLD.start_half, OLD.end_date, OLD.end_half, OLD.half_days) THEN
        RETURN NULL;
    END IF;
    IF civitas.session_owns_town() THEN
        RETURN NULL;
    END IF;
    counted := civitas.leave_half_days(NEW.agent_id, NEW.leave_type_id, NEW.start_date, NEW.start_half,
                                       NEW.end_date, NEW.end_half);
    IF counted IS NULL THEN
        RAISE EXCEPTION 'the request cannot be counted: the agent''s file has no working time'
            USING ERRCODE = 'check_violation';
    END IF;
    IF counted <> NEW.half_days THEN
        RAISE EXCEPTION 'the request counts % half-days, not %', counted, NEW.half_days
            USING ERRCODE = 'check_violation',
                  HINT = 'The server counts the working half-days of the agent, without public holidays and the town''s days off.';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_leave_request_half_days() FROM PUBLIC;
-- Named to fire after leave_requests_workflow (AFTER triggers fire in name order): a move the
-- workflow refuses is refused for that reason, not for its count.
CREATE TRIGGER leave_requests_workflow_half_days AFTER INSERT OR UPDATE ON civitas.leave_requests
    FOR EACH ROW EXECUTE FUNCTION civitas.check_leave_request_half_days();
