// What the Synchronisation page says of a refused change: the server's PostgreSQL wording
// turned into a sentence for the user, the server's own rule messages kept, the sync's own
// refusals (already worded) left as they are. The server's words come from real refusals
// (tests/sync attacks record them); the page keeps them as the detail.

#include <core/sync/refusalreason.h>

#include <QTest>

using namespace Civitas;

class tst_RefusalReason : public QObject
{
    Q_OBJECT

private slots:
    void plain_data();
    void plain();
};

void tst_RefusalReason::plain_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("keeps");
    QTest::newRow("row-level security")
        << "ERROR:  new row violates row-level security policy for table \"town_settings\"\n"
        << "may not make this change"
        << "";
    QTest::newRow("no grant") << "ERROR:  permission denied for table town_files\n"
                              << "may not make this change"
                              << "";
    QTest::newRow("file of another login")
        << "ERROR:  file 3f2a was not uploaded by tl_agent\nCONTEXT:  PL/pgSQL function "
           "civitas.check_file_reference() line 20 at RAISE\n"
        << "has not reached the server from this desk"
        << "";
    QTest::newRow("unique") << "ERROR:  duplicate key value violates unique constraint "
                               "\"agents_registration_number_key\"\nDETAIL:  Key "
                               "(registration_number)=(P009) already exists.\n"
                            << "Another record already has this value"
                            << "";
    QTest::newRow("foreign key") << "ERROR:  insert or update on table \"agents\" violates "
                                    "foreign key constraint \"agents_org_unit_id_fkey\"\n"
                                 << "refers to another the server does not have"
                                 << "";
    QTest::newRow("file type") << "ERROR:  a file of type application/pdf cannot go in "
                                  "town_files.content_sha256\n"
                               << "not of a type this record takes"
                               << "";
    QTest::newRow("a rule of the server, its words kept")
        << "ERROR:  town/siret: not a valid SIRET (14 digits passing the Luhn check; La Poste by "
           "the sum of its digits)\nCONTEXT:  PL/pgSQL function civitas.check_town_setting()\n"
        << "The server refused this change"
        << "town/siret: not a valid SIRET (14 digits passing the Luhn check; La Poste by the sum "
           "of its digits)";
    QTest::newRow("a check constraint")
        << "ERROR:  new row for relation \"town_files\" violates check constraint "
           "\"town_file_at_most_2_mib\"\n"
        << "The server's rules refuse a value"
        << "town_file_at_most_2_mib";
    QTest::newRow("the sync's own words") << "The server does not let you change this record."
                                          << "The server does not let you change this record."
                                          << "";
}

void tst_RefusalReason::plain()
{
    QFETCH(QString, server);
    QFETCH(QString, says);
    QFETCH(QString, keeps);
    const QString sentence = RefusalReason::plain(server);
    QVERIFY2(sentence.contains(says), qPrintable(sentence));
    if (!keeps.isEmpty())
        QVERIFY2(sentence.contains(keeps), qPrintable(sentence));
    // Never the driver's decorations.
    QVERIFY2(!sentence.contains(QLatin1String("ERROR")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QLatin1String("CONTEXT")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(u'\n'), qPrintable(sentence));
}

QTEST_GUILESS_MAIN(tst_RefusalReason)
#include "tst_refusalreason.moc"
