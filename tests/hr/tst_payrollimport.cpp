#include "hrtestdesk.h"

#include <hr/store/agentfilestore.h>
#include <hr/store/payrollimport.h>

#include <QTest>

using namespace Civitas;
using namespace Civitas::Hr;

namespace {

// What Excel writes as "CSV" on a French Windows: Latin-1, plus the 0x80-0x9F printable block.
QByteArray windows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c == QChar(0x0153))
            out += char(0x9C); // œ
        else if (c == QChar(0x0152))
            out += char(0x8C); // Œ
        else if (c == QChar(0x2019))
            out += char(0x92); // ’
        else if (c.unicode() < 0x100 && (c.unicode() < 0x80 || c.unicode() > 0x9F))
            out += char(c.unicode());
        else
            qFatal("not in Windows-1252");
    }
    return out;
}

const QString goodHeader = QStringLiteral(
    "Matricule;Nom de naissance;Nom d'usage;Prénom(s);Sexe;Date de naissance;N° sécurité sociale;"
    "Statut;Code service;Intitulé de poste;Date d'entrée;Catégorie;Filière;Cadre d'emplois;Grade;"
    "Échelon;IB;IM");

QString firstAgent(const QString &postTitle = QStringLiteral("Gestionnaire de paie"))
{
    return QStringLiteral(
               "100001;MARTIN;DURAND;Éloïse;F;15/03/1985;%1;Titulaire;DRH-CP;%2;01/09/2010;"
               "C;Administrative;Adjoints administratifs;Adjoint administratif principal de 2e "
               "classe;"
               "5;412;368")
        .arg(validNir(QStringLiteral("2850369029123")), postTitle);
}

QString secondAgent(int echelon = 3)
{
    return QStringLiteral(
               "100002;LEFÈVRE;;Gaëtan;M;1979-11-02;%1;Stagiaire;Voirie;Responsable des œuvres;"
               "2015-01-01;C;Technique;Adjoints techniques;Adjoint technique;%2;368;341")
        .arg(validNir(QStringLiteral("1791169123045")))
        .arg(echelon);
}

QString goodFile(const QString &first = firstAgent(), const QString &second = secondAgent())
{
    return goodHeader + QStringLiteral("\r\n") + first + QStringLiteral("\r\n") + second
           + QStringLiteral("\r\n");
}

bool hasProblem(const PayrollImport &import,
                int line,
                const QString &column,
                PayrollImport::Level level,
                const QString &messagePart)
{
    for (const PayrollImport::Problem &p : import.problems()) {
        if (p.line == line && p.column == column && p.level == level
            && p.message.contains(messagePart))
            return true;
    }
    return false;
}

QString describe(const PayrollImport &import)
{
    QStringList lines;
    for (const PayrollImport::Problem &p : import.problems())
        lines << QStringLiteral("%1 [%2] %3%4")
                     .arg(p.line)
                     .arg(p.column,
                          p.message,
                          p.level == PayrollImport::Level::Warning ? QStringLiteral(" (warning)")
                                                                   : QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_PayrollImport : public QObject
{
    Q_OBJECT

private slots:
    void guessesTheMappingFromFrenchHeaders();
    void importsUtf8File();
    void importsWindows1252File();
    void reportsEachBadLine();
    void wrongEncodingIsReportedWithItsLine();
    void reimportUpdatesInsteadOfDuplicating();
    void cancelWritesNothing();
    void decisionReferenceMakesAPosition();
    void callerCanChangeTheMapping();
    void leadingZerosDroppedBySpreadsheetsStillMatch();
    void unreadableAgentsRefuseTheLine();
    void formulaCellsAreRefusedWithLineAndColumn();

private:
    void prepare(HrTestDesk &desk)
    {
        QVERIFY(desk.open());
        desk.addUnit(QStringLiteral("DRH-CP"), QStringLiteral("Carrières et paie"));
        desk.addUnit(QStringLiteral("DST-V"), QStringLiteral("Voirie"));
    }
};

void tst_PayrollImport::guessesTheMappingFromFrenchHeaders()
{
    HrTestDesk desk;
    QVERIFY(desk.open());
    PayrollImport import(desk.database());
    import.setData(
        QStringLiteral("MATRICULE,NOM,NOM DE NAISSANCE,PRENOMS,N° SECURITE SOCIALE,"
                       "Date d'entrée dans la collectivité,IM,IB,Service,Échelon,statut\n"
                       "1,A,B,C,1,01/01/2020,300,350,X,1,titulaire\n")
            .toUtf8());
    QCOMPARE(import.separator(), QLatin1Char(','));
    QCOMPARE(import.column(PayrollImport::RegistrationNumber), 0);
    QCOMPARE(import.column(PayrollImport::UsageName), 1); // "Nom" beside "Nom de naissance"
    QCOMPARE(import.column(PayrollImport::BirthName), 2);
    QCOMPARE(import.column(PayrollImport::FirstNames), 3);
    QCOMPARE(import.column(PayrollImport::Nir), 4);
    QCOMPARE(import.column(PayrollImport::EntryDate), 5);
    QCOMPARE(import.column(PayrollImport::IncreasedIndex), 6);
    QCOMPARE(import.column(PayrollImport::GrossIndex), 7);
    QCOMPARE(import.column(PayrollImport::OrgUnit), 8);
    QCOMPARE(import.column(PayrollImport::Echelon), 9);
    QCOMPARE(import.column(PayrollImport::Status), 10);
    QCOMPARE(import.column(PayrollImport::Sex), -1);

    // "Nom" alone is the birth name.
    import.setData(QByteArrayLiteral("Matricule\tNom\tPrénom\n1\tA\tB\n"));
    QCOMPARE(import.separator(), QLatin1Char('\t'));
    QCOMPARE(import.column(PayrollImport::BirthName), 1);
    QCOMPARE(import.column(PayrollImport::UsageName), -1);
    QCOMPARE(import.column(PayrollImport::FirstNames), 2);
}

void tst_PayrollImport::importsUtf8File()
{
    HrTestDesk desk;
    prepare(desk);
    PayrollImport import(desk.database());
    import.setData(QByteArray("\xEF\xBB\xBF") + goodFile().toUtf8());
    QVERIFY2(import.analyse(), qPrintable(describe(import)));
    QCOMPARE(import.effectiveEncoding(), PayrollImport::Encoding::Utf8);
    QCOMPARE(import.createCount(), 2);
    QCOMPARE(import.updateCount(), 0);
    QCOMPARE(import.errorCount(), 0);
    // Analysing writes nothing.
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 0);

    QString error;
    int calls = 0;
    QCOMPARE(import.apply(
                 [&](int done, int total) {
                     ++calls;
                     return done <= total;
                 },
                 &error),
             PayrollImport::ApplyResult::Applied);
    QCOMPARE(calls, 2);
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 2);
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT first_names FROM agents WHERE registration_number = '100001'"))
                 .toString(),
             QStringLiteral("Éloïse"));
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT birth_name FROM agents WHERE registration_number = '100002'"))
                 .toString(),
             QStringLiteral("LEFÈVRE"));
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT usage_name FROM agents WHERE registration_number = '100002'"))
                 .toString(),
             QString());
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT o.code FROM agents a JOIN org_units o ON o.id = a.org_unit_id "
                            "WHERE a.registration_number = '100002'"))
                 .toString(),
             QStringLiteral("DST-V")); // found by its name, "Voirie"
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT d.status FROM agent_details d JOIN agents a ON a.id = d.id "
                            "WHERE a.registration_number = '100002'"))
                 .toString(),
             QStringLiteral("trainee"));
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT d.birth_date FROM agent_details d JOIN agents a ON a.id = d.id "
                            "WHERE a.registration_number = '100002'"))
                 .toString(),
             QStringLiteral("1979-11-02"));
    // The career step from the entry date; full time 37h30 on five days; no position without a
    // decision.
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT c.effective_date || ' ' || c.sector || ' ' || c.echelon || ' ' "
                            "|| c.gross_index || ' ' || c.increased_index || ' ' || c.reason "
                            "FROM career_steps c JOIN agents a ON a.id = c.agent_id "
                            "WHERE a.registration_number = '100001'"))
                 .toString(),
             QStringLiteral("2010-09-01 administrative 5 412 368 recruitment"));
    QCOMPARE(desk
                 .value(QStringLiteral(
                     "SELECT w.kind || ' ' || w.weekly_minutes || ' ' || w.weekly_pattern || ' ' "
                     "|| w.effective_date FROM working_times w JOIN agents a ON a.id = w.agent_id "
                     "WHERE a.registration_number = '100002'"))
                 .toString(),
             QStringLiteral("full_time 2250 11111111110000 2015-01-01"));
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM statutory_positions")), 0);
    QCOMPARE(
        desk.value(QStringLiteral(
                       "SELECT grade FROM local_agent_current c JOIN agents a ON a.id = c.agent_id "
                       "WHERE a.registration_number = '100002'"))
            .toString(),
        QStringLiteral("Adjoint technique"));
    // Change capture saw the new rows.
    QCOMPARE(
        desk.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'agents' "
                                  "AND operation = 'insert'")),
        2);
    QCOMPARE(desk.count(QStringLiteral(
                 "SELECT count(*) FROM sync_outbox WHERE table_name = 'career_steps'")),
             2);
}

void tst_PayrollImport::importsWindows1252File()
{
    HrTestDesk desk;
    prepare(desk);
    PayrollImport import(desk.database());
    import.setData(windows1252(goodFile()));
    QVERIFY2(import.analyse(), qPrintable(describe(import)));
    QCOMPARE(import.effectiveEncoding(), PayrollImport::Encoding::Windows1252);
    QCOMPARE(import.column(PayrollImport::FirstNames), 3); // "Prénom(s)" read right
    QCOMPARE(import.column(PayrollImport::Echelon), 15);   // "Échelon"
    QCOMPARE(import.createCount(), 2);
    QString error;
    QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT first_names FROM agents WHERE registration_number = '100001'"))
                 .toString(),
             QStringLiteral("Éloïse"));
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT post_title FROM agents WHERE registration_number = '100002'"))
                 .toString(),
             QStringLiteral("Responsable des œuvres")); // 0x9C is œ in Windows-1252, not a control
}

void tst_PayrollImport::reportsEachBadLine()
{
    HrTestDesk desk;
    prepare(desk);
    const QString header = QStringLiteral(
        "Matricule;Nom;Prénom;Sexe;Date de naissance;NIR;Statut;Service;Date d'entrée");
    const QString nirF = validNir(QStringLiteral("2900169123001"));
    const QString nirM = validNir(QStringLiteral("1900169123002"));
    const QStringList lines = {
        header,
        QStringLiteral(
            "200001;ROUX;Anne;F;01/01/1990;1234;Titulaire;DRH-CP;01/01/2020"), // 2 invalid NIR
        QStringLiteral("200002;ROUX;Anne;F;01/01/1990;%1;Titulaire;XYZ;01/01/2020")
            .arg(nirF), // 3 unknown unit
        QStringLiteral("200003;BLANC;Paul;M;01/01/1990;%1;Titulaire;DRH-CP;01/01/2020")
            .arg(nirM),                                                               // 4 good
        QStringLiteral("200003;NOIR;Paul;M;01/01/1990;;Titulaire;DRH-CP;01/01/2020"), // 5 duplicate
        QStringLiteral(
            "200004;VERT;Luc;M;31/02/1990;;Titulaire;DRH-CP;01/01/2020"), // 6 unreadable date
        QStringLiteral(
            "200005;GRIS;;F;01/01/1990;;Titulaire;DRH-CP;01/01/2020"), // 7 no first names
        QStringLiteral(
            "200006;BRUN;Léa;F;01/01/1990;;Vacataire;DRH-CP;01/01/2020"), // 8 unknown status
        QStringLiteral("200007;DUPONT"),                                  // 9 too few fields
        QStringLiteral("200008;ROSE;Marc;M;01/01/1990;%1;Titulaire;DRH-CP;01/01/2020")
            .arg(nirF), // 10 NIR says F
    };
    PayrollImport import(desk.database());
    import.setData(lines.join(QLatin1Char('\n')).toUtf8());
    QVERIFY(!import.analyse());
    const QString report = describe(import);
    using L = PayrollImport::Level;
    QVERIFY2(hasProblem(import, 2, QStringLiteral("NIR"), L::Error, QStringLiteral("invalid NIR")),
             qPrintable(report));
    QVERIFY2(
        hasProblem(import, 3, QStringLiteral("Service"), L::Error, QStringLiteral("unknown unit")),
        qPrintable(report));
    QVERIFY2(
        hasProblem(
            import, 5, QStringLiteral("Matricule"), L::Error, QStringLiteral("already on line 4")),
        qPrintable(report));
    QVERIFY2(hasProblem(import,
                        6,
                        QStringLiteral("Date de naissance"),
                        L::Error,
                        QStringLiteral("unreadable date")),
             qPrintable(report));
    QVERIFY2(hasProblem(import,
                        7,
                        QStringLiteral("Prénom"),
                        L::Error,
                        QStringLiteral("missing required value")),
             qPrintable(report));
    QVERIFY2(
        hasProblem(
            import, 8, QStringLiteral("Statut"), L::Error, QStringLiteral("unknown status code")),
        qPrintable(report));
    QVERIFY2(hasProblem(
                 import, 9, QString(), L::Error, QStringLiteral("2 fields where the header has 9")),
             qPrintable(report));
    QVERIFY2(hasProblem(import, 10, QStringLiteral("NIR"), L::Warning, QString()),
             qPrintable(report));
    QCOMPARE(import.errorCount(), 7);
    for (const PayrollImport::Problem &p : import.problems())
        QVERIFY2(p.line != 4, qPrintable(report)); // the good line has nothing to say
    QCOMPARE(import.createCount(), 2);             // lines 4 and 10
    QVERIFY(!import.canApply());

    QString error;
    QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Failed);
    QVERIFY(!error.isEmpty());
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 0);
    QCOMPARE(
        desk.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'agents'")),
        0);
}

void tst_PayrollImport::wrongEncodingIsReportedWithItsLine()
{
    HrTestDesk desk;
    prepare(desk);
    PayrollImport import(desk.database());
    // Windows-1252 bytes read as UTF-8: lines 2 (Éloïse) and 3 (LEFÈVRE) are not UTF-8; the header
    // line 1 is not either ("Prénom").
    import.setData(windows1252(goodFile()));
    import.setEncoding(PayrollImport::Encoding::Utf8);
    QVERIFY(!import.analyse());
    QList<int> lines;
    for (const PayrollImport::Problem &p : import.problems()) {
        QVERIFY(p.message.contains(QLatin1String("wrong encoding")));
        lines << p.line;
    }
    QCOMPARE(lines, (QList<int>{1, 2, 3}));
    QString error;
    QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Failed);

    // Automatic reads the same bytes as Windows-1252.
    import.setEncoding(PayrollImport::Encoding::Automatic);
    QVERIFY2(import.analyse(), qPrintable(describe(import)));

    // UTF-8 forced to Windows-1252 would garble the names.
    import.setData(goodFile().toUtf8());
    import.setEncoding(PayrollImport::Encoding::Windows1252);
    QVERIFY(!import.analyse());
    QVERIFY2(
        hasProblem(
            import, 1, QString(), PayrollImport::Level::Error, QStringLiteral("wrong encoding")),
        qPrintable(describe(import)));

    // A byte order mark says UTF-8: a Windows-1252 byte after it is an error on its line.
    import.setEncoding(PayrollImport::Encoding::Automatic);
    import.setData(QByteArray("\xEF\xBB\xBF") + goodHeader.toUtf8() + "\n" + firstAgent().toUtf8()
                   + "\n" + windows1252(secondAgent()) + "\n");
    QVERIFY(!import.analyse());
    QCOMPARE(import.errorCount(), 1);
    QVERIFY2(
        hasProblem(
            import, 3, QString(), PayrollImport::Level::Error, QStringLiteral("wrong encoding")),
        qPrintable(describe(import)));
    QCOMPARE(import.createCount(), 1); // line 2 is still checked
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 0);

    // The same without the mark (the file): the header's "Prénom" and line 2 are UTF-8,
    // so the file is; Automatic names line 3 alone instead of reading the whole file as
    // Windows-1252 ("PrÃ©nom", three columns unmapped, every line refused).
    import.setData(goodHeader.toUtf8() + "\n" + firstAgent().toUtf8() + "\n"
                   + windows1252(secondAgent()) + "\n");
    QVERIFY(!import.analyse());
    QCOMPARE(import.effectiveEncoding(), PayrollImport::Encoding::Utf8);
    QCOMPARE(import.errorCount(), 1);
    QVERIFY2(
        hasProblem(
            import, 3, QString(), PayrollImport::Level::Error, QStringLiteral("as the rest of")),
        qPrintable(describe(import)));
    QVERIFY2(import.header().contains(QStringLiteral("Prénom(s)")),
             qPrintable(import.header().join(u'|')));
    QCOMPARE(import.createCount(), 1);
}

void tst_PayrollImport::reimportUpdatesInsteadOfDuplicating()
{
    HrTestDesk desk;
    prepare(desk);
    QString error;
    {
        PayrollImport import(desk.database());
        import.setData(goodFile().toUtf8());
        QVERIFY2(import.analyse(), qPrintable(describe(import)));
        QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);
    }
    const QString firstId
        = desk.value(QStringLiteral("SELECT id FROM agents WHERE registration_number = '100001'"))
              .toString();
    const QString secondId
        = desk.value(QStringLiteral("SELECT id FROM agents WHERE registration_number = '100002'"))
              .toString();
    const int outboxBefore = desk.count(QStringLiteral("SELECT count(*) FROM sync_outbox"));

    // The same file again changes nothing.
    {
        PayrollImport import(desk.database());
        import.setData(goodFile().toUtf8());
        QVERIFY2(import.analyse(), qPrintable(describe(import)));
        QCOMPARE(import.createCount(), 0);
        QCOMPARE(import.updateCount(), 0);
        QCOMPARE(import.unchangedCount(), 2);
        QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore);
    }

    // A new post title for the first, a new echelon for the second.
    PayrollImport import(desk.database());
    import.setData(
        goodFile(firstAgent(QStringLiteral("Responsable paie")), secondAgent(4)).toUtf8());
    QVERIFY2(import.analyse(), qPrintable(describe(import)));
    QCOMPARE(import.createCount(), 0);
    QCOMPARE(import.updateCount(), 2);
    const QList<PayrollImport::LineResult> results = import.results();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).agentId, firstId);
    QCOMPARE(results.at(0).changes.size(), 1);
    QCOMPARE(results.at(0).changes.at(0).what, PayrollImport::fieldLabel(PayrollImport::PostTitle));
    QCOMPARE(results.at(0).changes.at(0).before, QStringLiteral("Gestionnaire de paie"));
    QCOMPARE(results.at(0).changes.at(0).after, QStringLiteral("Responsable paie"));
    QCOMPARE(results.at(1).changes.size(), 1); // the career only
    QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);

    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 2);
    QCOMPARE(desk.value(QStringLiteral("SELECT post_title FROM agents WHERE id = ?"), {firstId})
                 .toString(),
             QStringLiteral("Responsable paie"));
    QCOMPARE(
        desk.count(QStringLiteral(
                       "SELECT count(*) FROM sync_outbox WHERE table_name = 'agents' "
                       "AND operation = 'update' AND row_id = ? AND changed LIKE '%post_title%'"),
                   {firstId}),
        1);
    // A second career step from today; the first one stays in the history.
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM career_steps WHERE agent_id = ?"),
                        {secondId}),
             2);
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM career_steps WHERE agent_id = ?"),
                        {firstId}),
             1);
    QCOMPARE(desk.value(QStringLiteral("SELECT effective_date FROM career_steps WHERE agent_id = ? "
                                       "ORDER BY effective_date DESC LIMIT 1"),
                        {secondId})
                 .toString(),
             QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(
        desk.value(QStringLiteral("SELECT echelon FROM local_agent_current WHERE agent_id = ?"),
                   {secondId})
            .toInt(),
        4);
    // Still one working time each: the import does not stack them.
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM working_times")), 2);
}

void tst_PayrollImport::cancelWritesNothing()
{
    HrTestDesk desk;
    prepare(desk);
    const int outboxBefore = desk.count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    for (int cancelAt : {1, 2}) {
        PayrollImport import(desk.database());
        import.setData(goodFile().toUtf8());
        QVERIFY2(import.analyse(), qPrintable(describe(import)));
        QString error;
        int seen = 0;
        QCOMPARE(import.apply(
                     [&](int done, int) {
                         seen = done;
                         return done < cancelAt;
                     },
                     &error),
                 PayrollImport::ApplyResult::Cancelled);
        QCOMPARE(seen, cancelAt);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 0);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM career_steps")), 0);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore);
    }
    // The connection is usable afterwards: the transaction was rolled back, not left open.
    PayrollImport import(desk.database());
    import.setData(goodFile().toUtf8());
    QVERIFY(import.analyse());
    QString error;
    QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 2);
}

void tst_PayrollImport::decisionReferenceMakesAPosition()
{
    HrTestDesk desk;
    prepare(desk);
    PayrollImport import(desk.database());
    import.setData(
        QStringLiteral("Matricule;Nom;Prénom;Sexe;Statut;Date d'entrée;N° arrêté;Quotité\n"
                       "300001;PETIT;Jean;M;Titulaire;01/02/2021;AR-2021-014;80 %\n"
                       "300002;GRAND;Jeanne;F;Titulaire;01/02/2021;;28/35\n")
            .toUtf8());
    QVERIFY2(import.analyse(), qPrintable(describe(import)));
    QString error;
    QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);
    QCOMPARE(
        desk.value(QStringLiteral(
                       "SELECT p.position || ' ' || p.start_date || ' ' || p.decision_reference "
                       "FROM statutory_positions p JOIN agents a ON a.id = p.agent_id "
                       "WHERE a.registration_number = '300001'"))
            .toString(),
        QStringLiteral("active 2021-02-01 AR-2021-014"));
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM statutory_positions")), 1);
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT w.kind || ' ' || w.part_time_rate || ' ' || w.weekly_minutes "
                            "FROM working_times w JOIN agents a ON a.id = w.agent_id "
                            "WHERE a.registration_number = '300001'"))
                 .toString(),
             QStringLiteral("part_time 80 1800"));
    QCOMPARE(
        desk.value(QStringLiteral(
                       "SELECT w.kind || ' ' || w.thirty_fifths FROM working_times w "
                       "JOIN agents a ON a.id = w.agent_id WHERE a.registration_number = '300002'"))
            .toString(),
        QStringLiteral("non_full_time 28"));
}

void tst_PayrollImport::callerCanChangeTheMapping()
{
    HrTestDesk desk;
    prepare(desk);
    PayrollImport import(desk.database());
    // The payroll program calls the registration number "Code"; nothing guesses that.
    import.setData(QByteArrayLiteral("Code;Nom;Prénom;Sexe;Statut;Date d'entrée;Commentaire\n"
                                     "400001;HAUT;Marie;F;TIT;2022-03-01;31/31/2020\n"));
    QCOMPARE(import.column(PayrollImport::RegistrationNumber), -1);
    QVERIFY(!import.analyse());
    QVERIFY(hasProblem(
        import, 0, QString(), PayrollImport::Level::Error, QStringLiteral("registration number")));
    import.setColumn(PayrollImport::RegistrationNumber, 0);
    QVERIFY2(import.analyse(), qPrintable(describe(import)));
    // A column mapped by hand is read: here a wrong one, whose date is unreadable.
    import.setColumn(PayrollImport::BirthDate, 6);
    QVERIFY(!import.analyse());
    QVERIFY(hasProblem(import,
                       2,
                       QStringLiteral("Commentaire"),
                       PayrollImport::Level::Error,
                       QStringLiteral("unreadable date")));
    import.setColumn(PayrollImport::BirthDate, -1);
    QVERIFY(import.analyse());
    QString error;
    QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);
    QCOMPARE(desk.value(QStringLiteral("SELECT registration_number FROM agents")).toString(),
             QStringLiteral("400001"));
}

void tst_PayrollImport::leadingZerosDroppedBySpreadsheetsStillMatch()
{
    HrTestDesk desk;
    prepare(desk);
    const QString header
        = QStringLiteral("Matricule;Nom;Prénom;Sexe;Statut;Date d'entrée;Intitulé de poste\n");
    QString error;
    {
        PayrollImport import(desk.database());
        import.setData(
            (header + QStringLiteral("000777;HAUT;Marie;F;Titulaire;2022-03-01;Archiviste\n"))
                .toUtf8());
        QVERIFY2(import.analyse(), qPrintable(describe(import)));
        QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);
    }
    PayrollImport import(desk.database());
    import.setData((header
                    + QStringLiteral("777;HAUT;Marie;F;Titulaire;2022-03-01;Archiviste principale\n"
                                     "0777;HAUT;Marie;F;Titulaire;2022-03-01;Archiviste\n"))
                       .toUtf8());
    QVERIFY(!import.analyse());
    QVERIFY2(hasProblem(import,
                        3,
                        QStringLiteral("Matricule"),
                        PayrollImport::Level::Error,
                        QStringLiteral("already on line 2")),
             qPrintable(describe(import)));
    QCOMPARE(import.updateCount(), 1);
    QCOMPARE(import.createCount(), 0);
    import.setData(
        (header + QStringLiteral("777;HAUT;Marie;F;Titulaire;2022-03-01;Archiviste principale\n"))
            .toUtf8());
    QVERIFY2(import.analyse(), qPrintable(describe(import)));
    QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 1);
    // The number the file keeps is the local file's.
    QCOMPARE(
        desk.value(QStringLiteral("SELECT registration_number || ' ' || post_title FROM agents"))
            .toString(),
        QStringLiteral("000777 Archiviste principale"));
}

// An agent that cannot be looked up is not taken for a new one (which would be created twice):
// the line is refused with the reason.
void tst_PayrollImport::unreadableAgentsRefuseTheLine()
{
    HrTestDesk desk;
    prepare(desk);
    QString error;
    {
        PayrollImport import(desk.database());
        import.setData(goodFile().toUtf8());
        QVERIFY2(import.analyse(), qPrintable(describe(import)));
        QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Applied);
    }
    PayrollImport import(desk.database());
    import.setData(goodFile().toUtf8());
    // The agents made unreadable in a transaction rolled back.
    desk.value(QStringLiteral("BEGIN"));
    desk.value(QStringLiteral("ALTER TABLE agents RENAME TO agents_gone"));
    const bool analysed = import.analyse();
    desk.value(QStringLiteral("ROLLBACK"));
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents WHERE registration_number = "
                                       "'100001'")),
             1);
    QVERIFY(!analysed);
    QCOMPARE(import.createCount(), 0);
    QVERIFY2(
        hasProblem(import, 2, QStringLiteral("Matricule"), PayrollImport::Level::Error, QString()),
        qPrintable(describe(import)));
    QVERIFY2(
        hasProblem(import, 3, QStringLiteral("Matricule"), PayrollImport::Level::Error, QString()),
        qPrintable(describe(import)));
}

void tst_PayrollImport::formulaCellsAreRefusedWithLineAndColumn()
{
    HrTestDesk desk;
    prepare(desk);
    const QString first = firstAgent(QStringLiteral("=1+cmd|' /C calc'!A0"));
    const QString second
        = QString(secondAgent()).replace(QStringLiteral("Gaëtan"), QStringLiteral("@SUM(A1:A9)"));
    PayrollImport import(desk.database());
    import.setData(goodFile(first, second).toUtf8());
    QVERIFY(!import.analyse());
    const QString report = describe(import);
    using L = PayrollImport::Level;
    QVERIFY2(hasProblem(import,
                        2,
                        QStringLiteral("Intitulé de poste"),
                        L::Error,
                        QStringLiteral("column 10 holds \"=1+cmd")),
             qPrintable(report));
    QVERIFY2(hasProblem(import,
                        3,
                        QStringLiteral("Prénom(s)"),
                        L::Error,
                        QStringLiteral("column 4 holds \"@SUM(A1:A9)\", which a spreadsheet")),
             qPrintable(report));
    QVERIFY(!import.canApply());
    QString error;
    QCOMPARE(import.apply({}, &error), PayrollImport::ApplyResult::Failed);
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 0);

    // A negative number is a number: a range error at most, never a formula.
    PayrollImport negative(desk.database());
    negative.setData(goodFile(firstAgent(), secondAgent(-3)).toUtf8());
    negative.analyse();
    for (const PayrollImport::Problem &p : negative.problems())
        QVERIFY2(!p.message.contains(QStringLiteral("formula")), qPrintable(describe(negative)));
}

QTEST_MAIN(tst_PayrollImport)
#include "tst_payrollimport.moc"
