-- The holiday settings (Whit Monday worked, Alsace-Moselle) are the town's, not a desk's: the
-- server counts every request's half-days with them (civitas.leave_half_days), so they live in
-- the synchronised town_settings that the server and every desk read alike.
--
-- A desk's own values move there once. Only a file that never synced with a server: there the
-- town's settings are the server's (HR or an administrator sets them once in the settings
-- page), and a desk's old local value must not be pushed over them nor kept apart from them.
-- Only values that are set: unset means not worked / not Alsace-Moselle already.
DROP TRIGGER leave_recount_on_calendar_setting_insert;
DROP TRIGGER leave_recount_on_calendar_setting_update;
INSERT INTO town_settings (id, value)
SELECT key, '1' FROM local_settings
 WHERE key IN ('calendar/whitMondayWorked', 'calendar/alsaceMoselle')
   AND lower(value) NOT IN ('', '0', 'false')
   AND NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'watermark')
   AND NOT EXISTS (SELECT 1 FROM town_settings t WHERE t.id = local_settings.key);
DELETE FROM local_settings WHERE key IN ('calendar/whitMondayWorked', 'calendar/alsaceMoselle');

-- A change made on this desk asks for a recount of everyone, from the day it changes: the past
-- was counted under the rule of its time. A change that came by a pull is the other desk's to
-- recount (sync_control.capture = 0 then), as for the days off.
CREATE TRIGGER leave_recount_on_calendar_setting_insert AFTER INSERT ON town_settings
WHEN NEW.id IN ('calendar/whitMondayWorked', 'calendar/alsaceMoselle')
  AND (SELECT capture FROM sync_control WHERE id = 1) = 1
BEGIN
    INSERT INTO local_leave_recount_queue (agent_id, since, reason) VALUES ('*', date('now'), 'calendar_settings')
    ON CONFLICT (agent_id) DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER leave_recount_on_calendar_setting_update AFTER UPDATE ON town_settings
WHEN NEW.id IN ('calendar/whitMondayWorked', 'calendar/alsaceMoselle')
  AND (SELECT capture FROM sync_control WHERE id = 1) = 1
  AND (OLD.value IS NOT NEW.value OR OLD.deleted IS NOT NEW.deleted)
BEGIN
    INSERT INTO local_leave_recount_queue (agent_id, since, reason) VALUES ('*', date('now'), 'calendar_settings')
    ON CONFLICT (agent_id) DO UPDATE SET since = min(since, excluded.since);
END;
