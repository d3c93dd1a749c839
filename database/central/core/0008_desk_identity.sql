-- A desk's identity is issued by the server. A push's receipt was keyed by (client id, outbox
-- seq), both held in the desk file: a file restored from a backup, or copied to a second desk,
-- numbered its new changes as the original had, found the original's receipts and dropped its
-- changes as "already applied". Now:
-- - the server issues the client id (civitas.register_desk()) and accepts a receipt only under
--   an id it issued to the connected login;
-- - each receipt keeps a fingerprint of the change it stands for (seq, row, operation, time
--   and values, hashed by the desk): a push that finds its receipt with another fingerprint
--   comes from a copy, and the desk takes a new identity and sends its change as a new one;
-- - the server keeps per desk the highest seq applied and when, for support staff.

CREATE TABLE civitas.sync_desks (
    client_id text PRIMARY KEY CHECK (length(client_id) <= 100),
    db_user text NOT NULL DEFAULT session_user,
    issued_at timestamptz NOT NULL DEFAULT now(),
    high_seq bigint NOT NULL DEFAULT 0,
    last_push_at timestamptz
);
CREATE INDEX sync_desks_user ON civitas.sync_desks (db_user);
ALTER TABLE civitas.sync_desks ENABLE ROW LEVEL SECURITY;
-- A login sees its own desks; it writes none of them: register_desk() and the receipts'
-- trigger do.
CREATE POLICY own_desks ON civitas.sync_desks FOR SELECT USING (db_user = session_user);
REVOKE ALL ON civitas.sync_desks FROM PUBLIC;
GRANT SELECT ON civitas.sync_desks TO civitas_agent;

-- Ids that desks made themselves before this migration are not taken over: their receipts have
-- no fingerprint, so a restored copy replaying one would still be told "applied". Such a desk
-- takes an issued identity at its next push (DeskIdentity), and sends what it holds under it:
-- a change the server already has is then found equal, field by field, and changes nothing.

ALTER TABLE civitas.sync_receipts
    ADD COLUMN fingerprint text CHECK (length(fingerprint) <= 100);

-- A new identity for the connected login's desk.
CREATE FUNCTION civitas.register_desk() RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
DECLARE
    issued text := gen_random_uuid()::text;
BEGIN
    -- A desk takes a new identity once per copy found: a thousand in a month mean a desk in a
    -- loop. Older ones do not count, so that years of new desks never lock a login out.
    IF (SELECT count(*) FROM civitas.sync_desks
         WHERE db_user = session_user::text COLLATE "default"
           AND coalesce(last_push_at, issued_at) > now() - interval '30 days') >= 1000 THEN
        RAISE EXCEPTION 'the login "%" took 1000 desk identities in 30 days', session_user
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    INSERT INTO civitas.sync_desks (client_id, db_user) VALUES (issued, session_user);
    RETURN issued;
END
$$;
REVOKE ALL ON FUNCTION civitas.register_desk() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.register_desk() TO civitas_agent;

-- A receipt only under an identity the server issued to the connected login, with the
-- fingerprint of its change; it moves that desk's high-water mark.
CREATE FUNCTION civitas.check_receipt() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_temp AS
$$
BEGIN
    IF NEW.fingerprint IS NULL OR NEW.fingerprint = '' THEN
        RAISE EXCEPTION 'a receipt needs the fingerprint of its change'
            USING ERRCODE = 'not_null_violation';
    END IF;
    UPDATE civitas.sync_desks
       SET high_seq = greatest(high_seq, NEW.seq), last_push_at = now()
     WHERE client_id = NEW.client_id AND db_user = session_user AND NEW.db_user = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the desk identity "%" was not issued to the login "%"',
            NEW.client_id, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_receipt() FROM PUBLIC;
CREATE TRIGGER sync_receipts_issued_desk BEFORE INSERT ON civitas.sync_receipts
    FOR EACH ROW EXECUTE FUNCTION civitas.check_receipt();
