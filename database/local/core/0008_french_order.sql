-- Account names in the order a French reader expects: accents, case and ligatures aside
-- (the `french` collation, which Civitas installs on every connection: FrenchCollation). The
-- index is what the account list sorts by. A connection without the collation (the sqlite3
-- shell) still reads the table, but cannot write display names.
DROP INDEX user_accounts_display_name;
CREATE INDEX user_accounts_display_name ON user_accounts (display_name COLLATE french, id);
