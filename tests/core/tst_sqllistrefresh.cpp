#include "testdatabase.h"

#include <core/models/sqllistmodel.h>
#include <core/storage/tablechanges.h>

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>

using namespace Civitas;

// A list read again in place after a sync changed its rows (SqlListModel::refresh): rows
// that left go, new ones come where the sort puts them, moved and changed rows follow, and
// the view keeps its selection, current row, scroll position and sort; paging goes on from
// there with every row once. And TableChanges joins the announcements of one turn.
class tst_SqlListRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refreshKeepsTheUsersPlace();
    void announcementsOfOneTurnMakeOneSignal();

private:
    QStringList idsInSqlOrder();
    bool exec(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
};

void tst_SqlListRefresh::initTestCase()
{
    QVERIFY(openTestDatabase(m_db, m_dir));
    QSqlDatabase c = m_db.connection();
    QVERIFY(c.transaction());
    QSqlQuery q(c);
    q.prepare(QStringLiteral("INSERT INTO user_accounts (id, login, display_name, email, active) "
                             "VALUES (?, ?, ?, ?, 1)"));
    for (int i = 0; i < 1000; ++i) {
        q.addBindValue(QStringLiteral("id-%1").arg(i, 4, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("login%1").arg(i));
        q.addBindValue(QStringLiteral("Name %1").arg(i, 4, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("user%1@ville.fr").arg(i));
        QVERIFY(q.exec());
    }
    QVERIFY(c.commit());
}

bool tst_SqlListRefresh::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QStringList tst_SqlListRefresh::idsInSqlOrder()
{
    QStringList ids;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral(
        "SELECT id FROM user_accounts WHERE deleted = 0 ORDER BY display_name DESC, id DESC"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

void tst_SqlListRefresh::refreshKeepsTheUsersPlace()
{
    SqlListModel model;
    model.setSource(m_db.connection(), QStringLiteral("user_accounts u"), QStringLiteral("u.id"));
    model.setColumns({{QStringLiteral("Name"), QStringLiteral("u.display_name"), {}, {}, {}},
                      {QStringLiteral("Login"), QStringLiteral("u.login"), {}, {}, {}}});
    model.setFilter(QStringLiteral("live"), QStringLiteral("u.deleted = 0"));
    model.setPageSize(100);
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.sortByColumn(0, Qt::DescendingOrder);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(600, 400);
    QVERIFY(model.select());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.rowCount() < 300)
        model.fetchMore();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The user is at row 250 of the list, sorted by name, descending.
    const QString chosen = model.idAt(250);
    view.selectRow(250);
    view.scrollTo(model.index(250, 0), QAbstractItemView::PositionAtCenter);
    const int scrolled = view.verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    // Another desk: ten rows above leave, two new ones come above, one moves from below to
    // the top, one from above to further down, and the chosen row's login changes.
    QVERIFY(exec(QStringLiteral("UPDATE user_accounts SET deleted = 1 WHERE id >= 'id-0990'")));
    QVERIFY(exec(
        QStringLiteral("INSERT INTO user_accounts (id, login, display_name, email, active) VALUES "
                       "('new-1', 'new1', 'Name 0900x', 'n1@ville.fr', 1), "
                       "('new-2', 'new2', 'Name 0800x', 'n2@ville.fr', 1)")));
    QVERIFY(exec(
        QStringLiteral("UPDATE user_accounts SET display_name = 'Zz moved' WHERE id = 'id-0100'")));
    QVERIFY(exec(QStringLiteral(
        "UPDATE user_accounts SET display_name = 'Name 0850x' WHERE id = 'id-0980'")));
    QVERIFY(exec(
        QStringLiteral("UPDATE user_accounts SET login = 'changed' WHERE id = '%1'").arg(chosen)));

    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy count(&model, &SqlListModel::totalCountChanged);
    QVERIFY(model.refresh());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(count.count(), 1);
    QCOMPARE(model.totalCount(), 992);
    // The rows already read, read anew in the order SQL gives.
    const QStringList expected = idsInSqlOrder();
    QCOMPARE(model.rowCount(), 300);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.idAt(row), expected.at(row));
    QCOMPARE(model.idAt(0), QStringLiteral("id-0100"));
    // The user's place: the same row selected and current, with its new value; scroll and
    // sort as they were.
    const QModelIndexList selected = view.selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(model.idAt(selected.first().row()), chosen);
    QCOMPARE(model.idAt(view.currentIndex().row()), chosen);
    QCOMPARE(model.index(selected.first().row(), 1).data().toString(), QStringLiteral("changed"));
    QCOMPARE(view.verticalScrollBar()->value(), scrolled);
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), 0);
    QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    // Paging goes on after the rows read again: every row once, in order.
    while (model.canFetchMore())
        model.fetchMore();
    QStringList all;
    for (int row = 0; row < model.rowCount(); ++row)
        all << model.idAt(row);
    QCOMPARE(all, expected);
}

void tst_SqlListRefresh::announcementsOfOneTurnMakeOneSignal()
{
    TableChanges &changes = m_db.tableChanges();
    QSignalSpy spy(&changes, &TableChanges::changed);
    changes.announce({QStringLiteral("agents")});
    changes.announce({QStringLiteral("leave_requests"), QStringLiteral("agents")});
    changes.announce({});
    QCOMPARE(spy.count(), 0); // delivered once the event loop turns
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<QSet<QString>>(),
             (QSet<QString>{QStringLiteral("agents"), QStringLiteral("leave_requests")}));
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(tst_SqlListRefresh)
#include "tst_sqllistrefresh.moc"
