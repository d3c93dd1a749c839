-- The year-end law as amended in 2025, on the desk (the server: central leave 0008): a leave
-- type's carry-over regime apart from whether it reduces RTT, the health and family leaves
-- seeded with theirs, and HR's decisions extending a carry-over period.

-- 'health': annual leave not taken because of it is carried, capped at the unused part of
-- the year's first four weeks; 'family': the leave not taken before it is kept, uncapped
-- (décret 85-1250 arts. 5-1 and 5-2 as amended by décret 2025-564).
ALTER TABLE leave_types ADD COLUMN carry_over_regime TEXT NOT NULL DEFAULT 'none'
    CHECK (carry_over_regime IN ('none', 'health', 'family'));

-- The server makes the same rows under the same ids (leave 0008): not this desk's changes.
UPDATE sync_control SET capture = 0 WHERE id = 1;
UPDATE leave_types SET carry_over_regime = 'health' WHERE id = 'leave-type-sick';
INSERT INTO leave_types (id, code, label, colour, counting, unit, has_balance, approval, document_required,
                         hr_only, counts_for_split_bonus, reduces_rtt, carry_over_regime, sort_order)
SELECT v.column1, v.column2, v.column3, v.column4, 'calendar_days', 'day', 0, 'none', 1, 1, 0,
       v.column5, v.column6, v.column7
  FROM (VALUES
 ('leave-type-clm', 'clm', 'Congé de longue maladie', '#b52b27', 1, 'health', 52),
 ('leave-type-cld', 'cld', 'Congé de longue durée', '#9c2a26', 1, 'health', 54),
 ('leave-type-cgm', 'cgm', 'Congé de grave maladie', '#a83c38', 1, 'health', 56),
 ('leave-type-citis', 'citis', 'Congé pour invalidité temporaire imputable au service', '#c0504d', 1, 'health', 58),
 ('leave-type-maternity', 'maternity', 'Congé de maternité', '#d63384', 1, 'family', 110),
 ('leave-type-paternity', 'paternity', 'Congé de paternité et d''accueil de l''enfant', '#b0447f', 1, 'family', 112),
 ('leave-type-adoption', 'adoption', 'Congé d''adoption', '#9b59b6', 1, 'family', 114),
 ('leave-type-parental', 'parental', 'Congé parental', '#8e6cb0', 0, 'family', 116),
 ('leave-type-caregiver', 'caregiver', 'Congé de proche aidant', '#7d6b9e', 1, 'family', 118)
) AS v
 WHERE NOT EXISTS (SELECT 1 FROM leave_types t WHERE t.code = v.column2 AND t.deleted = 0)
   AND NOT EXISTS (SELECT 1 FROM leave_types t WHERE t.id = v.column1);
UPDATE sync_control SET capture = 1 WHERE id = 1;

-- HR's exceptional decisions extending the carry-over period of the leave carried out of
-- `year`; who decided and when are stamped by the server (a preview until the push).
CREATE TABLE leave_carry_over_extensions (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    extended_to TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason <> '' AND length(reason) <= 1000),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX leave_carry_over_extensions_agent ON leave_carry_over_extensions (agent_id, year);
