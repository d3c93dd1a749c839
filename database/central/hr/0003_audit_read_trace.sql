-- The audit log keeps whole rows of agent files (core 0004): reading it is reading the files.
-- HR's reads of it leave the same pgaudit trace as its reads of the files (hr 0002).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'civitas_auditor') THEN
        GRANT SELECT ON civitas.audit_log TO civitas_auditor;
    END IF;
END $$;
