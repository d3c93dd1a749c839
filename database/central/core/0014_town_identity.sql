-- The town's identity on its official papers (town/name, town/inseeCode, town/siret,
-- town/address, town/postcode, town/city): every desk prints it on the fiche agent, the
-- attestation employeur and the leave request form. It is the town's legal identity: an
-- administrator sets it. The other town settings (the holiday calendar, what later modules
-- add) stay HR's or an administrator's. The values are checked here as the desk checks them
-- (TownIdentity::check): a tampered desk cannot print a false SIRET on every desk's papers.

-- Whether the connected login may write this key. Everybody may know it (it answers for the
-- caller only).
CREATE OR REPLACE FUNCTION civitas.may_write_town_setting(p_key text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT CASE WHEN p_key LIKE 'town/%' THEN civitas.has_role('administrator')
                ELSE civitas.has_role('administrator') OR civitas.has_role('hr') END
$$;
REVOKE ALL ON FUNCTION civitas.may_write_town_setting(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.may_write_town_setting(text) TO civitas_agent;

DROP POLICY town_settings_insert ON civitas.town_settings;
CREATE POLICY town_settings_insert ON civitas.town_settings FOR INSERT
    WITH CHECK (civitas.may_write_town_setting(id));
-- HR still reaches the town's identity rows (USING), so that its change is refused with an
-- error rather than silently matching no row.
DROP POLICY town_settings_update ON civitas.town_settings;
CREATE POLICY town_settings_update ON civitas.town_settings FOR UPDATE
    USING ((SELECT civitas.has_role('administrator')) OR (SELECT civitas.has_role('hr')))
    WITH CHECK (civitas.may_write_town_setting(id));

-- SIRET: 14 digits, Luhn; La Poste's establishments (356000000..., except its head office
-- 35600000000048) by the sum of their digits, a multiple of 5. As Validators::siret.
CREATE OR REPLACE FUNCTION civitas.siret_is_valid(p text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    total integer := 0;
    digit integer;
BEGIN
    IF p IS NULL OR p !~ '^[0-9]{14}$' THEN
        RETURN false;
    END IF;
    IF left(p, 9) = '356000000' AND p <> '35600000000048' THEN
        FOR i IN 1..14 LOOP
            total := total + substr(p, i, 1)::integer;
        END LOOP;
        RETURN total % 5 = 0;
    END IF;
    -- From the right, every second digit doubled, 9 taken off above 9.
    FOR i IN 1..14 LOOP
        digit := substr(p, 15 - i, 1)::integer;
        IF i % 2 = 0 THEN
            digit := digit * 2;
            IF digit > 9 THEN
                digit := digit - 9;
            END IF;
        END IF;
        total := total + digit;
    END LOOP;
    RETURN total % 10 = 0;
END
$$;
REVOKE ALL ON FUNCTION civitas.siret_is_valid(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.siret_is_valid(text) TO civitas_agent;

-- A commune's INSEE code: the département (01 to 95 without 20; 2A, 2B for Corsica) and 3
-- digits from 001, or an overseas territory (971 to 978, 984 to 989) and 2 digits. As
-- Validators::inseeCode.
CREATE OR REPLACE FUNCTION civitas.insee_code_is_valid(p text) RETURNS boolean
    LANGUAGE sql IMMUTABLE SET search_path = civitas, pg_catalog, pg_temp AS
$$
    SELECT coalesce((p ~ '^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}$'
                     AND right(p, 3) <> '000')
                    OR p ~ '^(97[1-8]|98[4-9])[0-9]{2}$', false)
$$;
REVOKE ALL ON FUNCTION civitas.insee_code_is_valid(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas.insee_code_is_valid(text) TO civitas_agent;

-- The values of the town's identity, whoever writes them (the owner's `load` too: a desk in
-- local mode checked them with the same rules). An optional field may be empty; a removed
-- row (deleted = 1) is not checked.
CREATE OR REPLACE FUNCTION civitas.check_town_setting() RETURNS trigger
    LANGUAGE plpgsql SET search_path = civitas, pg_catalog, pg_temp AS
$$
DECLARE
    problem text;
BEGIN
    IF NEW.deleted <> 0 THEN
        RETURN NEW;
    END IF;
    problem := CASE NEW.id
        WHEN 'town/name' THEN
            CASE WHEN btrim(NEW.value) = '' THEN 'the town''s name is required'
                 WHEN length(NEW.value) > 200 THEN 'the town''s name holds at most 200 characters'
            END
        WHEN 'town/inseeCode' THEN
            CASE WHEN NEW.value <> '' AND NOT civitas.insee_code_is_valid(NEW.value)
                 THEN 'not a commune''s INSEE code (5 characters: 01 to 95 or 2A, 2B, then 3 digits; 971 to 989 overseas)'
            END
        WHEN 'town/siret' THEN
            CASE WHEN NEW.value <> '' AND NOT civitas.siret_is_valid(NEW.value)
                 THEN 'not a valid SIRET (14 digits passing the Luhn check; La Poste by the sum of its digits)'
            END
        WHEN 'town/postcode' THEN
            CASE WHEN NEW.value <> '' AND (NEW.value !~ '^[0-9]{5}$' OR left(NEW.value, 2) = '00')
                 THEN 'not a French postcode (5 digits, not starting with 00)'
            END
        WHEN 'town/address' THEN
            CASE WHEN length(NEW.value) > 500 THEN 'the address holds at most 500 characters' END
        WHEN 'town/city' THEN
            CASE WHEN length(NEW.value) > 200 THEN 'the city holds at most 200 characters' END
    END;
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = format('%s: %s', NEW.id, problem);
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION civitas.check_town_setting() FROM PUBLIC;
CREATE TRIGGER town_settings_checked BEFORE INSERT OR UPDATE ON civitas.town_settings
    FOR EACH ROW EXECUTE FUNCTION civitas.check_town_setting();
