-- The town's holiday settings (Whit Monday worked, Alsace-Moselle) change the count of every
-- request from the day they change: a change made on this desk asks for a recount of everyone.
-- The settings themselves are local (database/local/core): queue from the change onwards only,
-- not the past, whose leave was counted under the rule of its time.
CREATE TRIGGER leave_recount_on_calendar_setting_insert AFTER INSERT ON local_settings
WHEN NEW.key IN ('calendar/whitMondayWorked', 'calendar/alsaceMoselle')
BEGIN
    INSERT INTO local_leave_recount_queue (agent_id, since, reason) VALUES ('*', date('now'), 'calendar_settings')
    ON CONFLICT (agent_id) DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER leave_recount_on_calendar_setting_update AFTER UPDATE ON local_settings
WHEN NEW.key IN ('calendar/whitMondayWorked', 'calendar/alsaceMoselle') AND OLD.value IS NOT NEW.value
BEGIN
    INSERT INTO local_leave_recount_queue (agent_id, since, reason) VALUES ('*', date('now'), 'calendar_settings')
    ON CONFLICT (agent_id) DO UPDATE SET since = min(since, excluded.since);
END;
