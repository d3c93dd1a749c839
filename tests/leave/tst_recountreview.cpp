// HR's recounts to review: the list shows those not reviewed yet, newest first by default,
// with the agent, the leave, the dates, the count before and after and why; marking some
// reviewed takes them off the list (the rows stay); and a file that cannot be written says
// why.

#include "leavetestdesk.h"

#include <leave/leavetr.h>
#include <leave/models/recountlistmodel.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leaverecount.h>
#include <leave/store/recountreview.h>

#include <QAbstractItemModelTester>

using namespace Civitas;
using namespace Civitas::Leave;

class tst_RecountReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listShowsWhatIsToReview();
    void markedReviewedLeaveTheList();
    void anUnwritableFileIsAnError();

private:
    QString addRecount(const QString &agent,
                       const QString &request,
                       int before,
                       int after,
                       const QString &reason,
                       const QString &at);

    LeaveTestDesk m_desk;
    QTemporaryDir m_emptyDir;
    QStringList m_recounts;
};

QString tst_RecountReview::addRecount(const QString &agent,
                                      const QString &request,
                                      int before,
                                      int after,
                                      const QString &reason,
                                      const QString &at)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_desk.exec(QStringLiteral("INSERT INTO leave_recounts (id, request_id, agent_id, "
                               "old_half_days, new_half_days, reason, recounted_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, request, agent, before, after, reason, at});
    return id;
}

void tst_RecountReview::initTestCase()
{
    QVERIFY(m_desk.open());
    const QString unit = m_desk.addUnit(QStringLiteral("S"));
    m_desk.addAgent(QStringLiteral("ag-1"), unit);
    m_desk.addAgent(QStringLiteral("ag-2"), unit);
    QVERIFY(m_desk.exec(QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, "
                                       "start_date, end_date, half_days, state) VALUES "
                                       "('req-1', 'ag-1', 'leave-type-annual', '2027-06-07', "
                                       "'2027-06-11', 8, 'approved')")));
    m_recounts = {addRecount(QStringLiteral("ag-1"),
                             QStringLiteral("req-1"),
                             10,
                             8,
                             QStringLiteral("calendar"),
                             QStringLiteral("2027-01-10T09:00:00.000Z")),
                  addRecount(QStringLiteral("ag-2"),
                             QStringLiteral("req-gone"),
                             4,
                             6,
                             QStringLiteral("working_time"),
                             QStringLiteral("2027-01-12T09:00:00.000Z")),
                  addRecount(QStringLiteral("ag-2"),
                             QStringLiteral("req-gone"),
                             6,
                             5,
                             QStringLiteral("working_time"),
                             QStringLiteral("2027-01-11T09:00:00.000Z"))};
    QVERIFY(m_desk.exec(QStringLiteral("UPDATE leave_recounts SET reviewed = 1 WHERE id = ?"),
                        {m_recounts.takeLast()}));
}

void tst_RecountReview::listShowsWhatIsToReview()
{
    RecountListModel model(m_desk.database());
    QAbstractItemModelTester tester(&model);
    model.sort(RecountListModel::RecountedAtColumn, Qt::DescendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError()));
    QCOMPARE(model.totalCount(), 2);
    QCOMPARE(model.columnCount(), int(RecountListModel::ColumnCount));
    QCOMPARE(model.idAt(0), m_recounts.at(1));
    QCOMPARE(model.index(0, RecountListModel::AgentColumn).data().toString(),
             QStringLiteral("NOM-AG-2 Prénom"));
    // The request is no longer in the file: no leave, a dash without dates.
    QCOMPARE(model.index(0, RecountListModel::LeaveColumn).data().toString(), QString());
    QCOMPARE(model.index(0, RecountListModel::DatesColumn).data().toString(),
             QStringLiteral(" – "));
    QCOMPARE(model.index(1, RecountListModel::LeaveColumn).data().toString(),
             QStringLiteral("Congés annuels"));
    QVERIFY(model.index(1, RecountListModel::DatesColumn)
                .data()
                .toString()
                .contains(QStringLiteral(" – ")));
    QCOMPARE(model.index(1, RecountListModel::BeforeColumn).data().toString(),
             LeaveLedger::formatDays(500));
    QCOMPARE(model.index(1, RecountListModel::AfterColumn).data().toString(),
             LeaveLedger::formatDays(400));
    QCOMPARE(model.index(1, RecountListModel::WhyColumn).data().toString(),
             LeaveRecount::reasonLabel(QStringLiteral("calendar")));
    QCOMPARE(model.headerData(RecountListModel::WhyColumn, Qt::Horizontal).toString(),
             Civitas::Leave::Tr::tr("Why"));
}

void tst_RecountReview::markedReviewedLeaveTheList()
{
    RecountReview review(m_desk.database());
    const Result<> marked = review.markReviewed({m_recounts.at(1)});
    QVERIFY2(marked.ok(), qPrintable(marked.error()));
    RecountListModel model(m_desk.database());
    QVERIFY(model.select());
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.idAt(0), m_recounts.at(0));

    QVERIFY(review.markReviewed({m_recounts.at(0), QStringLiteral("unknown")}).ok());
    QVERIFY(model.select());
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(m_desk.count(QStringLiteral("SELECT count(*) FROM leave_recounts WHERE reviewed = 1")),
             3);
}

void tst_RecountReview::anUnwritableFileIsAnError()
{
    QVERIFY(m_emptyDir.isValid());
    Database empty;
    QVERIFY(empty.open(m_emptyDir.filePath(QStringLiteral("empty.sqlite")), nullptr));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("recounts not marked reviewed")));
    const Result<> marked = RecountReview(empty).markReviewed({QStringLiteral("x")});
    QVERIFY(!marked.ok());
    QVERIFY2(marked.error().contains(QLatin1String("no such table")), qPrintable(marked.error()));
}

QTEST_GUILESS_MAIN(tst_RecountReview)
#include "tst_recountreview.moc"
