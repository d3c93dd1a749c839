-- The pieces of the agent file move to the file store (core 0010): the row keeps the piece's
-- number, category, title, date, name, size and type, and the hash of its bytes. Desks fetch
-- the bytes when a piece is opened, instead of every HR desk holding every piece of the town.
--
-- And a piece can be withdrawn (an amnestied sanction, a piece filed in the wrong agent's
-- file): the row stays, with its number, the reason and the decision that ordered it, and its
-- bytes leave the server (and every desk, at their next pull).

ALTER TABLE civitas.agent_documents
    ADD COLUMN content_sha256 text CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    ADD COLUMN withdrawn_on date,
    ADD COLUMN withdrawal_reason text NOT NULL DEFAULT '' CHECK (length(withdrawal_reason) <= 1000),
    ADD COLUMN withdrawal_decision text NOT NULL DEFAULT ''
        CHECK (length(withdrawal_decision) <= 200);

-- The bytes, stored once per content, in chunks.
INSERT INTO civitas.stored_files (sha256, byte_size, mime_type)
SELECT DISTINCT ON (h) h, byte_size, mime_type
  FROM (SELECT encode(sha256(content), 'hex') AS h, byte_size, mime_type
          FROM civitas.agent_documents) d
ON CONFLICT DO NOTHING;
INSERT INTO civitas.file_chunks (sha256, chunk_index, data)
SELECT DISTINCT ON (h, i) h, i,
       substring(content FROM i * civitas.file_chunk_size() + 1 FOR civitas.file_chunk_size())
  FROM (SELECT encode(sha256(content), 'hex') AS h, content, byte_size
          FROM civitas.agent_documents) d,
       generate_series(0, (d.byte_size - 1) / civitas.file_chunk_size()) AS i
ON CONFLICT DO NOTHING;
-- Every piece changes here, so every desk pulls its new form (and drops its copy of the bytes).
UPDATE civitas.agent_documents SET content_sha256 = encode(sha256(content), 'hex');

ALTER TABLE civitas.agent_documents
    DROP COLUMN content,
    DROP CONSTRAINT agent_documents_byte_size_check,
    ADD CONSTRAINT agent_documents_byte_size_check CHECK (byte_size >= 1),
    -- A piece has its bytes until it is withdrawn, then never again; a withdrawal says why and
    -- under which decision.
    ADD CONSTRAINT agent_documents_withdrawal CHECK (
        (withdrawn_on IS NULL AND content_sha256 IS NOT NULL
         AND withdrawal_reason = '' AND withdrawal_decision = '')
        OR (withdrawn_on IS NOT NULL AND content_sha256 IS NULL
            AND withdrawal_reason <> '' AND withdrawal_decision <> ''));

SELECT civitas.make_file_reference('civitas.agent_documents', 'content_sha256', 'byte_size',
                                   'mime_type', ARRAY['application/pdf', 'image/jpeg', 'image/png']);
-- The audit trigger learns that the table has no binary column any more.
SELECT civitas.make_audited('civitas.agent_documents');
-- The new columns are HR's to update, as the others.
SELECT civitas.grant_column_updates('civitas.agent_documents', ARRAY['hr']);

-- A withdrawal is final: a withdrawn piece gets neither its bytes back nor another reason, and
-- it is dated by the server.
CREATE FUNCTION civitas.guard_document_withdrawal() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.withdrawn_on IS NOT NULL AND NOT civitas.session_owns_town() THEN
            RAISE EXCEPTION 'a piece is withdrawn after it was filed, not filed withdrawn'
                USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.withdrawn_on IS NOT NULL THEN
        IF NEW.withdrawn_on IS DISTINCT FROM OLD.withdrawn_on
           OR NEW.content_sha256 IS NOT NULL
           OR NEW.withdrawal_reason <> OLD.withdrawal_reason
           OR NEW.withdrawal_decision <> OLD.withdrawal_decision THEN
            RAISE EXCEPTION 'piece % of agent % is withdrawn: its withdrawal is final',
                OLD.sequence_number, OLD.agent_id USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.withdrawn_on IS NOT NULL THEN
        IF NOT civitas.session_owns_town() THEN
            NEW.withdrawn_on := current_date;
        END IF;
        NEW.content_sha256 := NULL;
    ELSIF NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256 THEN
        -- A piece's bytes are what was filed: other bytes are another piece.
        RAISE EXCEPTION 'the content of piece % of agent % cannot be replaced',
            OLD.sequence_number, OLD.agent_id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.guard_document_withdrawal() FROM PUBLIC;
-- Named to run before the file check (triggers run in name order): a withdrawal clears the
-- hash first.
CREATE TRIGGER agent_documents_a_withdrawal BEFORE INSERT OR UPDATE ON civitas.agent_documents
    FOR EACH ROW EXECUTE FUNCTION civitas.guard_document_withdrawal();

-- A withdrawn piece's bytes leave the server at once, unless another row still refers to the
-- same file (civitas.forget_file).
CREATE FUNCTION civitas.forget_withdrawn_document() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = civitas, pg_catalog, pg_temp AS
$$
BEGIN
    IF OLD.withdrawn_on IS NULL AND NEW.withdrawn_on IS NOT NULL
       AND OLD.content_sha256 IS NOT NULL THEN
        PERFORM civitas.forget_file(OLD.content_sha256);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION civitas.forget_withdrawn_document() FROM PUBLIC;
CREATE TRIGGER agent_documents_withdrawn AFTER UPDATE ON civitas.agent_documents
    FOR EACH ROW EXECUTE FUNCTION civitas.forget_withdrawn_document();

-- HR's reads of a piece's bytes are traced by pgaudit as its reads of the rows were (hr 0002).
GRANT SELECT ON civitas.file_chunks TO civitas_auditor;
