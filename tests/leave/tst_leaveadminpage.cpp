// HR's leave administration page, driven offscreen as HR uses it: a day off added inside
// approved leave (the leave is counted again and the change shown), the recount reviewed,
// the day off removed after a confirmation; a year previewed and closed, then previewed
// again with nothing to write; the allocations of a year written; an adjustment refused
// without a reason, then recorded; a deposit refused with its reason, then accepted.
// CIVITAS_SCREENSHOT_DIR=/tmp/x saves each tab in French.

#include "leavetestdesk.h"

#include <leave/leavetr.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leaverecount.h>
#include <leave/ui/leaveadminpage.h>
#include <leave/ui/leaveagentfield.h>
#include <leave/ui/leaveplanview.h>

#include <core/access/roles.h>
#include <core/models/sqllistmodel.h>
#include <core/translations.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Civitas;
using namespace Civitas::Leave;
using namespace Civitas::Leave::Internal;

namespace {
const QString annual = QStringLiteral("leave-type-annual");
const QString rtt = QStringLiteral("leave-type-rtt");
} // namespace

class tst_LeaveAdminPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void daysOffAndRecounts();
    void closingAndAllocations();
    void adjustmentAndDeposit();

private:
    template<typename T>
    T *child(QWidget *page, const char *name)
    {
        T *w = page->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    void click(QWidget *page, const char *button)
    {
        QTest::mouseClick(child<QPushButton>(page, button), Qt::LeftButton);
    }
    bool acceptConfirmation(QWidget *page, const char *name)
    {
        // A box answered before may still wait for its deferred deletion: the visible one.
        for (QMessageBox *box : page->findChildren<QMessageBox *>(QLatin1String(name))) {
            if (box->isVisible()) {
                QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
                return true;
            }
        }
        return false;
    }
    void screenshot(QWidget *widget, const QString &name)
    {
        if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR"))
            QVERIFY(widget->grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                                        + QLatin1Char('/') + name));
    }
    QString addApproved(const QString &agent, QDate from, QDate to, int halfDays);

    LeaveTestDesk m_desk;
    Session m_hr;
    const int m_lastYear = QDate::currentDate().year() - 1;
    const int m_nextYear = QDate::currentDate().year() + 1;
    // Texts are checked in English; screenshots are taken in French.
    const bool m_english = qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR");
};

void tst_LeaveAdminPage::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        Translations::install(QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    QVERIFY(m_desk.open());
    m_desk.logIn(m_hr, QStringLiteral("rh"), QStringLiteral("ag-hr"), {Roles::Hr});
    const QString unit = m_desk.addUnit(QStringLiteral("S"));
    m_desk.addAgent(QStringLiteral("ag-1"),
                    unit,
                    QStringLiteral("11111111110000"),
                    QDate(2015, 1, 1),
                    37 * 60); // 100000
    m_desk.addAgent(QStringLiteral("ag-2"),
                    unit,
                    QStringLiteral("11110011110000"),
                    QDate(2015, 1, 1),
                    28 * 60); // 100001
    m_desk.exec(QStringLiteral("DELETE FROM local_leave_recount_queue"));
}

QString tst_LeaveAdminPage::addApproved(const QString &agent, QDate from, QDate to, int halfDays)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_desk.exec(
        QStringLiteral("INSERT INTO leave_requests (id, agent_id, leave_type_id, start_date, "
                       "end_date, half_days, state) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'approved')"),
        {id, agent, annual, from.toString(Qt::ISODate), to.toString(Qt::ISODate), halfDays});
    m_desk.exec(
        QStringLiteral(
            "INSERT INTO leave_ledger_entries (id, agent_id, leave_type_id, year, kind, "
            "days_hundredths, "
            "effective_date, request_id, source) VALUES (?, ?, ?, ?, 'use', ?, ?, ?, 'request')"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces),
         agent,
         annual,
         from.year(),
         -halfDays * 50,
         from.toString(Qt::ISODate),
         id});
    return id;
}

void tst_LeaveAdminPage::daysOffAndRecounts()
{
    // ag-1's week of leave next year, Monday to Friday of the second week of June.
    // (After 14 June: Whit Monday is never that late.)
    QDate monday(m_nextYear, 6, 22);
    monday = monday.addDays(1 - monday.dayOfWeek());
    const QString request = addApproved(QStringLiteral("ag-1"), monday, monday.addDays(4), 10);
    m_desk.allocate(QStringLiteral("ag-1"), annual, m_nextYear, 2500);

    LeaveAdminPage page(m_desk.database(), m_hr);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.recountsModel());
    QCOMPARE(page.recountsModel()->rowCount(), 0);

    // The Wednesday of that week becomes a day off.
    page.tabs()->setCurrentIndex(0);
    auto *add = child<QPushButton>(&page, "addDayOff");
    QVERIFY(!add->isEnabled());
    child<QDateEdit>(&page, "dayOffDate")->setDate(monday.addDays(2));
    QTest::keyClicks(child<QLineEdit>(&page, "dayOffName"), QStringLiteral("Pont de la ville"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    auto *daysOff = child<QTableWidget>(&page, "daysOffTable");
    QCOMPARE(daysOff->rowCount(), 1);
    QCOMPARE(daysOff->item(0, 1)->text(), QStringLiteral("Pont de la ville"));
    auto *changes = child<QTableWidget>(&page, "recountChanges");
    QVERIFY(changes->isVisible());
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("NOM-AG-1 Prénom"));
    QCOMPARE(changes->item(0, 3)->text(), LeaveLedger::formatDays(500));
    QCOMPARE(changes->item(0, 4)->text(), LeaveLedger::formatDays(400));
    QVERIFY(
        !m_english
        || child<QLabel>(&page, "daysOffResult")->text().contains(QLatin1String("counted again")));
    QCOMPARE(m_desk.count(QStringLiteral("SELECT half_days FROM leave_requests WHERE id = ?"),
                          {request}),
             8);
    QCOMPARE(LeaveLedger(m_desk.database())
                 .balance(QStringLiteral("ag-1"), annual, m_nextYear)
                 .availableHundredths(),
             2100);
    screenshot(&page, QStringLiteral("leave-admin-days-off.png"));

    // The same day twice is refused.
    child<QDateEdit>(&page, "dayOffDate")->setDate(monday.addDays(2));
    QTest::keyClicks(child<QLineEdit>(&page, "dayOffName"), QStringLiteral("Encore"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!m_english
            || child<QLabel>(&page, "daysOffResult")
                   ->text()
                   .contains(QLatin1String("already a day off")));
    QCOMPARE(daysOff->rowCount(), 1);

    // HR reviews it.
    page.tabs()->setCurrentIndex(1);
    QVERIFY(page.tabs()->tabText(1).contains(QLatin1String("(1)")));
    QCOMPARE(page.recountsModel()->rowCount(), 1);
    auto *view = child<QTableView>(&page, "recountsTable");
    const QModelIndex agentCell = page.recountsModel()->index(0, 1);
    QCOMPARE(agentCell.data().toString(), QStringLiteral("NOM-AG-1 Prénom"));
    QCOMPARE(page.recountsModel()->index(0, 4).data().toString(), LeaveLedger::formatDays(500));
    QCOMPARE(page.recountsModel()->index(0, 6).data().toString(),
             LeaveRecount::reasonLabel(QStringLiteral("calendar")));
    screenshot(&page, QStringLiteral("leave-admin-recounts.png"));
    auto *mark = child<QPushButton>(&page, "markReviewed");
    QVERIFY(!mark->isEnabled());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(agentCell).center());
    QVERIFY(mark->isEnabled());
    QTest::mouseClick(mark, Qt::LeftButton);
    QCOMPARE(page.recountsModel()->rowCount(), 0);
    QCOMPARE(m_desk.count(QStringLiteral("SELECT count(*) FROM leave_recounts WHERE reviewed = 1")),
             1);
    QCOMPARE(child<QLabel>(&page, "recountsCount")->text(),
             Civitas::Leave::Tr::tr("Nothing to review."));

    // The day off is removed again, after a confirmation: the day comes back.
    page.tabs()->setCurrentIndex(0);
    QTest::mouseClick(daysOff->viewport(),
                      Qt::LeftButton,
                      {},
                      daysOff->visualItemRect(daysOff->item(0, 1)).center());
    auto *remove = child<QPushButton>(&page, "removeDayOff");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(acceptConfirmation(&page, "confirmRemoveDayOff"));
    QCOMPARE(daysOff->rowCount(), 0);
    QCOMPARE(m_desk.count(QStringLiteral("SELECT half_days FROM leave_requests WHERE id = ?"),
                          {request}),
             10);
    QCOMPARE(LeaveLedger(m_desk.database())
                 .balance(QStringLiteral("ag-1"), annual, m_nextYear)
                 .availableHundredths(),
             2000);
    QCOMPARE(page.recountsModel()->rowCount(), 1);
}

void tst_LeaveAdminPage::closingAndAllocations()
{
    LeaveAdminPage page(m_desk.database(), m_hr);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Allocations of last year first.
    page.tabs()->setCurrentIndex(3);
    child<QSpinBox>(&page, "allocationYear")->setValue(m_lastYear);
    auto *writeAllocations = child<QPushButton>(&page, "writeAllocations");
    QVERIFY(!writeAllocations->isEnabled());
    click(&page, "previewAllocations");
    QVERIFY(writeAllocations->isEnabled());
    QVERIFY2(!m_english
                 || child<QLabel>(&page, "allocationSummary")
                        ->text()
                        .contains(QLatin1String("3 line(s) to write")),
             qPrintable(child<QLabel>(&page, "allocationSummary")->text()));
    QCOMPARE(
        m_desk.count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE source = ?"),
                     {QStringLiteral("alloc-%1").arg(m_lastYear)}),
        0);
    QTest::mouseClick(writeAllocations, Qt::LeftButton);
    // Cancelled: nothing written.
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("confirmAllocations"));
    QVERIFY(box && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(
        m_desk.count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE source = ?"),
                     {QStringLiteral("alloc-%1").arg(m_lastYear)}),
        0);
    QTest::mouseClick(writeAllocations, Qt::LeftButton);
    QVERIFY(acceptConfirmation(&page, "confirmAllocations"));
    QCOMPARE(
        m_desk.count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE source = ?"),
                     {QStringLiteral("alloc-%1").arg(m_lastYear)}),
        3);
    QVERIFY(!writeAllocations->isEnabled());
    screenshot(&page, QStringLiteral("leave-admin-allocations.png"));

    // The closing of last year: previewed, nothing written, then closed.
    page.tabs()->setCurrentIndex(2);
    auto *year = child<QSpinBox>(&page, "closingYear");
    QCOMPARE(year->value(), m_lastYear);
    auto *writeClosing = child<QPushButton>(&page, "writeClosing");
    QVERIFY(!writeClosing->isEnabled());
    click(&page, "previewClosing");
    auto *summary = child<QLabel>(&page, "closingSummary");
    QVERIFY2(!m_english || summary->text().contains(QLatin1String("2 agent(s)")),
             qPrintable(summary->text()));
    QVERIFY(writeClosing->isEnabled());
    auto *report = child<QTreeWidget>(&page, "closingReport");
    // Two agents and the totals.
    QCOMPARE(report->topLevelItemCount(), 3);
    QCOMPARE(report->topLevelItem(0)->text(0), QStringLiteral("NOM-AG-1 Prénom (100000)"));
    QCOMPARE(report->topLevelItem(0)->childCount(), 2); // annual leave and RTT expire
    QCOMPARE(report->topLevelItem(0)->child(0)->text(4), LeaveLedger::formatDays(-2500));
    QCOMPARE(report->topLevelItem(2)->text(0), Civitas::Leave::Tr::tr("Totals"));
    QCOMPARE(
        m_desk.count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE source = ?"),
                     {QStringLiteral("close-%1").arg(m_lastYear)}),
        0);
    screenshot(&page, QStringLiteral("leave-admin-closing.png"));
    QTest::mouseClick(writeClosing, Qt::LeftButton);
    QVERIFY(acceptConfirmation(&page, "confirmClosing"));
    QCOMPARE(
        m_desk.count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE source = ?"),
                     {QStringLiteral("close-%1").arg(m_lastYear)}),
        3);
    QVERIFY(!m_english || summary->text().contains(QLatin1String("3 line(s) written")));
    QVERIFY(!writeClosing->isEnabled());

    // Again: nothing to write.
    click(&page, "previewClosing");
    QVERIFY2(!m_english || summary->text().contains(QLatin1String("Nothing to write")),
             qPrintable(summary->text()));
    QVERIFY(!writeClosing->isEnabled());
    auto *onlyChanges = page.findChild<QAbstractButton *>(QStringLiteral("closingOnlyChanges"));
    // On its box: the check box spans the width of the page, its text does not.
    QTest::mouseClick(onlyChanges, Qt::LeftButton, {}, QPoint(8, onlyChanges->height() / 2));
    QVERIFY(onlyChanges->isChecked());
    QCOMPARE(report->topLevelItemCount(), 1); // the totals only

    // This year is not over.
    year->setValue(QDate::currentDate().year());
    click(&page, "previewClosing");
    QVERIFY(!m_english || summary->text().contains(QLatin1String("not over")));
    QVERIFY(!writeClosing->isEnabled());
}

void tst_LeaveAdminPage::adjustmentAndDeposit()
{
    LeaveAdminPage page(m_desk.database(), m_hr);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentIndex(3);
    const int year = QDate::currentDate().year();

    // The agent is found by registration number as HR types.
    auto *agent = child<LeaveAgentField>(&page, "adjustmentAgent");
    QTest::keyClicks(agent, QStringLiteral("10000"));
    QCOMPARE(agent->completer()->model()->rowCount(), 2);
    agent->clear();
    QTest::keyClicks(agent, QStringLiteral("100000"));
    QCOMPARE(agent->agentId(), QStringLiteral("ag-1"));
    QCOMPARE(child<QLabel>(&page, "adjustmentAgentName")->text(),
             QStringLiteral("NOM-AG-1 Prénom (100000)"));
    auto *type = child<QComboBox>(&page, "adjustmentType");
    type->setCurrentIndex(type->findData(rtt));
    child<QSpinBox>(&page, "adjustmentYear")->setValue(year);
    child<QDoubleSpinBox>(&page, "adjustmentDays")->setValue(1.5);
    click(&page, "recordAdjustment");
    auto *result = child<QLabel>(&page, "adjustmentResult");
    QVERIFY2(!m_english || result->text().contains(QLatin1String("reason")),
             qPrintable(result->text()));
    QCOMPARE(m_desk.count(QStringLiteral("SELECT count(*) FROM leave_ledger_entries WHERE kind = "
                                         "'adjustment' AND source = 'hr'")),
             0);
    QTest::keyClicks(child<QLineEdit>(&page, "adjustmentReason"),
                     QStringLiteral("Permanences estivales"));
    click(&page, "recordAdjustment");
    QVERIFY2(!m_english || result->text().contains(QLatin1String("Recorded")),
             qPrintable(result->text()));
    QCOMPARE(
        m_desk.count(QStringLiteral("SELECT days_hundredths FROM leave_ledger_entries WHERE kind = "
                                    "'adjustment' AND source = 'hr' "
                                    "AND agent_id = 'ag-1' AND leave_type_id = ? AND year = ?"),
                     {rtt, year}),
        150);

    // A deposit of annual leave: ag-2 took none this year, so it is refused, and why.
    m_desk.allocate(QStringLiteral("ag-2"), annual, year, 2000);
    m_desk.allocate(QStringLiteral("ag-1"), rtt, year, 1200);
    auto *depositAgent = child<LeaveAgentField>(&page, "depositAgent");
    QTest::keyClicks(depositAgent, QStringLiteral("100001"));
    child<QSpinBox>(&page, "depositYear")->setValue(year);
    child<QDoubleSpinBox>(&page, "depositDays")->setValue(2);
    click(&page, "deposit");
    auto *depositResult = child<QLabel>(&page, "depositResult");
    QVERIFY2(!m_english || depositResult->text().contains(QLatin1String("at least 16 d")),
             qPrintable(depositResult->text()));
    screenshot(&page, QStringLiteral("leave-admin-adjustment.png"));
    // RTT of ag-1: accepted.
    depositAgent->clear();
    QTest::keyClicks(depositAgent, QStringLiteral("100000"));
    auto *source = child<QComboBox>(&page, "depositSource");
    source->setCurrentIndex(source->findData(rtt));
    child<QDoubleSpinBox>(&page, "depositDays")->setValue(2);
    click(&page, "deposit");
    QVERIFY2(depositResult->text().contains(LeaveLedger::formatDays(200)),
             qPrintable(depositResult->text()));
    QCOMPARE(m_desk.count(QStringLiteral("SELECT coalesce(sum(days_hundredths), 0) FROM "
                                         "leave_ledger_entries WHERE agent_id = 'ag-1' "
                                         "AND leave_type_id = 'leave-type-tsa'")),
             200);
}

QTEST_MAIN(tst_LeaveAdminPage)
#include "tst_leaveadminpage.moc"
