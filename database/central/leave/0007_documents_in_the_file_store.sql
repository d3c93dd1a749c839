-- A leave request's supporting document moves to the file store (core 0010): the row keeps
-- the document's hash, name, type and size; the head who decides, HR and the agent fetch the
-- bytes when they open it (the request's row-level security decides who may), instead of every
-- approver's desk holding every document of its team.

ALTER TABLE civitas.leave_requests
    ADD COLUMN document_sha256 text CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
    ADD COLUMN document_size bigint NOT NULL DEFAULT 0 CHECK (document_size >= 0);

-- Each document with the type its bytes show, or else the one its desk declared: a desk of
-- before leave 0002 checked neither, and its agent's document is kept all the same.
INSERT INTO civitas.stored_files (sha256, byte_size, mime_type)
SELECT DISTINCT ON (h) h, length(document),
       coalesce(civitas.file_type_of(document), nullif(document_mime_type, ''),
                'application/octet-stream')
  FROM (SELECT encode(sha256(document), 'hex') AS h, document, document_mime_type
          FROM civitas.leave_requests WHERE document IS NOT NULL) d
ON CONFLICT DO NOTHING;
INSERT INTO civitas.file_chunks (sha256, chunk_index, data)
SELECT DISTINCT ON (h, i) h, i,
       substring(document FROM i * civitas.file_chunk_size() + 1 FOR civitas.file_chunk_size())
  FROM (SELECT encode(sha256(document), 'hex') AS h, document
          FROM civitas.leave_requests WHERE document IS NOT NULL) d,
       generate_series(0, (length(d.document) - 1) / civitas.file_chunk_size()) AS i
ON CONFLICT DO NOTHING;
-- Every request with a document changes here, so every desk that holds it pulls its new form.
UPDATE civitas.leave_requests
   SET document_sha256 = encode(sha256(document), 'hex'), document_size = length(document)
 WHERE document IS NOT NULL;

ALTER TABLE civitas.leave_requests DROP COLUMN document;
SELECT civitas.make_audited('civitas.leave_requests');
SELECT civitas.make_file_reference('civitas.leave_requests', 'document_sha256', 'document_size',
                                   'document_mime_type',
                                   ARRAY['application/pdf', 'image/jpeg', 'image/png']);
GRANT UPDATE (document_sha256, document_size) ON civitas.leave_requests TO civitas_agent;

-- Only a draft changes, by its agent: the document's hash now stands where its bytes did.
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
    -- `civitas-admin load` writes a town's history as it was.
    IF civitas.session_owns_town() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.agent_id IS DISTINCT FROM OLD.agent_id THEN
        RAISE EXCEPTION 'the agent of a leave request cannot change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- A login without an agent (an administrator) owns nothing: false, not NULL, below.
    is_owner := coalesce(NEW.agent_id = me, false);
    -- A draft is the agent's alone and costs a desk nothing to make: a cap keeps a file, and
    -- the server, from filling up with them. The agent's row is locked (see the overlap check).
    IF NEW.state = 'draft' AND NEW.deleted = 0
       AND (TG_OP = 'INSERT' OR OLD.state <> 'draft' OR OLD.deleted = 1) THEN
        PERFORM 1 FROM civitas.agents WHERE id = NEW.agent_id FOR NO KEY UPDATE;
        IF (SELECT count(*) FROM civitas.leave_requests
             WHERE agent_id = NEW.agent_id AND state = 'draft' AND deleted = 0) > 20 THEN
            RAISE EXCEPTION 'an agent keeps at most 20 drafts: submit or delete one first'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF NOT (civitas.has_role('hr') AND NOT is_owner) THEN
        SELECT approval, hr_only INTO type_approval, type_hr_only FROM civitas.leave_types WHERE id = NEW.leave_type_id;
        is_approver := NOT is_owner AND NEW.agent_id IN (SELECT civitas.leave_team_agents());
        IF TG_OP = 'INSERT' THEN
            -- A type that nobody approves is approved as its agent submits it, new or a draft.
            IF NOT is_owner OR type_hr_only = 1
               OR NOT (NEW.state IN ('draft', 'submitted') OR (NEW.state = 'approved' AND type_approval = 'none')) THEN
                RAISE EXCEPTION 'a leave request is created by its agent, as a draft or submitted (state %)', NEW.state
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSE
            -- Checked on every change, not only at creation: a draft could otherwise become sick leave.
            IF type_hr_only = 1 THEN
                RAISE EXCEPTION 'only HR enters and changes a request of this type' USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- The tombstone too: a live request dropped on the way through a move would vanish
            -- from the approvers' lists and the calendar while the ledger still counts it.
            IF (NEW.leave_type_id, NEW.start_date, NEW.start_half, NEW.end_date, NEW.end_half, NEW.half_days,
                NEW.document_sha256, NEW.document_name, NEW.document_mime_type, NEW.deleted)
               IS DISTINCT FROM
               (OLD.leave_type_id, OLD.start_date, OLD.start_half, OLD.end_date, OLD.end_half, OLD.half_days,
                OLD.document_sha256, OLD.document_name, OLD.document_mime_type, OLD.deleted)
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
        END IF;
    END IF;
    -- The move, for the step that tells it. A request submitted (or approved, for a type
    -- nobody approves) by its agent went through the draft state, as the desk tells it.
    IF TG_OP = 'INSERT' THEN
        IF is_owner AND NEW.state IN ('submitted', 'approved') THEN
            INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
            VALUES (NEW.id, 'draft', 'submitted');
        END IF;
        IF is_owner AND NEW.state = 'approved' THEN
            INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
            VALUES (NEW.id, 'submitted', 'approved');
        ELSIF NOT (is_owner AND NEW.state = 'submitted') THEN
            INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
            VALUES (NEW.id, '', NEW.state);
        END IF;
    ELSIF NEW.state <> OLD.state AND OLD.state = 'draft' AND NEW.state = 'approved' THEN
        INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
        VALUES (NEW.id, 'draft', 'submitted'), (NEW.id, 'submitted', 'approved');
    ELSIF NEW.state <> OLD.state
          OR (OLD.state <> 'draft'
              AND (NEW.half_days, NEW.leave_type_id, NEW.start_date, NEW.end_date)
                  IS DISTINCT FROM (OLD.half_days, OLD.leave_type_id, OLD.start_date, OLD.end_date)) THEN
        INSERT INTO civitas.leave_request_moves (request_id, from_state, to_state)
        VALUES (NEW.id, OLD.state, NEW.state);
    END IF;
    RETURN NEW;
END
$$;
