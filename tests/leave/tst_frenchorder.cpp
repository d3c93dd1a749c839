#include "leavetestdesk.h"

#include <frenchnames.h>

#include <hr/models/agentlistmodel.h>
#include <hr/store/agentsearchprovider.h>
#include <leave/models/recountlistmodel.h>
#include <leave/models/teamcalendarmodel.h>

#include <QAbstractItemModelTester>
#include <QSet>

#include <algorithm>

using namespace Civitas;

// Names in the order a French reader expects, through the real lists: HR's agent list (sorted
// and paged in SQL), the team calendar and the recounts to review; and searches that find a
// name whatever its accents, capitals or ligatures.
class tst_FrenchOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agentListSortsAndPagesInFrenchOrder();
    void searchIgnoresAccentsCaseAndLigatures_data();
    void searchIgnoresAccentsCaseAndLigatures();
    void globalSearchFindsEveryMenard();
    void teamCalendarInFrenchOrder();
    void recountsInFrenchOrder();

private:
    static QStringList ids(SqlListModel &model);
    static QStringList reversed(QStringList list);

    LeaveTestDesk m_desk;
    QString m_unit;
};

void tst_FrenchOrder::initTestCase()
{
    QVERIFY(m_desk.open());
    m_unit = m_desk.addUnit(QStringLiteral("EV"));
    int number = 0;
    for (const FrenchName &n : frenchNames()) {
        QVERIFY(m_desk.exec(
            QStringLiteral("INSERT INTO agents (id, registration_number, birth_name, "
                           "first_names, org_unit_id, entry_date) VALUES (?, ?, ?, ?, ?, ?)"),
            {n.id,
             QString::number(200000 + number++),
             n.birthName,
             n.firstNames,
             m_unit,
             QStringLiteral("2020-01-01")}));
        m_desk.addWorkingTime(n.id, QDate(2020, 1, 1), QStringLiteral("11111111110000"));
        QVERIFY(m_desk.exec(
            QStringLiteral("INSERT INTO leave_recounts (id, request_id, agent_id, old_half_days, "
                           "new_half_days, reason, recounted_at) VALUES (?, ?, ?, 2, 1, "
                           "'working_time', '2025-03-01T10:00:00.000Z')"),
            {QStringLiteral("rc-") + n.id, QStringLiteral("rq-") + n.id, n.id}));
    }
}

QStringList tst_FrenchOrder::ids(SqlListModel &model)
{
    while (model.canFetchMore())
        model.fetchMore();
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.idAt(row);
    return list;
}

QStringList tst_FrenchOrder::reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

void tst_FrenchOrder::agentListSortsAndPagesInFrenchOrder()
{
    Hr::AgentListModel model(m_desk.database());
    model.setPageSize(4); // the next page starts after a tie, an accent, a ligature
    QVERIFY(model.select());
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(Hr::AgentListModel::Name, Qt::AscendingOrder);
    QCOMPARE(ids(model), frenchOrderIds());
    model.sort(Hr::AgentListModel::Name, Qt::DescendingOrder);
    QCOMPARE(ids(model), reversed(frenchOrderIds()));
}

void tst_FrenchOrder::searchIgnoresAccentsCaseAndLigatures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList menard{
        QStringLiteral("fr-m1"), QStringLiteral("fr-m2"), QStringLiteral("fr-m3")};
    QTest::newRow("menard") << "menard" << menard;
    QTest::newRow("MÉNARD") << "MÉNARD" << menard;
    QTest::newRow("Ménard Jean") << "Ménard Jean" << menard;
    QTest::newRow("oeuvrard finds Œuvrard") << "oeuvrard" << QStringList{QStringLiteral("fr-f")};
    QTest::newRow("Œuvray finds Oeuvray") << "Œuvray" << QStringList{QStringLiteral("fr-g")};
    QTest::newRow("oeuvr finds both")
        << "OEUVR" << QStringList{QStringLiteral("fr-f"), QStringLiteral("fr-g")};
    QTest::newRow("aebischer finds Æbischer") << "aebischer" << QStringList{QStringLiteral("fr-k")};
    QTest::newRow("emile") << "emile"
                           << QStringList{QStringLiteral("fr-b"),
                                          QStringLiteral("fr-n"),
                                          QStringLiteral("fr-h")};
    QTest::newRow("lefevre") << "LEFEVRE" << QStringList{QStringLiteral("fr-d")};
}

void tst_FrenchOrder::searchIgnoresAccentsCaseAndLigatures()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    Hr::AgentListModel model(m_desk.database());
    model.setSearchText(text);
    QVERIFY(model.select());
    QCOMPARE(ids(model), expected); // in the French order, as the list shows them
}

void tst_FrenchOrder::globalSearchFindsEveryMenard()
{
    const Hr::AgentSearchProvider provider(m_desk.database());
    QSet<QString> found;
    for (const SearchResult &r : provider.search(QStringLiteral("menard"), 10))
        found << r.recordId;
    QCOMPARE(
        found,
        (QSet<QString>{QStringLiteral("fr-m1"), QStringLiteral("fr-m2"), QStringLiteral("fr-m3")}));
}

void tst_FrenchOrder::teamCalendarInFrenchOrder()
{
    Leave::TeamCalendarModel calendar(m_desk.database());
    QVERIFY2(calendar.load({m_unit}, QDate(2025, 3, 1)), qPrintable(calendar.lastError()));
    QStringList rows;
    for (int row = 0; row < calendar.agentCount(); ++row)
        rows << calendar.agentIdAt(row);
    QCOMPARE(rows, frenchOrderIds());
}

void tst_FrenchOrder::recountsInFrenchOrder()
{
    Leave::RecountListModel model(m_desk.database());
    model.setPageSize(5);
    QVERIFY(model.select());
    model.sort(Leave::RecountListModel::AgentColumn, Qt::AscendingOrder);
    QStringList expected;
    for (const QString &id : frenchOrderIds())
        expected << QStringLiteral("rc-") + id;
    QCOMPARE(ids(model), expected);
    model.sort(Leave::RecountListModel::AgentColumn, Qt::DescendingOrder);
    QCOMPARE(ids(model), reversed(expected));
}

QTEST_MAIN(tst_FrenchOrder)
#include "tst_frenchorder.moc"
