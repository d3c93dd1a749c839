-- Agents' names and grades in the order a French reader expects: accents, case and ligatures
-- aside (the `french` collation, which Civitas installs on every connection: FrenchCollation).
-- The same expressions as the agent list's sort keys (agentDisplayNameSql()); the id breaks
-- ties between names read alike (Ménard, MENARD). Registration numbers are codes: they keep
-- NOCASE.
DROP INDEX agents_name;
CREATE INDEX agents_name ON agents ((CASE WHEN usage_name <> '' THEN usage_name ELSE birth_name END || ' ' || first_names) COLLATE french, id);
DROP INDEX local_agent_current_grade;
CREATE INDEX local_agent_current_grade ON local_agent_current (grade COLLATE french, agent_id);
