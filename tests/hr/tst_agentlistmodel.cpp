// The agent list model against the demo town: every filter gives what the same question asked
// in plain SQL gives, searches find names, registration numbers and NIRs, sorts are in SQL.

#include "hrdemodesk.h"

#include <hr/models/agentlistmodel.h>
#include <hr/store/agentnamesql.h>

#include <core/storage/frenchcollation.h>
#include <core/storage/sql.h>

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Civitas;
using namespace Civitas::Hr;

class tst_AgentListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void activeByDefault();
    void filters_data();
    void filters();
    void unitIncludesSubUnits();
    void filtersCombine();
    void searchByNameRegistrationNumberAndNir();
    void sortsInSql();
    void pagesThroughEveryRow();
    void nameAndGradeSortsUseTheirIndexes();

private:
    int expected(const QString &where, const QVariantList &binds = {});

    HrDemoDesk *m_desk = nullptr;
    AgentListModel *m_model = nullptr;
};

static const QString active
    = QStringLiteral("(a.departure_date IS NULL OR a.departure_date >= date('now', 'localtime'))");

void tst_AgentListModel::initTestCase()
{
    m_desk = new HrDemoDesk;
    QVERIFY(m_desk->open(400));
}

void tst_AgentListModel::cleanupTestCase()
{
    delete m_model;
    delete m_desk;
}

void tst_AgentListModel::init()
{
    delete m_model;
    m_model = new AgentListModel(m_desk->database());
    m_model->setPageSize(50);
    QVERIFY(m_model->select());
    new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

int tst_AgentListModel::expected(const QString &where, const QVariantList &binds)
{
    return m_desk->count(
        QStringLiteral(
            "SELECT count(*) FROM agents a JOIN local_agent_current c ON c.agent_id = a.id "
            "LEFT JOIN agent_details d ON d.id = a.id WHERE a.deleted = 0 AND ")
            + where,
        binds);
}

void tst_AgentListModel::activeByDefault()
{
    QCOMPARE(m_model->totalCount(), expected(active));
    QVERIFY(m_model->totalCount()
            < m_desk->count(QStringLiteral("SELECT count(*) FROM agents"))); // some left
    m_model->setActivity(AgentListModel::Activity::Departed);
    QVERIFY(m_model->select());
    QCOMPARE(m_model->totalCount(),
             expected(QStringLiteral("a.departure_date < date('now', 'localtime')")));
    QVERIFY(m_model->totalCount() > 0);
    m_model->setActivity(AgentListModel::Activity::All);
    QVERIFY(m_model->select());
    QCOMPARE(m_model->totalCount(), m_desk->count(QStringLiteral("SELECT count(*) FROM agents")));
}

void tst_AgentListModel::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("where");
    QTest::newRow("status contract") << "status"
                                     << "contract"
                                     << "d.status = 'contract'";
    QTest::newRow("status trainee") << "status"
                                    << "trainee"
                                    << "d.status = 'trainee'";
    QTest::newRow("category A") << "category"
                                << "A"
                                << "c.category = 'A'";
    QTest::newRow("category C") << "category"
                                << "C"
                                << "c.category = 'C'";
    QTest::newRow("sector technical") << "sector"
                                      << "technical"
                                      << "c.sector = 'technical'";
    QTest::newRow("sector police") << "sector"
                                   << "municipal_police"
                                   << "c.sector = 'municipal_police'";
    QTest::newRow("position active") << "position"
                                     << "active"
                                     << "c.position = 'active'";
    QTest::newRow("position leave of absence") << "position"
                                               << "leave_of_absence"
                                               << "c.position = 'leave_of_absence'";
}

void tst_AgentListModel::filters()
{
    QFETCH(QString, filter);
    QFETCH(QString, value);
    QFETCH(QString, where);
    if (filter == QLatin1String("status"))
        m_model->setStatus(value);
    else if (filter == QLatin1String("category"))
        m_model->setCategory(value);
    else if (filter == QLatin1String("sector"))
        m_model->setSector(value);
    else
        m_model->setPosition(value);
    QVERIFY(m_model->select());
    const int n = expected(active + QStringLiteral(" AND ") + where);
    QVERIFY2(n > 0, "the demo town should have some of each");
    QCOMPARE(m_model->totalCount(), n);
    // The rows fetched say the same as the filter.
    const int column = filter == QLatin1String("category") ? AgentListModel::Category : -1;
    if (column >= 0) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->index(row, column).data().toString(), value);
    }
}

void tst_AgentListModel::unitIncludesSubUnits()
{
    const QString direction
        = m_desk->value(QStringLiteral("SELECT id FROM org_units WHERE code = 'DST'")).toString();
    m_model->setUnit(direction);
    QVERIFY(m_model->select());
    const int n = expected(
        active
            + QStringLiteral(
                " AND a.org_unit_id IN (SELECT id FROM org_units WHERE id = ? OR parent_id = ?)"),
        {direction, direction});
    QVERIFY(n > 0);
    QCOMPARE(m_model->totalCount(), n);
    const QString service
        = m_desk->value(QStringLiteral("SELECT id FROM org_units WHERE code = 'DST-EV'"))
              .toString();
    m_model->setUnit(service);
    QVERIFY(m_model->select());
    QCOMPARE(m_model->totalCount(),
             expected(active + QStringLiteral(" AND a.org_unit_id = ?"), {service}));
    QVERIFY(m_model->totalCount() < n);
}

void tst_AgentListModel::filtersCombine()
{
    m_model->setCategory(QStringLiteral("C"));
    m_model->setStatus(QStringLiteral("tenured"));
    m_model->setSector(QStringLiteral("technical"));
    QVERIFY(m_model->select());
    QCOMPARE(
        m_model->totalCount(),
        expected(active
                 + QStringLiteral(
                     " AND c.category = 'C' AND d.status = 'tenured' AND c.sector = 'technical'")));
    m_model->setCategory({});
    m_model->setStatus({});
    m_model->setSector({});
    QVERIFY(m_model->select());
    QCOMPARE(m_model->totalCount(), expected(active));
}

void tst_AgentListModel::searchByNameRegistrationNumberAndNir()
{
    m_model->setActivity(AgentListModel::Activity::All);
    const QString id
        = m_desk->value(QStringLiteral("SELECT id FROM agents ORDER BY rowid LIMIT 1 OFFSET 17"))
              .toString();
    const QString registration
        = m_desk->value(QStringLiteral("SELECT registration_number FROM agents WHERE id = ?"), {id})
              .toString();
    const QString nir
        = m_desk->value(QStringLiteral("SELECT nir FROM agent_details WHERE id = ?"), {id})
              .toString();
    const QString firstNames
        = m_desk->value(QStringLiteral("SELECT first_names FROM agents WHERE id = ?"), {id})
              .toString();
    const QString birthName
        = m_desk->value(QStringLiteral("SELECT birth_name FROM agents WHERE id = ?"), {id})
              .toString();

    m_model->setSearchText(registration);
    QVERIFY(m_model->select());
    QCOMPARE(m_model->totalCount(), 1);
    QCOMPARE(m_model->idAt(0), id);

    // The NIR as read out, in groups with spaces, and only its beginning.
    const QString grouped = QStringLiteral("%1 %2 %3 %4")
                                .arg(nir.mid(0, 1), nir.mid(1, 2), nir.mid(3, 2), nir.mid(5, 2));
    m_model->setSearchText(grouped);
    QVERIFY(m_model->select());
    QVERIFY(m_model->totalCount() >= 1);
    QVERIFY(m_model->rowOfId(id) >= 0);
    m_model->setSearchText(nir);
    QVERIFY(m_model->select());
    QCOMPARE(m_model->totalCount(), 1);

    // Name and first name, without accents, lower case, prefixes.
    const QString plain = QString(firstNames)
                              .normalized(QString::NormalizationForm_D)
                              .remove(QRegularExpression(QStringLiteral("[^a-zA-Z ]")))
                              .toLower();
    m_model->setSearchText(birthName.left(4).toLower() + QLatin1Char(' ') + plain.left(3));
    QVERIFY(m_model->select());
    QVERIFY(m_model->rowOfId(id) >= 0);
    QCOMPARE(
        m_model->totalCount(),
        m_desk->count(QStringLiteral("SELECT count(*) FROM agents_fts WHERE agents_fts MATCH ?"),
                      {Civitas::Sql::ftsQuery(birthName.left(4).toLower() + QLatin1Char(' ')
                                              + plain.left(3))}));
    m_model->setSearchText(QStringLiteral("zzzzqqq"));
    QVERIFY(m_model->select());
    QCOMPARE(m_model->totalCount(), 0);
}

void tst_AgentListModel::sortsInSql()
{
    // The first row after a sort is the first of the whole table in that order, not of the
    // page fetched so far.
    m_model->sort(AgentListModel::RegistrationNumber, Qt::DescendingOrder);
    QCOMPARE(
        m_model->index(0, AgentListModel::RegistrationNumber).data().toString(),
        m_desk
            ->value(QStringLiteral("SELECT max(registration_number) FROM agents a WHERE ") + active)
            .toString());
    m_model->sort(AgentListModel::Grade, Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, AgentListModel::Grade).data().toString(),
             m_desk
                 ->value(QStringLiteral("SELECT c.grade FROM agents a JOIN local_agent_current c "
                                        "ON c.agent_id = a.id WHERE ")
                         + active
                         + QStringLiteral(" ORDER BY c.grade COLLATE french, a.id LIMIT 1"))
                 .toString());
    m_model->sort(AgentListModel::Name, Qt::AscendingOrder);
    const QString first = m_model->index(0, AgentListModel::Name).data().toString();
    const QString second = m_model->index(1, AgentListModel::Name).data().toString();
    QVERIFY(FrenchCollation::compare(first, second) <= 0);
}

void tst_AgentListModel::pagesThroughEveryRow()
{
    // Many agents share a grade: the pages must still follow each other without a gap, the
    // grade sort breaking ties on local_agent_current's copy of the id.
    for (const int column : {int(AgentListModel::Name), int(AgentListModel::Grade)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_model->sort(column, order);
            while (m_model->canFetchMore())
                m_model->fetchMore();
            QSet<QString> ids;
            for (int row = 0; row < m_model->rowCount(); ++row)
                ids.insert(m_model->idAt(row));
            QCOMPARE(m_model->rowCount(), m_model->totalCount());
            QCOMPARE(int(ids.size()), m_model->totalCount()); // no row twice, none missed
        }
    }
}

void tst_AgentListModel::nameAndGradeSortsUseTheirIndexes()
{
    // The name and grade sorts still walk their indexes (no sort of the whole town).
    AgentListModel model(m_desk->database());
    QVERIFY(model.select());
    QVariantList values;
    const QString where = model.whereClause(&values);
    const struct
    {
        QString key;
        QString id;
        QString index;
    } sorts[] = {{Sql::frenchCollated(agentDisplayNameSql(QStringLiteral("a"))),
                  QStringLiteral("a.id"),
                  QStringLiteral("agents_name")},
                 {Sql::frenchCollated(QStringLiteral("c.grade")),
                  QStringLiteral("c.agent_id"),
                  QStringLiteral("local_agent_current_grade")}};
    for (const auto &sort : sorts) {
        QSqlQuery q(m_desk->database().connection());
        QVERIFY(q.prepare(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT a.id FROM agents a JOIN local_agent_current "
                           "c ON c.agent_id = a.id LEFT JOIN agent_details d ON d.id = a.id "
                           "LEFT JOIN org_units o ON o.id = a.org_unit_id WHERE %1 AND (%2, %3) "
                           "> (?, ?) ORDER BY %2, %3 LIMIT 200")
                .arg(where, sort.key, sort.id)));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        q.addBindValue(QStringLiteral("m"));
        q.addBindValue(QString());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(sort.index), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }
}

QTEST_MAIN(tst_AgentListModel)
#include "tst_agentlistmodel.moc"
