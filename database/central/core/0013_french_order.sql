-- The order a French reader expects of names, on the server: accents, case and ligatures
-- aside (Ménard = MENARD, Œuvrard = Oeuvrard), ICU's primary strength. The desks sort their own
-- lists with the SQLite collation `french` (FrenchCollation), which gives the same order; this
-- one is for what the server itself lists or searches by name (ORDER BY name COLLATE
-- civitas.french, id: names read alike compare equal, the id keeps the order stable).
-- Nondeterministic: `=` under it is accent-blind too, and LIKE refuses it (PostgreSQL 15).
CREATE COLLATION civitas.french (provider = icu, locale = 'fr-u-ks-level1', deterministic = false);
