-- The town's name on its official papers was a desk's setting (local_settings 'town/name'):
-- two desks could print two names. It is the town's now, with its INSEE code, SIRET and
-- address (town_settings, keys under town/, written by an administrator on a server).
--
-- A desk's own name moves there once, only on a file that never synced with a server: there
-- the town's identity is the server's, and an old local value must not be pushed over it (an
-- agent's desk would see its push refused besides).
INSERT INTO town_settings (id, value)
SELECT 'town/name', trim(value) FROM local_settings
 WHERE key = 'town/name' AND trim(value) <> ''
   AND NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'watermark')
   AND NOT EXISTS (SELECT 1 FROM town_settings t WHERE t.id = 'town/name');
DELETE FROM local_settings WHERE key = 'town/name';
