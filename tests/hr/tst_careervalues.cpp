// The job frameworks and grades offered when HR adds a career step: those in use, each once,
// alphabetically, withdrawn steps left out.

#include "hrtestdesk.h"

#include <hr/store/careervalues.h>

using namespace Civitas;
using namespace Civitas::Hr;

class tst_CareerValues : public QObject
{
    Q_OBJECT

private slots:
    void emptyFileOffersNothing();
    void valuesInUseOnceEach();
    void failureIsReported();

private:
    bool exec(HrTestDesk &desk, const QString &sql);
};

bool tst_CareerValues::exec(HrTestDesk &desk, const QString &sql)
{
    QSqlQuery q(desk.database().connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

void tst_CareerValues::emptyFileOffersNothing()
{
    HrTestDesk desk;
    QVERIFY(desk.open());
    CareerValues values(desk.database());
    QVERIFY(values.jobFrameworks().ok());
    QVERIFY(values.jobFrameworks()->isEmpty());
    QVERIFY(values.grades()->isEmpty());
}

void tst_CareerValues::valuesInUseOnceEach()
{
    HrTestDesk desk;
    QVERIFY(desk.open());
    QVERIFY(exec(
        desk,
        QStringLiteral("INSERT INTO agents (id, registration_number, birth_name, first_names, "
                       "entry_date) VALUES ('a1', '000001', 'DUPONT', 'Jeanne', '2020-01-01')")));
    QVERIFY(exec(
        desk,
        QStringLiteral(
            "INSERT INTO career_steps (id, agent_id, effective_date, category, sector, "
            "job_framework, grade, "
            "echelon, deleted) VALUES "
            "('c1', 'a1', '2020-01-01', 'C', 'technical', 'Adjoints techniques', 'Adjoint "
            "technique', 1, 0), "
            "('c2', 'a1', '2021-01-01', 'C', 'technical', 'Adjoints techniques', 'Adjoint "
            "technique', 2, 0), "
            "('c3', 'a1', '2022-01-01', 'B', 'administrative', 'Rédacteurs', 'Rédacteur', 1, 0), "
            "('c4', 'a1', '2023-01-01', 'A', 'administrative', 'Attachés', 'Attaché', 1, 1)")));
    CareerValues values(desk.database());
    const Result<QStringList> frameworks = values.jobFrameworks();
    QVERIFY2(frameworks.ok(), qPrintable(frameworks.error()));
    QCOMPARE(frameworks.value(),
             (QStringList{QStringLiteral("Adjoints techniques"), QStringLiteral("Rédacteurs")}));
    const Result<QStringList> grades = values.grades();
    QVERIFY2(grades.ok(), qPrintable(grades.error()));
    QCOMPARE(grades.value(),
             (QStringList{QStringLiteral("Adjoint technique"), QStringLiteral("Rédacteur")}));
}

void tst_CareerValues::failureIsReported()
{
    HrTestDesk desk;
    QVERIFY(desk.open());
    QVERIFY(exec(desk, QStringLiteral("ALTER TABLE career_steps RENAME TO career_steps_gone")));
    CareerValues values(desk.database());
    const Result<QStringList> frameworks = values.jobFrameworks();
    QVERIFY(!frameworks.ok());
    QVERIFY2(frameworks.error().contains(QLatin1String("career_steps")),
             qPrintable(frameworks.error()));
    QVERIFY(!values.grades().ok());
}

QTEST_MAIN(tst_CareerValues)
#include "tst_careervalues.moc"
