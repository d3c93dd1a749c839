#include <core/french/validators.h>

#include <QTest>

using namespace Civitas;
using Level = ValidationResult::Level;

Q_DECLARE_METATYPE(Civitas::ValidationResult::Level)

// The values come from docs/domain/hr-and-leave.md and docs/domain/associations-and-schools.md; the
// others were computed by hand and cross-checked with an independent script.
class tst_Validators : public QObject
{
    Q_OBJECT

private slots:
    void validationResult();

    void nir_data();
    void nir();
    void nirMessagesAreExact();
    void nirConsistency_data();
    void nirConsistency();
    void normalizedAndFormattedNir_data();
    void normalizedAndFormattedNir();

    void siren_data();
    void siren();
    void siret_data();
    void siret();
    void siretMessageIsExact();
    void rna_data();
    void rna();
    void postcode_data();
    void postcode();

    void iban_data();
    void iban();
    void normalizedIban();

private:
    static void addColumns();
    static void check(const ValidationResult &result);
};

void tst_Validators::addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("messagePart");
}

// A valid value says nothing; anything else says why, and mentions the expected detail.
void tst_Validators::check(const ValidationResult &result)
{
    QFETCH(Level, level);
    QFETCH(QString, messagePart);
    QCOMPARE(result.level, level);
    QCOMPARE(result.isValid(), level != Level::Invalid);
    if (level == Level::Valid) {
        QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    } else {
        QVERIFY(!result.message.isEmpty());
        QVERIFY2(
            result.message.contains(messagePart),
            qPrintable(
                QStringLiteral("\"%1\" does not contain \"%2\"").arg(result.message, messagePart)));
    }
}

void tst_Validators::validationResult()
{
    const ValidationResult valid = ValidationResult::valid();
    QCOMPARE(valid.level, Level::Valid);
    QVERIFY(valid.isValid());
    QVERIFY(valid.message.isEmpty());
    QCOMPARE(ValidationResult(), valid);

    const ValidationResult warning = ValidationResult::warning(QStringLiteral("look"));
    QCOMPARE(warning.level, Level::Warning);
    QVERIFY(warning.isValid());
    QCOMPARE(warning.message, QStringLiteral("look"));

    const ValidationResult invalid = ValidationResult::invalid(QStringLiteral("wrong"));
    QCOMPARE(invalid.level, Level::Invalid);
    QVERIFY(!invalid.isValid());
    QCOMPARE(invalid.message, QStringLiteral("wrong"));
    QVERIFY(!(invalid == warning));
}

void tst_Validators::nir_data()
{
    addColumns();
    QTest::newRow("domain example, grouped") << "2 95 10 99 126 111 93" << Level::Valid << "";
    QTest::newRow("domain example, packed") << "295109912611193" << Level::Valid << "";
    QTest::newRow("non-breaking spaces")
        << QString::fromUtf16(u"2\u00A0951099\u00A0126111\u00A093") << Level::Valid << "";
    QTest::newRow("Corsica 2B") << "2 53 07 2B 073 004 70" << Level::Valid << "";
    QTest::newRow("Corsica 2A") << "2 53 07 2A 073 004 43" << Level::Valid << "";
    QTest::newRow("Corsica lower case") << "2 53 07 2a 073 004 43" << Level::Valid << "";
    QTest::newRow("man") << "1 80 01 75 056 123 75" << Level::Valid << "";
    QTest::newRow("born 2002") << "1 02 12 69 123 456 49" << Level::Valid << "";
    QTest::newRow("overseas département") << "2 00 01 97 411 005 94" << Level::Valid << "";
    QTest::newRow("unknown month 20") << "1 80 20 75 056 123 88" << Level::Valid << "";
    QTest::newRow("unknown month 42") << "1 80 42 75 056 123 52" << Level::Valid << "";
    QTest::newRow("unknown month 50") << "1 80 50 75 056 123 83" << Level::Valid << "";
    QTest::newRow("unknown month 99") << "1 80 99 75 056 123 91" << Level::Valid << "";

    QTest::newRow("temporary, man") << "7 85 03 99 352 017 34" << Level::Warning << "temporary";
    QTest::newRow("temporary, woman") << "8 85 03 99 352 017 81" << Level::Warning << "temporary";

    QTest::newRow("wrong key") << "2 95 10 99 126 111 94" << Level::Invalid
                               << "The NIR key should be 93, not 94.";
    QTest::newRow("2B with the 2A key")
        << "2 53 07 2B 073 004 43" << Level::Invalid << "should be 70, not 43";
    QTest::newRow("2A with the 2B key")
        << "2 53 07 2A 073 004 70" << Level::Invalid << "should be 43, not 70";
    QTest::newRow("Corsica as 20") << "2 53 07 20 073 004 70" << Level::Invalid << "not 70";
    QTest::newRow("swapped digits") << "2 95 10 99 162 111 93" << Level::Invalid << "not 93";
    QTest::newRow("unknown-month key wrong")
        << "1 80 20 75 056 123 87" << Level::Invalid << "should be 88, not 87";
    QTest::newRow("temporary key wrong")
        << "7 85 03 99 352 017 35" << Level::Invalid << "should be 34, not 35";

    QTest::newRow("empty") << "" << Level::Invalid << "No NIR";
    QTest::newRow("spaces only") << "   " << Level::Invalid << "No NIR";
    QTest::newRow("without key") << "2 95 10 99 126 111" << Level::Invalid << "no key";
    QTest::newRow("14 characters") << "2 95 10 99 126 111 9" << Level::Invalid << "this one has 14";
    QTest::newRow("16 characters")
        << "2 95 10 99 126 111 930" << Level::Invalid << "this one has 16";
    QTest::newRow("letter O for zero")
        << "2 95 1O 99 126 111 93" << Level::Invalid << "character 5 is \"O\"";
    QTest::newRow("letter in key")
        << "2 95 10 99 126 111 9B" << Level::Invalid << "character 15 is \"B\"";
    QTest::newRow("dash") << "2-9510991261119" << Level::Invalid << "character 2 is \"-\"";
    QTest::newRow("département 2C") << "2 53 07 2C 073 004 70" << Level::Invalid << "\"2C\"";
    QTest::newRow("Corsica written A2") << "2 53 07 A2 073 004 70" << Level::Invalid << "\"A2\"";
    QTest::newRow("sex digit 3") << "3 95 10 99 126 111 93" << Level::Invalid << "starts with 3";
    QTest::newRow("sex digit 0") << "0 95 10 99 126 111 93" << Level::Invalid << "starts with 0";
    QTest::newRow("month 00") << "2 95 00 99 126 111 93" << Level::Invalid << "is 00";
    QTest::newRow("month 13") << "2 95 13 99 126 111 93" << Level::Invalid << "is 13";
    QTest::newRow("month 19") << "2 95 19 99 126 111 93" << Level::Invalid << "is 19";
    QTest::newRow("month 43") << "2 95 43 99 126 111 93" << Level::Invalid << "is 43";
    QTest::newRow("month 49") << "2 95 49 99 126 111 93" << Level::Invalid << "is 49";
}

void tst_Validators::nir()
{
    QFETCH(QString, input);
    check(Validators::nir(input));
}

void tst_Validators::nirMessagesAreExact()
{
    QCOMPARE(Validators::nir(QStringLiteral("2 95 10 99 126 111 94")).message,
             QStringLiteral("The NIR key should be 93, not 94."));
    QCOMPARE(Validators::nir(QStringLiteral("29510991261119")).message,
             QStringLiteral("A NIR has 15 characters; this one has 14."));
    // The key keeps its leading zero: 97 - (n mod 97) can be below 10.
    QCOMPARE(Validators::nir(QStringLiteral("2 95 10 99 126 111 00")).message,
             QStringLiteral("The NIR key should be 93, not 00."));
}

void tst_Validators::nirConsistency_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QChar>("sex");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QStringList>("messageParts");

    const QString woman = QStringLiteral("2 95 10 99 126 111 93");
    const QChar f(u'F');
    const QChar m(u'M');

    QTest::newRow("agrees") << woman << f << QDate(1995, 10, 4) << Level::Valid << QStringList();
    QTest::newRow("lower-case sex")
        << woman << QChar(u'f') << QDate(1995, 10, 31) << Level::Valid << QStringList();
    QTest::newRow("wrong sex") << woman << m << QDate(1995, 10, 4) << Level::Warning
                               << QStringList{QStringLiteral(
                                      "The NIR is a woman's (first digit 2), but the sex entered "
                                      "is male.")};
    QTest::newRow("wrong year") << woman << f << QDate(1996, 10, 4) << Level::Warning
                                << QStringList{QStringLiteral(
                                       "The NIR gives 95 as the year of birth, but the date of "
                                       "birth is in 1996.")};
    QTest::newRow("same year, other century")
        << woman << f << QDate(1895, 10, 4) << Level::Valid << QStringList();
    QTest::newRow("wrong month") << woman << f << QDate(1995, 11, 4) << Level::Warning
                                 << QStringList{QStringLiteral(
                                        "The NIR gives 10 as the month of birth, but the date of "
                                        "birth is in month 11.")};
    QTest::newRow("everything wrong") << woman << m << QDate(1994, 3, 4) << Level::Warning
                                      << QStringList{QStringLiteral("woman's"),
                                                     QStringLiteral("year of birth"),
                                                     QStringLiteral("month of birth")};
    QTest::newRow("unknown sex skipped")
        << woman << QChar(u'?') << QDate(1995, 10, 4) << Level::Valid << QStringList();
    QTest::newRow("no date skipped") << woman << f << QDate() << Level::Valid << QStringList();
    QTest::newRow("man agrees") << "1 02 12 69 123 456 49" << m << QDate(2002, 12, 1)
                                << Level::Valid << QStringList();
    QTest::newRow("man, female entered")
        << "1 02 12 69 123 456 49" << f << QDate(2002, 12, 1) << Level::Warning
        << QStringList{QStringLiteral("a man's (first digit 1)")};
    QTest::newRow("year 2000") << "2 00 01 97 411 005 94" << f << QDate(2000, 1, 20) << Level::Valid
                               << QStringList();
    QTest::newRow("unknown month: no month check")
        << "1 80 20 75 056 123 88" << m << QDate(1980, 6, 15) << Level::Valid << QStringList();
    QTest::newRow("unknown month: year still checked")
        << "1 80 50 75 056 123 83" << m << QDate(1981, 6, 15) << Level::Warning
        << QStringList{QStringLiteral("80 as the year")};
    QTest::newRow("temporary, agrees: still a warning")
        << "7 85 03 99 352 017 34" << m << QDate(1985, 3, 2) << Level::Warning
        << QStringList{QStringLiteral("temporary")};
    QTest::newRow("temporary woman, male entered")
        << "8 85 03 99 352 017 81" << m << QDate(1985, 3, 2) << Level::Warning
        << QStringList{QStringLiteral("a woman's (first digit 8)")};
    QTest::newRow("temporary man, female entered")
        << "7 85 03 99 352 017 34" << f << QDate(1985, 3, 2) << Level::Warning
        << QStringList{QStringLiteral("a man's (first digit 7)")};
    QTest::newRow("invalid NIR stays invalid")
        << "2 95 10 99 126 111 94" << f << QDate(1995, 10, 4) << Level::Invalid
        << QStringList{QStringLiteral("should be 93, not 94")};
}

void tst_Validators::nirConsistency()
{
    QFETCH(QString, input);
    QFETCH(QChar, sex);
    QFETCH(QDate, birthDate);
    QFETCH(Level, level);
    QFETCH(QStringList, messageParts);

    const ValidationResult result = Validators::nirConsistency(input, sex, birthDate);
    QCOMPARE(result.level, level);
    QCOMPARE(result.message.isEmpty(), level == Level::Valid);
    for (const QString &part : messageParts)
        QVERIFY2(result.message.contains(part), qPrintable(result.message));
}

void tst_Validators::normalizedAndFormattedNir_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("packed") << "295109912611193"
                            << "295109912611193"
                            << "2 95 10 99 126 111 93";
    QTest::newRow("oddly spaced") << " 29 510 99126 11193 "
                                  << "295109912611193"
                                  << "2 95 10 99 126 111 93";
    QTest::newRow("Corsica lower case") << "253072a07300443"
                                        << "253072A07300443"
                                        << "2 53 07 2A 073 004 43";
    QTest::newRow("without key") << "2951099126111"
                                 << "2951099126111"
                                 << "2 95 10 99 126 111";
    QTest::newRow("other length kept") << "2 95 10"
                                       << "29510"
                                       << "29510";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
}

void tst_Validators::normalizedAndFormattedNir()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, formatted);
    QCOMPARE(Validators::normalizedNir(input), normalized);
    QCOMPARE(Validators::formatNir(input), formatted);
    if (formatted.size() == 21)
        QVERIFY(Validators::nir(formatted).isValid());
}

void tst_Validators::siren_data()
{
    addColumns();
    QTest::newRow("732829320") << "732829320" << Level::Valid << "";
    QTest::newRow("404833048") << "404833048" << Level::Valid << "";
    QTest::newRow("grouped") << "732 829 320" << Level::Valid << "";
    QTest::newRow("La Poste") << "356000000" << Level::Valid << "";

    QTest::newRow("404833047") << "404833047" << Level::Invalid << "Luhn";
    QTest::newRow("swapped digits") << "732829302" << Level::Invalid << "Luhn";
    QTest::newRow("8 digits") << "73282932" << Level::Invalid << "this one has 8";
    QTest::newRow("10 digits") << "7328293200" << Level::Invalid << "this one has 10";
    QTest::newRow("a SIRET") << "73282932000074" << Level::Invalid << "732829320";
    QTest::newRow("letter") << "73282932O" << Level::Invalid << "\"O\"";
    QTest::newRow("dot") << "732.829.320" << Level::Invalid << "\".\"";
    QTest::newRow("empty") << "" << Level::Invalid << "No SIREN";
}

void tst_Validators::siren()
{
    QFETCH(QString, input);
    check(Validators::siren(input));
}

void tst_Validators::siret_data()
{
    addColumns();
    QTest::newRow("73282932000074") << "73282932000074" << Level::Valid << "";
    QTest::newRow("grouped") << "732 829 320 00074" << Level::Valid << "";
    QTest::newRow("73282932000079") << "73282932000079" << Level::Invalid << "last 5 digits";
    QTest::newRow("SIREN part wrong too")
        << "40483304700000" << Level::Invalid << "so does its SIREN part";
    // Only the whole number's check is defined; the SIREN part is not checked on its own.
    QTest::newRow("whole passes, SIREN part does not") << "40483304700008" << Level::Valid << "";

    QTest::newRow("La Poste 35600000009075") << "35600000009075" << Level::Valid << "";
    QTest::newRow("La Poste 35600000049838")
        << "35600000049838" << Level::Invalid << "multiple of 5, and is 46";
    QTest::newRow("La Poste head office 35600000000048") << "35600000000048" << Level::Valid << "";
    // Luhn-valid but its digits sum to 19: outside the head office the sum rule alone applies.
    QTest::newRow("La Poste, Luhn only")
        << "35600000000014" << Level::Invalid << "multiple of 5, and is 19";
    QTest::newRow("La Poste, both rules") << "35600000000006" << Level::Valid << "";
    QTest::newRow("La Poste grouped") << "356 000 000 09075" << Level::Valid << "";

    QTest::newRow("13 digits") << "7328293200007" << Level::Invalid << "this one has 13";
    QTest::newRow("15 digits") << "732829320000740" << Level::Invalid << "this one has 15";
    QTest::newRow("a SIREN") << "732829320" << Level::Invalid << "SIREN";
    QTest::newRow("letter") << "7328293200007A" << Level::Invalid << "\"A\"";
    QTest::newRow("empty") << "" << Level::Invalid << "No SIRET";
}

void tst_Validators::siret()
{
    QFETCH(QString, input);
    check(Validators::siret(input));
}

void tst_Validators::siretMessageIsExact()
{
    QCOMPARE(Validators::siret(QStringLiteral("7328293200007")).message,
             QStringLiteral("A SIRET has 14 digits; this one has 13."));
}

void tst_Validators::rna_data()
{
    addColumns();
    QTest::newRow("W + 9 digits") << "W691234567" << Level::Valid << "";
    QTest::newRow("lower-case w") << "w691234567" << Level::Valid << "";
    QTest::newRow("spaced") << "W 691 234 567" << Level::Valid << "";

    QTest::newRow("8 digits") << "W69123456" << Level::Invalid << "this one has 8 after the W";
    QTest::newRow("10 digits") << "W6912345678" << Level::Invalid << "this one has 10";
    QTest::newRow("W alone") << "W" << Level::Invalid << "this one has 0";
    QTest::newRow("empty") << "" << Level::Invalid << "No RNA";

    QTest::newRow("W forgotten") << "691234567" << Level::Warning << "W691234567";
    QTest::newRow("older numeric form") << "0691012345" << Level::Warning << "older identifier";
    QTest::newRow("older form with slash") << "2/01234" << Level::Warning << "older identifier";
    QTest::newRow("letters after W") << "W9R1234567" << Level::Warning << "older identifier";
}

void tst_Validators::rna()
{
    QFETCH(QString, input);
    check(Validators::rna(input));
}

void tst_Validators::postcode_data()
{
    addColumns();
    QTest::newRow("Bron") << "69500" << Level::Valid << "";
    QTest::newRow("Paris") << "75001" << Level::Valid << "";
    QTest::newRow("Ain") << "01000" << Level::Valid << "";
    QTest::newRow("Ajaccio") << "20000" << Level::Valid << "";
    QTest::newRow("Bastia") << "20200" << Level::Valid << "";
    QTest::newRow("Saint-Denis, La Réunion") << "97400" << Level::Valid << "";
    QTest::newRow("Nouméa") << "98800" << Level::Valid << "";
    QTest::newRow("Monaco") << "98000" << Level::Valid << "";
    QTest::newRow("spaced") << "69 500" << Level::Valid << "";

    QTest::newRow("00xxx") << "00123" << Level::Invalid << "00";
    QTest::newRow("lost leading zero") << "1000" << Level::Invalid << "01000";
    QTest::newRow("3 digits") << "695" << Level::Invalid << "this one has 3";
    QTest::newRow("6 digits") << "695000" << Level::Invalid << "this one has 6";
    QTest::newRow("Corsica as 2A") << "2A000" << Level::Invalid << "start with 20, not 2A";
    QTest::newRow("Corsica as 2b") << "2b200" << Level::Invalid << "start with 20, not 2B";
    QTest::newRow("letter") << "69S00" << Level::Invalid << "\"S\"";
    QTest::newRow("empty") << "" << Level::Invalid << "No postcode";
}

void tst_Validators::postcode()
{
    QFETCH(QString, input);
    check(Validators::postcode(input));
}

void tst_Validators::iban_data()
{
    addColumns();
    QTest::newRow("FR") << "FR76 3000 6000 0112 3456 7890 189" << Level::Valid << "";
    QTest::newRow("FR packed") << "FR7630006000011234567890189" << Level::Valid << "";
    QTest::newRow("FR lower case") << "fr76 3000 6000 0112 3456 7890 189" << Level::Valid << "";
    QTest::newRow("FR with letters in the BBAN")
        << "FR14 2004 1010 0505 0001 3M02 606" << Level::Valid << "";
    QTest::newRow("DE") << "DE89 3704 0044 0532 0130 00" << Level::Valid << "";
    QTest::newRow("BE") << "BE68 5390 0754 7034" << Level::Valid << "";
    QTest::newRow("ES") << "ES91 2100 0418 4502 0005 1332" << Level::Valid << "";
    QTest::newRow("IT") << "IT60 X054 2811 1010 0000 0123 456" << Level::Valid << "";
    QTest::newRow("LU") << "LU28 0019 4006 4475 0000" << Level::Valid << "";
    QTest::newRow("MC") << "MC58 1122 2000 0101 2345 6789 030" << Level::Valid << "";
    QTest::newRow("CH") << "CH93 0076 2011 6238 5295 7" << Level::Valid << "";
    QTest::newRow("GB") << "GB29 NWBK 6016 1331 9268 19" << Level::Valid << "";
    QTest::newRow("NL") << "NL91 ABNA 0417 1643 00" << Level::Valid << "";
    QTest::newRow("PT") << "PT50 0002 0123 1234 5678 9015 4" << Level::Valid << "";
    QTest::newRow("AT") << "AT61 1904 3002 3457 3201" << Level::Valid << "";
    QTest::newRow("NO, shortest") << "NO93 8601 1117 947" << Level::Valid << "";
    QTest::newRow("MT, letters") << "MT84 MALT 0110 0001 2345 MTLC AST0 01S" << Level::Valid << "";
    QTest::newRow("XK, not in the table") << "XK05 1212 0123 4567 8906" << Level::Valid << "";
    QTest::newRow("SA, not in the table") << "SA03 8000 0000 6080 1016 7519" << Level::Valid << "";
    QTest::newRow("check digits 02") << "FR0230006000010000000007789" << Level::Valid << "";
    QTest::newRow("check digits 98") << "FR9830006000010000000008389" << Level::Valid << "";
    QTest::newRow("check digits 97") << "FR9730006000010000000008989" << Level::Valid << "";

    QTest::newRow("last digit wrong")
        << "FR76 3000 6000 0112 3456 7890 188" << Level::Invalid << "mod 97";
    QTest::newRow("swapped digits")
        << "FR76 3000 6000 0112 3456 7890 819" << Level::Invalid << "mod 97";
    QTest::newRow("wrong check digits")
        << "FR77 3000 6000 0112 3456 7890 189" << Level::Invalid << "mod 97";
    QTest::newRow("wrong country") << "BE76 3000 6000 0112 3456 7890 189" << Level::Invalid
                                   << "BE has 16 characters; this one has 27";
    QTest::newRow("FR one short") << "FR76 3000 6000 0112 3456 7890 18" << Level::Invalid
                                  << "FR has 27 characters; this one has 26";
    QTest::newRow("DE one long") << "DE89 3704 0044 0532 0130 000" << Level::Invalid
                                 << "DE has 22 characters; this one has 23";
    QTest::newRow("unknown country, too short")
        << "XK05 1212 0123 45" << Level::Invalid << "15 to 34 characters; this one has 14";
    QTest::newRow("unknown country, too long")
        << "XK05 1212 0123 4567 8906 1212 0123 4567 890" << Level::Invalid
        << "15 to 34 characters; this one has 35";
    // 01, 99 and 00 pass mod 97 exactly like 98, 02 and 97 above, but are never issued.
    QTest::newRow("check digits 01")
        << "FR0130006000010000000008389" << Level::Invalid << "02 to 98; these are 01";
    QTest::newRow("check digits 99")
        << "FR9930006000010000000007789" << Level::Invalid << "02 to 98; these are 99";
    QTest::newRow("check digits 00")
        << "FR0030006000010000000008989" << Level::Invalid << "02 to 98; these are 00";
    QTest::newRow("letters as check digits")
        << "FRAB30006000011234567890189" << Level::Invalid << "\"AB\"";
    QTest::newRow("no country code")
        << "7630006000011234567890189" << Level::Invalid << "starts with \"76\"";
    QTest::newRow("dash") << "FR76-3000-6000-0112-3456-7890-189" << Level::Invalid << "\"-\"";
    QTest::newRow("accented letter")
        << "FR76 3000 6000 0112 3456 7890 18É" << Level::Invalid << "\"É\"";
    QTest::newRow("country only") << "F" << Level::Invalid << "two-letter country code";
    QTest::newRow("empty") << "" << Level::Invalid << "No IBAN";
}

void tst_Validators::iban()
{
    QFETCH(QString, input);
    check(Validators::iban(input));
}

void tst_Validators::normalizedIban()
{
    QCOMPARE(Validators::normalizedIban(QStringLiteral(" fr76 3000 6000 0112 3456 7890 189 ")),
             QStringLiteral("FR7630006000011234567890189"));
    QCOMPARE(Validators::normalizedIban(QString()), QString());
}

QTEST_GUILESS_MAIN(tst_Validators)

#include "tst_validators.moc"
