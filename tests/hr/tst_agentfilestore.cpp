// The agent file as stored: saving and loading, field-level updates, the rules (NIR,
// overlapping positions, dates), current values derived from the histories, documents.

#include "hrdemodesk.h"

#include <hr/demo/demopdf.h>
#include <hr/domain/agentfilerules.h>
#include <hr/store/agentcurrentvalues.h>
#include <hr/store/agentfilestore.h>

#include <core/files/filestore.h>
#include <hr/store/fieldhistory.h>

#include <core/french/validators.h>
#include <core/storage/localsettings.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Civitas;
using namespace Civitas::Hr;

class tst_AgentFileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newFileIsSavedAndLoaded();
    void onlyChangedFieldsAreWritten();
    void nirCases_data();
    void nirCases();
    void overlappingPositionsAreRefused();
    void adjacentPositionsAreAccepted();
    void careerStepRuleIsOneRule();
    void currentValuesComeFromTheHistory();
    void currentValuesFollowTheCalendar();
    void registrationNumberIsUnique();
    void overlongTextsAreRefusedByName();
    void documentsAreNumberedWithoutGaps();
    void documentTypeAndSizeAreChecked();
    void fieldHistoryShowsEachChange();
    void readsAreLogged();
    void demoNirsAreValid();

private:
    AgentFile newFile(const QString &registration = QStringLiteral("900001"));

    HrDemoDesk *m_desk = nullptr;
};

void tst_AgentFileStore::init()
{
    m_desk = new HrDemoDesk;
    QVERIFY(m_desk->open(30));
    QVERIFY(m_desk->logIn(QStringLiteral("nbenali")));
}

void tst_AgentFileStore::cleanup()
{
    delete m_desk;
}

AgentFile tst_AgentFileStore::newFile(const QString &registration)
{
    AgentFile f;
    f.agent.registrationNumber = registration;
    f.agent.birthName = QStringLiteral("LEGRAND");
    f.agent.firstNames = QStringLiteral("Zoé Marie");
    f.agent.sex = QStringLiteral("F");
    f.agent.birthDate = QDate(1995, 10, 3);
    f.agent.nir = QStringLiteral("2 95 10 99 126 111 93");
    f.agent.status = QStringLiteral("tenured");
    f.agent.entryDate = QDate(2020, 3, 1);
    f.agent.orgUnitId
        = m_desk->value(QStringLiteral("SELECT id FROM org_units WHERE code = 'DRH-CP'"))
              .toString();
    f.careerSteps.append({{},
                          QDate(2020, 3, 1),
                          QStringLiteral("C"),
                          QStringLiteral("administrative"),
                          QStringLiteral("Adjoints administratifs territoriaux"),
                          QStringLiteral("Adjoint administratif"),
                          1,
                          367,
                          366,
                          QStringLiteral("recruitment"),
                          QStringLiteral("ARR-2020-1"),
                          {}});
    f.positions.append({{},
                        QStringLiteral("active"),
                        QDate(2020, 3, 1),
                        {},
                        QStringLiteral("ARR-2020-1"),
                        QDate(2020, 2, 10)});
    f.workingTimes.append(WorkingTime{{}, QDate(2020, 3, 1)});
    return f;
}

void tst_AgentFileStore::overlongTextsAreRefusedByName()
{
    // The server refuses them (database/central/hr/0002): the desk says which field first.
    AgentFileStore store(m_desk->database());
    AgentFile f = newFile();
    f.agent.birthName = QString(201, QLatin1Char('A'));
    f.agent.address = QString(501, QLatin1Char('r'));
    f.careerSteps[0].grade = QString(5000, QLatin1Char('g'));
    QString error;
    QVERIFY(!store.save({}, f, &error));
    QVERIFY2(error.contains(QLatin1String("Birth name: at most 200 characters (201 given).")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Address: at most 500 characters")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Grade: at most 200 characters")), qPrintable(error));
    QCOMPARE(
        m_desk->count(QStringLiteral("SELECT count(*) FROM agents WHERE length(birth_name) > 200")),
        0);
    // At the limit, saved.
    f.agent.birthName = QString(200, QLatin1Char('A'));
    f.agent.address = QString(500, QLatin1Char('r'));
    f.careerSteps[0].grade = QStringLiteral("Adjoint technique");
    QVERIFY2(store.save({}, f, &error), qPrintable(error));
}

void tst_AgentFileStore::newFileIsSavedAndLoaded()
{
    AgentFileStore store(m_desk->database());
    AgentFile f = newFile();
    QString error;
    QVERIFY2(store.save({}, f, &error), qPrintable(error));
    QVERIFY(!f.agent.id.isEmpty());
    QVERIFY(!f.careerSteps.at(0).id.isEmpty());
    const auto loaded = store.load(f.agent.id, &error);
    QVERIFY(loaded);
    QCOMPARE(loaded->agent.nir, QStringLiteral("295109912611193")); // stored without spaces
    QCOMPARE(loaded->agent.firstNames, QStringLiteral("Zoé Marie"));
    QCOMPARE(loaded->careerSteps.size(), 1);
    QCOMPARE(loaded->positions.size(), 1);
    QCOMPARE(loaded->workingTimes.at(0).pattern, WeeklyPattern::fiveDays());
    QCOMPARE(loaded->workingTimes.at(0).weeklyMinutes, 35 * 60);
    // Every row went to the outbox, for the server.
    QCOMPARE(
        m_desk->count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE row_id IN (?, ?)"),
                      {f.agent.id, f.careerSteps.at(0).id}),
        3); // agents, agent_details, career step
}

void tst_AgentFileStore::onlyChangedFieldsAreWritten()
{
    AgentFileStore store(m_desk->database());
    AgentFile f = newFile();
    QString error;
    QVERIFY(store.save({}, f, &error));
    const AgentFile original = *store.load(f.agent.id, &error);
    AgentFile edited = original;
    edited.agent.phone = QStringLiteral("04 72 00 00 00");
    // Another desk changed the city meanwhile (a pull): the save must not put it back.
    QSqlQuery q(m_desk->database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE sync_control SET capture = 0")));
    q.prepare(QStringLiteral("UPDATE agent_details SET city = 'Lyon' WHERE id = ?"));
    q.addBindValue(f.agent.id);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("UPDATE sync_control SET capture = 1")));
    const int before = m_desk->count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    QVERIFY2(store.save(original, edited, &error), qPrintable(error));
    QCOMPARE(m_desk->count(QStringLiteral("SELECT count(*) FROM sync_outbox")), before + 1);
    const QJsonObject changed
        = QJsonDocument::fromJson(
              m_desk
                  ->value(
                      QStringLiteral("SELECT changed FROM sync_outbox ORDER BY seq DESC LIMIT 1"))
                  .toByteArray())
              .object();
    QVERIFY(changed.contains(QLatin1String("phone")));
    QVERIFY(!changed.contains(QLatin1String("city")));
    QCOMPARE(
        m_desk->value(QStringLiteral("SELECT city FROM agent_details WHERE id = ?"), {f.agent.id})
            .toString(),
        QStringLiteral("Lyon"));
}

void tst_AgentFileStore::nirCases_data()
{
    QTest::addColumn<QString>("nir");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("level"); // 0 fine, 1 warning, 2 refused
    QTest::newRow("valid") << "295109912611193"
                           << "F" << QDate(1995, 10, 3) << 0;
    QTest::newRow("with spaces") << "2 95 10 99 126 111 93"
                                 << "F" << QDate(1995, 10, 3) << 0;
    QTest::newRow("wrong key") << "295109912611194"
                               << "F" << QDate(1995, 10, 3) << 2;
    QTest::newRow("too short") << "29510991261"
                               << "F" << QDate(1995, 10, 3) << 2;
    QTest::newRow("Corsica 2B") << "253072B07300470"
                                << "F" << QDate(1953, 7, 1) << 0;
    QTest::newRow("Corsica 2A key") << "253072A07300443"
                                    << "F" << QDate(1953, 7, 1) << 0;
    QTest::newRow("Corsica wrong key") << "253072B07300443"
                                       << "F" << QDate(1953, 7, 1) << 2;
    QTest::newRow("sex disagrees") << "295109912611193"
                                   << "M" << QDate(1995, 10, 3) << 1;
    QTest::newRow("year disagrees") << "295109912611193"
                                    << "F" << QDate(1996, 10, 3) << 1;
    QTest::newRow("month disagrees") << "295109912611193"
                                     << "F" << QDate(1995, 11, 3) << 1;
    QTest::newRow("none") << ""
                          << "F" << QDate(1995, 10, 3) << 0;
}

void tst_AgentFileStore::nirCases()
{
    QFETCH(QString, nir);
    QFETCH(QString, sex);
    QFETCH(QDate, birth);
    QFETCH(int, level);
    AgentFile f = newFile();
    f.agent.nir = nir;
    f.agent.sex = sex;
    f.agent.birthDate = birth;
    int found = 0;
    for (const AgentFileRules::Problem &p : AgentFileRules::check(f)) {
        if (p.field == QLatin1String("nir"))
            found = qMax(found, p.blocking ? 2 : 1);
    }
    QCOMPARE(found, level);
    // A refused NIR is never written; a warning does not stop the save.
    AgentFileStore store(m_desk->database());
    QString error;
    QCOMPARE(store.save({}, f, &error), level < 2);
}

void tst_AgentFileStore::overlappingPositionsAreRefused()
{
    AgentFileStore store(m_desk->database());
    AgentFile f = newFile();
    QString error;
    QVERIFY(store.save({}, f, &error));
    const AgentFile original = *store.load(f.agent.id, &error);
    AgentFile edited = original;
    // The active position has no end: a leave of absence from 2024 overlaps it.
    edited.positions.append({{},
                             QStringLiteral("leave_of_absence"),
                             QDate(2024, 1, 1),
                             QDate(2024, 12, 31),
                             QStringLiteral("ARR-2023-9"),
                             QDate(2023, 12, 1)});
    QVERIFY(!store.save(original, edited, &error));
    QVERIFY2(error.contains(QLatin1String("overlap")), qPrintable(error));
    QCOMPARE(
        m_desk->count(QStringLiteral("SELECT count(*) FROM statutory_positions WHERE agent_id = ?"),
                      {f.agent.id}),
        1);
    // Two closed positions that share a day overlap too.
    AgentFile two = original;
    two.positions[0].endDate = QDate(2024, 1, 1);
    two.positions.append({{},
                          QStringLiteral("leave_of_absence"),
                          QDate(2024, 1, 1),
                          {},
                          QStringLiteral("ARR-2023-9"),
                          QDate(2023, 12, 1)});
    QVERIFY(!AgentFileRules::positionOverlap(two.positions).isEmpty());
}

void tst_AgentFileStore::adjacentPositionsAreAccepted()
{
    AgentFileStore store(m_desk->database());
    AgentFile f = newFile();
    QString error;
    QVERIFY(store.save({}, f, &error));
    const AgentFile original = *store.load(f.agent.id, &error);
    AgentFile edited = original;
    edited.positions[0].endDate = QDate(2023, 12, 31);
    edited.positions.append({{},
                             QStringLiteral("leave_of_absence"),
                             QDate(2024, 1, 1),
                             {},
                             QStringLiteral("ARR-2023-9"),
                             QDate(2023, 12, 1)});
    QVERIFY2(store.save(original, edited, &error), qPrintable(error));
    // The shortened position is sent before the new one: the server never sees two at once.
    QSqlQuery q(m_desk->database().connection());
    q.prepare(QStringLiteral(
        "SELECT operation FROM sync_outbox WHERE table_name = 'statutory_positions' "
        "AND row_id IN (SELECT id FROM statutory_positions WHERE agent_id = ?) ORDER BY seq"));
    q.addBindValue(f.agent.id);
    QVERIFY(q.exec());
    QStringList operations;
    while (q.next())
        operations << q.value(0).toString();
    QCOMPARE(operations,
             (QStringList{
                 QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("insert")}));
    QCOMPARE(
        m_desk
            ->value(QStringLiteral("SELECT position FROM local_agent_current WHERE agent_id = ?"),
                    {f.agent.id})
            .toString(),
        QStringLiteral("leave_of_absence"));
}

void tst_AgentFileStore::careerStepRuleIsOneRule()
{
    // The career tab asks the rule of the step being added, saving asks it of every step: the
    // same refusal in the same words either way.
    AgentFile f = newFile();
    CareerStep again = f.careerSteps.first();
    again.grade = QStringLiteral("Adjoint administratif principal");
    QList<AgentFileRules::Problem> problems
        = AgentFileRules::careerStepProblems(again, f.careerSteps);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().blocking);
    const QString twice = problems.first().message;
    QVERIFY2(twice.contains(QLocale().toString(again.effectiveDate, QLocale::ShortFormat)),
             qPrintable(twice));
    f.careerSteps.append(again);
    QStringList atSaving;
    for (const AgentFileRules::Problem &p : AgentFileRules::check(f)) {
        if (p.field == QLatin1String("careerSteps"))
            atSaving << p.message;
    }
    QCOMPARE(atSaving, QStringList{twice});
    // Nothing but a step: no date, no framework, no grade.
    problems = AgentFileRules::careerStepProblems(CareerStep{}, {});
    QCOMPARE(problems.size(), 2);
    QVERIFY(AgentFileRules::hasBlocking(problems));
    // An unusual index warns and does not stop the step.
    CareerStep next = f.careerSteps.first();
    next.effectiveDate = QDate(2021, 3, 1);
    next.grossIndex = 367;
    next.increasedIndex = 400;
    problems = AgentFileRules::careerStepProblems(next, f.careerSteps.first(1));
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().blocking);
}

void tst_AgentFileStore::currentValuesComeFromTheHistory()
{
    AgentFileStore store(m_desk->database());
    AgentFile f = newFile();
    QString error;
    QVERIFY(store.save({}, f, &error));
    AgentFile original = *store.load(f.agent.id, &error);
    AgentFile edited = original;
    const QDate today = QDate::currentDate();
    edited.careerSteps.append({{},
                               today.addDays(-1),
                               QStringLiteral("C"),
                               QStringLiteral("administrative"),
                               QStringLiteral("Adjoints administratifs territoriaux"),
                               QStringLiteral("Adjoint administratif principal de 2e classe"),
                               3,
                               400,
                               380,
                               QStringLiteral("grade_advancement"),
                               QStringLiteral("ARR-X"),
                               {}});
    edited.careerSteps.append({{},
                               today.addMonths(2),
                               QStringLiteral("C"),
                               QStringLiteral("administrative"),
                               QStringLiteral("Adjoints administratifs territoriaux"),
                               QStringLiteral("Adjoint administratif principal de 2e classe"),
                               4,
                               410,
                               390,
                               QStringLiteral("echelon_advancement"),
                               QStringLiteral("ARR-Y"),
                               {}});
    QVERIFY2(store.save(original, edited, &error), qPrintable(error));
    // In effect today: yesterday's step, not next month's.
    QCOMPARE(
        m_desk
            ->value(QStringLiteral("SELECT echelon FROM local_agent_current WHERE agent_id = ?"),
                    {f.agent.id})
            .toInt(),
        3);
    QCOMPARE(m_desk
                 ->value(QStringLiteral("SELECT grade FROM local_agent_current WHERE agent_id = ?"),
                         {f.agent.id})
                 .toString(),
             QStringLiteral("Adjoint administratif principal de 2e classe"));
    QCOMPARE(edited.careerStepOn(today)->echelon, 3);
    QCOMPARE(edited.careerStepOn(today.addMonths(3))->echelon, 4);
    // Withdrawing yesterday's step brings the previous one back.
    original = *store.load(f.agent.id, &error);
    edited = original;
    edited.careerSteps.removeAt(1);
    QVERIFY(store.save(original, edited, &error));
    QCOMPARE(
        m_desk
            ->value(QStringLiteral("SELECT echelon FROM local_agent_current WHERE agent_id = ?"),
                    {f.agent.id})
            .toInt(),
        1);
    QCOMPARE(
        m_desk->count(
            QStringLiteral("SELECT count(*) FROM career_steps WHERE agent_id = ? AND deleted = 1"),
            {f.agent.id}),
        1);
}

void tst_AgentFileStore::currentValuesFollowTheCalendar()
{
    // A step dated tomorrow is not current today; the start-up refresh of a later day makes it
    // current. The view reads the real date, so the step is moved instead of the clock.
    AgentFileStore store(m_desk->database());
    AgentFile f = newFile();
    QString error;
    QVERIFY(store.save({}, f, &error));
    QSqlQuery q(m_desk->database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE sync_control SET capture = 0")));
    q.prepare(QStringLiteral("UPDATE career_steps SET echelon = 5 WHERE agent_id = ?"));
    q.addBindValue(f.agent.id);
    QVERIFY(q.exec());
    // The trigger keeps it right at once...
    QCOMPARE(
        m_desk
            ->value(QStringLiteral("SELECT echelon FROM local_agent_current WHERE agent_id = ?"),
                    {f.agent.id})
            .toInt(),
        5);
    // ...and a stale table (as after midnight) is caught up by the refresh for the new day.
    q.prepare(QStringLiteral("UPDATE local_agent_current SET echelon = 1 WHERE agent_id = ?"));
    q.addBindValue(f.agent.id);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("UPDATE sync_control SET capture = 1")));
    LocalSettings(m_desk->database())
        .setValue(QStringLiteral("hr/currentValuesDay"), QDate(2020, 2, 1).toString(Qt::ISODate));
    QVERIFY(AgentCurrentValues::refresh(m_desk->database()) >= 1);
    QCOMPARE(
        m_desk
            ->value(QStringLiteral("SELECT echelon FROM local_agent_current WHERE agent_id = ?"),
                    {f.agent.id})
            .toInt(),
        5);
    QCOMPARE(AgentCurrentValues::refresh(m_desk->database()), 0); // once a day
}

void tst_AgentFileStore::registrationNumberIsUnique()
{
    AgentFileStore store(m_desk->database());
    const QString taken
        = m_desk->value(QStringLiteral("SELECT registration_number FROM agents LIMIT 1"))
              .toString();
    AgentFile f = newFile(taken);
    QString error;
    QVERIFY(!store.save({}, f, &error));
    QVERIFY2(error.contains(taken), qPrintable(error));
    QVERIFY(f.agent.id.isEmpty());
    const QString next = store.nextRegistrationNumber();
    QVERIFY(!store.isRegistrationNumberTaken(next, {}));
    QCOMPARE(next.size(), 6);
}

void tst_AgentFileStore::documentsAreNumberedWithoutGaps()
{
    AgentFileStore store(m_desk->database());
    const QString agentId
        = m_desk->value(QStringLiteral("SELECT id FROM agents ORDER BY rowid LIMIT 1")).toString();
    QString error;
    const AgentFile original = *store.load(agentId, &error);
    const int existing = int(original.documents.size());
    QVERIFY(existing > 0);
    AgentFile edited = original;
    for (int i = 0; i < 2; ++i) {
        AgentDocument d;
        d.content = DemoPdf::make({QStringLiteral("Arrêté %1").arg(i)});
        d.mimeType = AgentFileStore::mimeTypeOf(d.content);
        d.fileName = QStringLiteral("a.pdf");
        d.title = QStringLiteral("Arrêté %1").arg(i);
        d.category = QStringLiteral("career_decisions");
        d.documentDate = QDate::currentDate();
        d.isNew = true;
        edited.documents.append(d);
    }
    QVERIFY2(store.save(original, edited, &error), qPrintable(error));
    const AgentFile reloaded = *store.load(agentId, &error);
    QCOMPARE(reloaded.documents.size(), existing + 2);
    for (int i = 0; i < reloaded.documents.size(); ++i)
        QCOMPARE(reloaded.documents.at(i).sequenceNumber, i + 1);
    QVERIFY(store.documentContent(reloaded.documents.constLast().id).startsWith("%PDF-"));
}

void tst_AgentFileStore::documentTypeAndSizeAreChecked()
{
    AgentFileStore store(m_desk->database());
    AgentDocument d;
    QString error;
    const QString pdf = m_desk->filePath(QStringLiteral("ok.pdf"));
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(DemoPdf::make({QStringLiteral("Diplôme")}));
    }
    QVERIFY2(store.readDocumentFile(pdf, &d, &error), qPrintable(error));
    QCOMPARE(d.mimeType, QStringLiteral("application/pdf"));
    // Into the desk's file store at once, to be uploaded before its row.
    QVERIFY(FileStore(m_desk->database()).isAvailable(d.contentSha256));
    QCOMPARE(m_desk
                 ->value(QStringLiteral("SELECT on_server FROM local_files WHERE sha256 = '%1'")
                             .arg(d.contentSha256))
                 .toInt(),
             0);
    // A renamed text file is not a PDF, whatever its name says.
    const QString fake = m_desk->filePath(QStringLiteral("fake.pdf"));
    {
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a pdf");
    }
    QVERIFY(!store.readDocumentFile(fake, &d, &error));
    QVERIFY2(error.contains(QLatin1String("fake.pdf")), qPrintable(error));
    const QString big = m_desk->filePath(QStringLiteral("big.pdf"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray content("%PDF-1.4\n");
        content.append(QByteArray(int(store.documentSizeLimit()), ' '));
        f.write(content);
    }
    QVERIFY(!store.readDocumentFile(big, &d, &error));
    QVERIFY2(error.contains(QLatin1String("big.pdf"))
                 && error.contains(QLocale().formattedDataSize(store.documentSizeLimit())),
             qPrintable(error));
}

void tst_AgentFileStore::fieldHistoryShowsEachChange()
{
    AgentFileStore store(m_desk->database());
    AgentFile f = newFile();
    QString error;
    QVERIFY(store.save({}, f, &error));
    AgentFile original = *store.load(f.agent.id, &error);
    AgentFile edited = original;
    edited.agent.usageName = QStringLiteral("DURAND");
    QVERIFY(store.save(original, edited, &error));
    original = *store.load(f.agent.id, &error);
    edited = original;
    edited.agent.usageName = QStringLiteral("DURAND-LEGRAND");
    QVERIFY(store.save(original, edited, &error));
    const Result<QList<FieldHistory::Change>> history
        = FieldHistory(m_desk->database())
              .changes(QStringLiteral("agents"), f.agent.id, QStringLiteral("usage_name"));
    QVERIFY2(history.ok(), qPrintable(history.error()));
    const QList<FieldHistory::Change> &changes = history.value();
    QCOMPARE(changes.size(), 3); // created empty, then two changes
    QCOMPARE(changes.at(1).oldValue.toString(), QString());
    QCOMPARE(changes.at(1).newValue.toString(), QStringLiteral("DURAND"));
    QCOMPARE(changes.at(2).oldValue.toString(), QStringLiteral("DURAND"));
    QCOMPARE(changes.at(2).newValue.toString(), QStringLiteral("DURAND-LEGRAND"));
    QCOMPARE(changes.at(2).who, QStringLiteral("nbenali"));
    QVERIFY(changes.at(2).at.isValid());
}

void tst_AgentFileStore::readsAreLogged()
{
    AgentFileStore store(m_desk->database());
    const QString agentId
        = m_desk->value(QStringLiteral("SELECT id FROM agents LIMIT 1")).toString();
    QVERIFY(store.logRead(agentId, QStringLiteral("nbenali")));
    QCOMPARE(
        m_desk->count(
            QStringLiteral(
                "SELECT count(*) FROM agent_file_reads WHERE agent_id = ? AND read_by = 'nbenali'"),
            {agentId}),
        1);
    QCOMPARE(m_desk->count(QStringLiteral(
                 "SELECT count(*) FROM sync_outbox WHERE table_name = 'agent_file_reads'")),
             1);
}

void tst_AgentFileStore::demoNirsAreValid()
{
    QSqlQuery q(m_desk->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT d.nir, d.sex, d.birth_date FROM agent_details d")));
    int checked = 0;
    while (q.next()) {
        const ValidationResult r
            = Validators::nirConsistency(q.value(0).toString(),
                                         q.value(1).toString().at(0),
                                         QDate::fromString(q.value(2).toString(), Qt::ISODate));
        QVERIFY2(r.level == ValidationResult::Level::Valid,
                 qPrintable(q.value(0).toString() + QLatin1Char(' ') + r.message));
        ++checked;
    }
    QCOMPARE(checked, 30);
}

QTEST_MAIN(tst_AgentFileStore)
#include "tst_agentfilestore.moc"
