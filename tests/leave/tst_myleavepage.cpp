// "My leave" driven offscreen as an agent uses it: the balance, a request typed with the
// live count (holidays left out, half days), the refusals next to their fields with Submit
// disabled, a submitted request waiting and the projected balance reduced, a withdrawal, a
// draft taken up again and submitted, a decision read in the list, the ledger lines and the
// history with a deputy acting on behalf of the head, a supporting document; what leaves the
// page: the request form printed (preview and PDF), the year's approved leave as a calendar
// file, and the home page's count of changed requests reset by a look at the page.
//
// The town: service S headed by ag-head; the agent ag-1 works Monday to Friday and has 25 days
// of annual leave for 2026. Today is Wednesday 15 April 2026; Ascension is Thursday 14 May.

#include "leavetestdesk.h"

#include <leave/models/leavebalancesmodel.h>
#include <leave/models/leaverequestlistmodel.h>
#include <leave/models/ledgerlinesmodel.h>
#include <leave/store/leavecounters.h>
#include <leave/store/leaverequeststore.h>
#include <leave/ui/leaverequestform.h>
#include <leave/ui/leaverequesthistorydialog.h>
#include <leave/ui/myleavepage.h>

#include <core/access/roles.h>
#include <core/formats/documentprinter.h>
#include <core/formats/icalendarwriter.h>
#include <core/french/frenchcalendar.h>
#include <core/translations.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace Civitas;
using namespace Civitas::Leave;
using namespace Civitas::Leave::Internal;

class tst_MyLeavePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agentAsksForLeave();
    void supportingDocument();
    void yearAndMissingFile();
    void printTheForm();
    void exportToMyCalendar();
    void lookingResetsTheChangedCount();

private:
    void openPage(MyLeavePage &page);
    LeaveRequestForm *openForm(MyLeavePage &page);
    static void typeDate(QDateEdit *edit, QDate date);
    static QLabel *label(QWidget *parent, const char *name)
    {
        return parent->findChild<QLabel *>(QLatin1String(name));
    }
    static bool hasProblem(const LeaveRequestForm *form, LeaveProblem::Field field);
    static int balanceCell(const MyLeavePage &page, LeaveBalancesModel::Column column);
    static QString stateOf(const MyLeavePage &page, const QString &requestId);
    void clickRequest(MyLeavePage &page, const QString &requestId);
    void screenshot(QWidget *widget, const QString &name);
    // A request of ag-1 submitted, then decided by the head (no decision: left waiting).
    QString askAndDecide(QDate from, QDate to, LeaveAction decision);
    // Clicks `button`, which opens a print preview; its page count and title, then closes it.
    static int clickToPreview(QPushButton *button, QString *title);
    // The text of a PDF through pdftotext, without white space (pdftotext lays words out on
    // lines of its own); null when pdftotext is missing.
    static QString pdfText(const QString &path);
    // The dialog `name` of the page, once it is shown.
    template<typename Dialog>
    static Dialog *shownDialog(QWidget *page, const char *name);

    LeaveTestDesk m_desk;
    Session m_session;
    const QDate m_today{2026, 4, 15};
};

void tst_MyLeavePage::initTestCase()
{
    // Screenshots are taken in the interface's default language.
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR")) {
        Translations::install(QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    QVERIFY(m_desk.open());
    const QString s = m_desk.addUnit(QStringLiteral("S"), {}, QStringLiteral("ag-head"));
    m_desk.addAgent(QStringLiteral("ag-head"), s);
    m_desk.addAgent(QStringLiteral("ag-deputy"), s);
    m_desk.addAgent(QStringLiteral("ag-1"), s);
    m_desk.allocate(QStringLiteral("ag-1"), QStringLiteral("leave-type-annual"), 2026, 2500);
    m_desk.logIn(m_session, QStringLiteral("agent1"), QStringLiteral("ag-1"), {Roles::Agent});
}

void tst_MyLeavePage::openPage(MyLeavePage &page)
{
    page.setToday(m_today);
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
}

LeaveRequestForm *tst_MyLeavePage::openForm(MyLeavePage &page)
{
    auto *button = page.findChild<QPushButton *>(QStringLiteral("newLeaveRequest"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    LeaveRequestForm *form = page.requestForm();
    if (form)
        form->setFocus();
    return form && form->isVisible() ? form : nullptr;
}

void tst_MyLeavePage::typeDate(QDateEdit *edit, QDate date)
{
    // As a user does: each part of the French date selected and typed over.
    edit->setFocus();
    const std::pair<QDateTimeEdit::Section, QString> parts[]
        = {{QDateTimeEdit::DaySection, date.toString(QStringLiteral("dd"))},
           {QDateTimeEdit::MonthSection, date.toString(QStringLiteral("MM"))},
           {QDateTimeEdit::YearSection, date.toString(QStringLiteral("yyyy"))}};
    for (const auto &[section, digits] : parts) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, digits);
    }
    QCOMPARE(edit->date(), date);
}

bool tst_MyLeavePage::hasProblem(const LeaveRequestForm *form, LeaveProblem::Field field)
{
    const QList<LeaveProblem> problems = form->problems();
    return std::any_of(problems.cbegin(), problems.cend(), [field](const LeaveProblem &p) {
        return p.field == field;
    });
}

int tst_MyLeavePage::balanceCell(const MyLeavePage &page, LeaveBalancesModel::Column column)
{
    const LeaveBalancesModel *model = page.balancesModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(LeaveBalancesModel::TypeIdRole).toString()
            == QLatin1String("leave-type-annual"))
            return model->index(row, column).data(LeaveBalancesModel::HundredthsRole).toInt();
    }
    return -1;
}

QString tst_MyLeavePage::stateOf(const MyLeavePage &page, const QString &requestId)
{
    const int row = page.requestsModel()->rowOfId(requestId);
    return row < 0 ? QString()
                   : page.requestsModel()
                         ->index(row, 0)
                         .data(LeaveRequestListModel::StateRole)
                         .toString();
}

void tst_MyLeavePage::clickRequest(MyLeavePage &page, const QString &requestId)
{
    auto *table = page.findChild<QTableView *>(QStringLiteral("myRequestsTable"));
    const int row = page.requestsModel()->rowOfId(requestId);
    QVERIFY(row >= 0);
    QTest::mouseClick(
        table->viewport(),
        Qt::LeftButton,
        {},
        table->visualRect(page.requestsModel()->index(row, LeaveRequestListModel::DurationColumn))
            .center());
    QCOMPARE(page.selectedRequestId(), requestId);
}

void tst_MyLeavePage::screenshot(QWidget *widget, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR"))
        return;
    // Layouts settle in posted events: as on screen, let them run before the picture.
    QTest::qWait(20);
    QVERIFY(widget->grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR") + QLatin1Char('/')
                                + name));
}

void tst_MyLeavePage::agentAsksForLeave()
{
    MyLeavePage page(m_desk.database(), m_session);
    openPage(page);
    QAbstractItemModelTester balancesTester(page.balancesModel());
    QAbstractItemModelTester requestsTester(page.requestsModel());
    QAbstractItemModelTester ledgerTester(page.ledgerModel());
    const QLocale locale;

    // The balance as HR allocated it.
    QCOMPARE(page.year(), 2026);
    QCOMPARE(page.balancesModel()->rowCount(), 1);
    QCOMPARE(balanceCell(page, LeaveBalancesModel::RightsColumn), 2500);
    QCOMPARE(balanceCell(page, LeaveBalancesModel::ProjectedColumn), 2500);
    QCOMPARE(page.balancesModel()->index(0, LeaveBalancesModel::AvailableColumn).data().toString(),
             LeaveLedger::formatDays(2500));
    QCOMPARE(page.requestsModel()->rowCount(), 0);

    // A week in May, typed: five days worked, 25 before and 20 after.
    QPointer<LeaveRequestForm> form = openForm(page);
    QVERIFY(form);
    auto *type = form->findChild<QComboBox *>(QStringLiteral("leaveType"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("leave-type-annual"));
    auto *first = form->findChild<QDateEdit *>(QStringLiteral("firstDay"));
    auto *last = form->findChild<QDateEdit *>(QStringLiteral("lastDay"));
    auto *firstHalf = form->findChild<QComboBox *>(QStringLiteral("firstDayHalf"));
    auto *submit = form->findChild<QPushButton *>(QStringLiteral("submitRequest"));
    typeDate(first, QDate(2026, 5, 18));
    typeDate(last, QDate(2026, 5, 22));
    QCOMPARE(form->evaluation().count.halfDays, 10);
    QVERIFY2(label(form, "requestCount")->text().startsWith(QLatin1String("5 ")),
             qPrintable(label(form, "requestCount")->text()));
    QVERIFY(label(form, "requestBalance")
                ->text()
                .contains(LeaveLedger::formatDays(2500).toHtmlEscaped()));
    QVERIFY(label(form, "requestBalance")
                ->text()
                .contains(LeaveLedger::formatDays(2000).toHtmlEscaped()));
    QVERIFY(label(form, "requestSkipped")->isHidden());
    QVERIFY(form->problems().isEmpty());
    QVERIFY(submit->isEnabled());
    // Starting on Monday afternoon: four and a half days.
    firstHalf->setFocus();
    QTest::keyClick(firstHalf, Qt::Key_Down);
    QCOMPARE(form->evaluation().count.halfDays, 9);
    QVERIFY(label(form, "requestCount")->text().startsWith(locale.toString(4.5, 'f', 1)));
    QTest::keyClick(firstHalf, Qt::Key_Up);
    QCOMPARE(form->evaluation().count.halfDays, 10);

    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY(!form);
    QCOMPARE(page.requestsModel()->rowCount(), 1);
    const QString week = page.requestsModel()->idAt(0);
    QCOMPARE(page.selectedRequestId(), week);
    QCOMPARE(stateOf(page, week), QStringLiteral("submitted"));
    QCOMPARE(page.requestsModel()->index(0, LeaveRequestListModel::StateColumn).data().toString(),
             LeaveRequestStates::label(LeaveRequestState::Submitted));
    QCOMPARE(
        page.requestsModel()->index(0, LeaveRequestListModel::DurationColumn).data().toString(),
        LeaveLedger::formatDays(500));
    QCOMPARE(balanceCell(page, LeaveBalancesModel::PendingColumn), 500);
    QCOMPARE(balanceCell(page, LeaveBalancesModel::AvailableColumn), 2500);
    QCOMPARE(balanceCell(page, LeaveBalancesModel::ProjectedColumn), 2000);
    QVERIFY(!label(&page, "myLeaveStatus")->text().isEmpty());

    // A second request that overlaps the first: refused next to the dates, Submit disabled.
    form = openForm(page);
    QVERIFY(form);
    first = form->findChild<QDateEdit *>(QStringLiteral("firstDay"));
    last = form->findChild<QDateEdit *>(QStringLiteral("lastDay"));
    firstHalf = form->findChild<QComboBox *>(QStringLiteral("firstDayHalf"));
    auto *lastHalf = form->findChild<QComboBox *>(QStringLiteral("lastDayHalf"));
    submit = form->findChild<QPushButton *>(QStringLiteral("submitRequest"));
    auto *saveDraft = form->findChild<QPushButton *>(QStringLiteral("saveDraft"));
    typeDate(first, QDate(2026, 5, 20));
    typeDate(last, QDate(2026, 5, 27));
    QVERIFY(hasProblem(form, LeaveProblem::Field::Dates));
    QVERIFY(label(form, "datesProblem")->isVisible());
    QVERIFY(!label(form, "datesProblem")->text().isEmpty());
    QVERIFY(!submit->isEnabled());
    // June whole: 22 days, more than the 20 left once the waiting week is counted.
    typeDate(first, QDate(2026, 6, 1));
    typeDate(last, QDate(2026, 6, 30));
    QCOMPARE(form->evaluation().count.halfDays, 44);
    QVERIFY(!hasProblem(form, LeaveProblem::Field::Dates));
    QVERIFY(hasProblem(form, LeaveProblem::Field::Balance));
    QVERIFY(label(form, "balanceProblem")->isVisible());
    QVERIFY(label(form, "datesProblem")->isHidden());
    QVERIFY(!submit->isEnabled());
    screenshot(form, QStringLiteral("leave-request-form-refused.png"));

    // A draft that cannot be saved (the afternoon to the morning of one day) keeps what was typed.
    typeDate(first, QDate(2026, 6, 3));
    typeDate(last, QDate(2026, 6, 3));
    firstHalf->setCurrentIndex(1);
    lastHalf->setCurrentIndex(1);
    QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("leaveComment")),
                     QStringLiteral("Pont"));
    QVERIFY(!form->evaluation().count.isValid());
    QTest::mouseClick(saveDraft, Qt::LeftButton);
    QVERIFY(form && form->isVisible());
    QVERIFY(!form->lastError().isEmpty());
    QVERIFY(label(form, "datesProblem")->isVisible());
    QCOMPARE(first->date(), QDate(2026, 6, 3));
    QCOMPARE(lastHalf->currentIndex(), 1);
    QCOMPARE(form->findChild<QPlainTextEdit *>(QStringLiteral("leaveComment"))->toPlainText(),
             QStringLiteral("Pont"));
    QCOMPARE(page.requestsModel()->rowCount(), 1);

    // The week of Ascension: four days, the holiday named as not counted. Saved as a draft.
    firstHalf->setCurrentIndex(0);
    lastHalf->setCurrentIndex(0);
    typeDate(first, QDate(2026, 5, 11));
    typeDate(last, QDate(2026, 5, 15));
    QCOMPARE(form->evaluation().count.halfDays, 8);
    QVERIFY(label(form, "requestCount")->text().startsWith(QLatin1String("4 ")));
    QVERIFY(label(form, "requestSkipped")->isVisible());
    QVERIFY2(label(form, "requestSkipped")
                 ->text()
                 .contains(FrenchCalendar().holidayName(QDate(2026, 5, 14))),
             qPrintable(label(form, "requestSkipped")->text()));
    QVERIFY(submit->isEnabled());
    screenshot(form, QStringLiteral("leave-request-form.png"));
    QTest::mouseClick(saveDraft, Qt::LeftButton);
    QTRY_VERIFY(!form);
    QCOMPARE(page.requestsModel()->rowCount(), 2);
    const QString ascension = page.selectedRequestId();
    QVERIFY(!ascension.isEmpty() && ascension != week);
    QCOMPARE(stateOf(page, ascension), QStringLiteral("draft"));
    // Newest first: the week of the 18th above that of the 11th.
    QCOMPARE(page.requestsModel()->idAt(0), week);
    // A draft takes nothing from the balance.
    QCOMPARE(balanceCell(page, LeaveBalancesModel::ProjectedColumn), 2000);

    // The draft taken up again, a comment added, submitted.
    auto *edit = page.findChild<QPushButton *>(QStringLiteral("editRequest"));
    auto *withdraw = page.findChild<QPushButton *>(QStringLiteral("withdrawRequest"));
    auto *askCancellation = page.findChild<QPushButton *>(QStringLiteral("askCancellation"));
    auto *history = page.findChild<QPushButton *>(QStringLiteral("requestHistory"));
    clickRequest(page, ascension);
    QVERIFY(edit->isEnabled());
    QVERIFY(withdraw->isEnabled());
    QVERIFY(!askCancellation->isEnabled());
    QVERIFY(!askCancellation->toolTip().isEmpty());
    QTest::mouseClick(edit, Qt::LeftButton);
    form = page.requestForm();
    QVERIFY(form && form->isVisible());
    QCOMPARE(form->findChild<QDateEdit *>(QStringLiteral("firstDay"))->date(), QDate(2026, 5, 11));
    QCOMPARE(form->findChild<QDateEdit *>(QStringLiteral("lastDay"))->date(), QDate(2026, 5, 15));
    QCOMPARE(form->evaluation().count.halfDays, 8);
    // The comment typed before the refused save came with the draft; it is typed over.
    auto *comment = form->findChild<QPlainTextEdit *>(QStringLiteral("leaveComment"));
    QCOMPARE(comment->toPlainText(), QStringLiteral("Pont"));
    comment->setFocus();
    QTest::keyClick(comment, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(comment, QStringLiteral("Pont de l'Ascension"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("submitRequest")),
                      Qt::LeftButton);
    QTRY_VERIFY(!form);
    QCOMPARE(page.requestsModel()->rowCount(), 2);
    QCOMPARE(stateOf(page, ascension), QStringLiteral("submitted"));
    QCOMPARE(
        m_desk.value(QStringLiteral("SELECT comment FROM leave_requests WHERE id = ?"), {ascension})
            .toString(),
        QStringLiteral("Pont de l'Ascension"));
    QCOMPARE(balanceCell(page, LeaveBalancesModel::PendingColumn), 900);
    QCOMPARE(balanceCell(page, LeaveBalancesModel::ProjectedColumn), 1600);

    // The week of the 18th withdrawn, after a confirmation.
    clickRequest(page, week);
    QVERIFY(!edit->isEnabled());
    QVERIFY(withdraw->isEnabled());
    QTest::mouseClick(withdraw, Qt::LeftButton);
    auto *confirm = page.findChild<QMessageBox *>(QStringLiteral("confirmWithdraw"));
    QVERIFY(confirm && confirm->isVisible());
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(stateOf(page, week), QStringLiteral("withdrawn"));
    QCOMPARE(page.selectedRequestId(), week);
    QVERIFY(!withdraw->isEnabled());
    QCOMPARE(balanceCell(page, LeaveBalancesModel::PendingColumn), 400);
    QCOMPARE(balanceCell(page, LeaveBalancesModel::ProjectedColumn), 2100);

    // Its history: submitted, then withdrawn, both by the agent.
    QTest::mouseClick(history, Qt::LeftButton);
    auto *dialog = page.findChild<LeaveRequestHistoryDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->table()->rowCount(), 2);
    QCOMPARE(dialog->table()->item(0, 1)->text(),
             LeaveRequestHistoryDialog::stepLabel(QStringLiteral("submitted")));
    QCOMPARE(dialog->table()->item(1, 1)->text(),
             LeaveRequestHistoryDialog::stepLabel(QStringLiteral("withdrawn")));
    QCOMPARE(dialog->table()->item(1, 2)->text(), m_session.displayName());
    QCOMPARE(dialog->table()->item(1, 4)->text(),
             LeaveRequestStates::label(LeaveRequestState::Withdrawn));
    dialog->close();

    // The head approves the Ascension week with a word; the page reloads after the sync.
    {
        Session head;
        m_desk.logIn(
            head, QStringLiteral("head"), QStringLiteral("ag-head"), {Roles::DepartmentHead});
        LeaveRequestStore store(m_desk.database(), head);
        store.setToday(m_today);
        const LeaveRequestStore::Result r
            = store.act(ascension, LeaveAction::Approve, QStringLiteral("Bon repos"));
        QVERIFY2(r.ok, qPrintable(r.message()));
        m_desk.database().setCurrentUser(m_session.login());
    }
    page.reloadData();
    QCOMPARE(stateOf(page, ascension), QStringLiteral("approved"));
    const int ascensionRow = page.requestsModel()->rowOfId(ascension);
    // Who decided, and what they wrote.
    const QString decision = page.requestsModel()
                                 ->index(ascensionRow, LeaveRequestListModel::DecisionColumn)
                                 .data()
                                 .toString();
    QVERIFY2(decision.startsWith(QLatin1String("Approved by ")), qPrintable(decision));
    QVERIFY2(decision.endsWith(QStringLiteral("“Bon repos”")), qPrintable(decision));
    QCOMPARE(balanceCell(page, LeaveBalancesModel::TakenColumn), 400);
    QCOMPARE(balanceCell(page, LeaveBalancesModel::AvailableColumn), 2100);
    QCOMPARE(balanceCell(page, LeaveBalancesModel::PendingColumn), 0);

    // The ledger explains the balance: 25 allocated, 4 taken, 21 left; the use line leads to
    // its request.
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("myLeaveTabs"));
    tabs->setCurrentIndex(1);
    LedgerLinesModel *ledger = page.ledgerModel();
    QCOMPARE(ledger->rowCount(), 2);
    QCOMPARE(ledger->index(0, LedgerLinesModel::AmountColumn).data().toString(),
             QStringLiteral("+") + LeaveLedger::formatDays(2500));
    QCOMPARE(ledger->index(0, LedgerLinesModel::BalanceColumn).data().toString(),
             LeaveLedger::formatDays(2500));
    QCOMPARE(ledger->index(1, LedgerLinesModel::KindColumn).data().toString(),
             LedgerEntry::kindLabel(LedgerEntry::Kind::Use));
    QCOMPARE(ledger->index(1, LedgerLinesModel::AmountColumn).data().toString(),
             QStringLiteral("\u2212") + LeaveLedger::formatDays(400));
    QCOMPARE(ledger->index(1, LedgerLinesModel::BalanceColumn).data().toString(),
             LeaveLedger::formatDays(2100));
    QCOMPARE(ledger->index(1, 0).data(LedgerLinesModel::RequestIdRole).toString(), ascension);
    QVERIFY(ledger->index(0, 0).data(LedgerLinesModel::RequestIdRole).toString().isEmpty());
    screenshot(&page, QStringLiteral("leave-my-ledger.png"));
    page.findChild<QTableView *>(QStringLiteral("myRequestsTable"))->clearSelection();
    auto *ledgerTable = page.findChild<QTableView *>(QStringLiteral("ledgerTable"));
    const QRect useLine
        = ledgerTable->visualRect(ledger->index(1, LedgerLinesModel::RequestColumn));
    QTest::mouseClick(ledgerTable->viewport(), Qt::LeftButton, {}, useLine.center());
    QTest::mouseDClick(ledgerTable->viewport(), Qt::LeftButton, {}, useLine.center());
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(page.selectedRequestId(), ascension);

    // Approved leave: not withdrawn, but its cancellation asked, with a reason.
    QVERIFY(!withdraw->isEnabled());
    QVERIFY(askCancellation->isEnabled());
    QTest::mouseClick(askCancellation, Qt::LeftButton);
    auto *ask = page.findChild<QInputDialog *>(QStringLiteral("askCancellationDialog"));
    QVERIFY(ask && ask->isVisible());
    auto *reason = ask->findChild<QPlainTextEdit *>();
    QVERIFY(reason);
    QTest::keyClicks(reason, QStringLiteral("Enfant malade"));
    QTest::mouseClick(ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(stateOf(page, ascension), QStringLiteral("cancellation_requested"));
    QVERIFY(!askCancellation->isEnabled());

    // The head is away; the deputy keeps the leave on the head's behalf.
    m_desk.exec(
        QStringLiteral(
            "INSERT INTO leave_delegations (id, org_unit_id, delegator_agent_id, deputy_agent_id, "
            "start_date, end_date) VALUES ('delegation-1', 'unit-S', 'ag-head', 'ag-deputy', ?, "
            "?)"),
        {m_today.toString(Qt::ISODate), m_today.addDays(7).toString(Qt::ISODate)});
    {
        Session deputy;
        m_desk.logIn(deputy, QStringLiteral("deputy"), QStringLiteral("ag-deputy"), {Roles::Agent});
        LeaveRequestStore store(m_desk.database(), deputy);
        store.setToday(m_today);
        const LeaveRequestStore::Result r = store.act(ascension,
                                                      LeaveAction::RefuseCancellation,
                                                      QStringLiteral("Service minimum ce jour-là"));
        QVERIFY2(r.ok, qPrintable(r.message()));
        m_desk.database().setCurrentUser(m_session.login());
    }
    page.reloadData();
    QCOMPARE(page.selectedRequestId(), ascension);
    QCOMPARE(stateOf(page, ascension), QStringLiteral("approved"));
    const QString refusal = page.requestsModel()
                                ->index(page.requestsModel()->rowOfId(ascension),
                                        LeaveRequestListModel::DecisionColumn)
                                .data()
                                .toString();
    QVERIFY2(refusal.startsWith(QLatin1String("Cancellation refused by ")), qPrintable(refusal));
    QVERIFY2(refusal.endsWith(QStringLiteral("“Service minimum ce jour-là”")), qPrintable(refusal));
    // By keyboard this time: Enter on the selected request opens its history.
    auto *requestsTable = page.findChild<QTableView *>(QStringLiteral("myRequestsTable"));
    requestsTable->setFocus();
    QTest::keyClick(requestsTable, Qt::Key_Return);
    dialog = nullptr;
    for (auto *d : page.findChildren<LeaveRequestHistoryDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    QVERIFY(dialog);
    QTableWidget *steps = dialog->table();
    QCOMPARE(steps->rowCount(), 5);
    const QStringList actions = {QStringLiteral("created"),
                                 QStringLiteral("submitted"),
                                 QStringLiteral("approved"),
                                 QStringLiteral("cancellation_requested"),
                                 QStringLiteral("cancellation_refused")};
    for (int row = 0; row < actions.size(); ++row)
        QCOMPARE(steps->item(row, 1)->text(),
                 LeaveRequestHistoryDialog::stepLabel(actions.at(row)));
    QCOMPARE(steps->item(2, 2)->text(), QStringLiteral("Name of head"));
    QCOMPARE(steps->item(2, 5)->text(), QStringLiteral("Bon repos"));
    QCOMPARE(steps->item(3, 5)->text(), QStringLiteral("Enfant malade"));
    QCOMPARE(steps->item(4, 2)->text(), QStringLiteral("Name of deputy"));
    QVERIFY2(steps->item(4, 3)->text().contains(QLatin1String("NOM-AG-HEAD")),
             qPrintable(steps->item(4, 3)->text()));
    QVERIFY(steps->item(2, 3)->text().isEmpty());
    screenshot(dialog, QStringLiteral("leave-request-history.png"));
    dialog->close();

    tabs->setCurrentIndex(0);
    screenshot(&page, QStringLiteral("leave-my-leave.png"));
}

void tst_MyLeavePage::supportingDocument()
{
    MyLeavePage page(m_desk.database(), m_session);
    openPage(page);
    QPointer<LeaveRequestForm> form = openForm(page);
    QVERIFY(form);
    auto *type = form->findChild<QComboBox *>(QStringLiteral("leaveType"));
    auto *attach = form->findChild<QPushButton *>(QStringLiteral("attachDocument"));
    auto *submit = form->findChild<QPushButton *>(QStringLiteral("submitRequest"));
    // Annual leave needs no document: the row is not shown.
    QVERIFY(!attach->isVisibleTo(form));
    // Training, chosen by keyboard: a document is needed, no balance is kept.
    type->setFocus();
    QTest::keyClicks(type, QStringLiteral("Formation"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("leave-type-training"));
    QVERIFY(attach->isVisibleTo(form));
    typeDate(form->findChild<QDateEdit *>(QStringLiteral("firstDay")), QDate(2026, 6, 8));
    typeDate(form->findChild<QDateEdit *>(QStringLiteral("lastDay")), QDate(2026, 6, 9));
    QCOMPARE(form->evaluation().count.halfDays, 4);
    QVERIFY(hasProblem(form, LeaveProblem::Field::Document));
    QVERIFY(!hasProblem(form, LeaveProblem::Field::Balance));
    QVERIFY(label(form, "documentProblem")->isVisible());
    QVERIFY(!submit->isEnabled());

    // Not a PDF, JPEG or PNG; too large: refused with the reason, nothing attached.
    const QString text = m_desk.filePath(QStringLiteral("convocation.txt"));
    const QString large = m_desk.filePath(QStringLiteral("convocation-scan.pdf"));
    const QString pdf = m_desk.filePath(QStringLiteral("convocation.pdf"));
    for (const auto &[path, content] :
         {std::pair{text, QByteArray("Convocation")},
          std::pair{large, QByteArray("%PDF-1.4\n") + QByteArray(6 * 1024 * 1024, 'x')},
          std::pair{pdf, QByteArray("%PDF-1.4\nconvocation\n%%EOF\n")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    // The town takes files up to 5 MB (a town setting).
    QVERIFY(m_desk.exec(QStringLiteral(
        "INSERT INTO town_settings (id, value) VALUES ('files/maxBytes', '5242880')")));
    QVERIFY(!form->attachDocument(text));
    QVERIFY(label(form, "documentProblem")->text().contains(QLatin1String("convocation.txt")));
    QVERIFY(!form->attachDocument(large));
    QVERIFY(label(form, "documentProblem")->text().contains(QLatin1String("convocation-scan.pdf")));
    QVERIFY(!submit->isEnabled());
    QVERIFY(form->attachDocument(pdf));
    QVERIFY(!hasProblem(form, LeaveProblem::Field::Document));
    QVERIFY(label(form, "documentProblem")->isHidden());
    QVERIFY(label(form, "documentName")->text().contains(QLatin1String("convocation.pdf")));
    QVERIFY(submit->isEnabled());
    // Removed, it is needed again.
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("removeDocument")),
                      Qt::LeftButton);
    QVERIFY(!submit->isEnabled());
    QVERIFY(form->attachDocument(pdf));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY(!form);
    const QString id = page.selectedRequestId();
    QCOMPARE(stateOf(page, id), QStringLiteral("submitted"));
    QCOMPARE(
        m_desk
            .value(QStringLiteral(
                       "SELECT document_name || ' ' || document_mime_type || ' ' || document_size "
                       "FROM leave_requests WHERE id = ?"),
                   {id})
            .toString(),
        QStringLiteral("convocation.pdf application/pdf 27"));
    // Training keeps no balance: the annual leave balance alone is listed.
    QCOMPARE(page.balancesModel()->rowCount(), 1);
}

void tst_MyLeavePage::yearAndMissingFile()
{
    MyLeavePage page(m_desk.database(), m_session);
    openPage(page);
    QVERIFY(page.requestsModel()->totalCount() > 0);
    auto *year = page.findChild<QSpinBox *>(QStringLiteral("leaveYear"));
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Up);
    QCOMPARE(page.year(), 2027);
    QCOMPARE(page.requestsModel()->totalCount(), 0);
    QCOMPARE(page.balancesModel()->rowCount(), 0);
    QCOMPARE(page.ledgerModel()->rowCount(), 0);
    QVERIFY(label(&page, "noBalance")->isVisible());
    QTest::keyClick(year, Qt::Key_Down);
    QVERIFY(page.requestsModel()->totalCount() > 0);
    QVERIFY(label(&page, "noBalance")->isHidden());

    // An account not linked to an agent: said so, nothing to ask.
    Session nobody;
    m_desk.logIn(nobody, QStringLiteral("admin"), QString(), {Roles::Administrator});
    MyLeavePage empty(m_desk.database(), nobody);
    openPage(empty);
    QVERIFY(label(&empty, "myLeaveMissing")->isVisible());
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("newLeaveRequest"))->isEnabled());
    QCOMPARE(empty.requestsModel()->rowCount(), 0);
    m_desk.database().setCurrentUser(m_session.login());
}

QString tst_MyLeavePage::askAndDecide(QDate from, QDate to, LeaveAction decision)
{
    LeaveRequest r;
    r.agentId = QStringLiteral("ag-1");
    r.leaveTypeId = QStringLiteral("leave-type-annual");
    r.start = {from, Hr::WeeklyPattern::Morning};
    r.end = {to, Hr::WeeklyPattern::Afternoon};
    {
        LeaveRequestStore store(m_desk.database(), m_session);
        store.setToday(m_today);
        const LeaveRequestStore::Result result = store.submit(r);
        if (!result.ok) {
            qWarning("%s", qPrintable(result.message()));
            return {};
        }
    }
    if (decision != LeaveAction::Submit) {
        Session head;
        m_desk.logIn(
            head, QStringLiteral("head"), QStringLiteral("ag-head"), {Roles::DepartmentHead});
        LeaveRequestStore store(m_desk.database(), head);
        store.setToday(m_today);
        const LeaveRequestStore::Result result = store.act(r.id, decision, QStringLiteral("Vu"));
        m_desk.database().setCurrentUser(m_session.login());
        if (!result.ok) {
            qWarning("%s", qPrintable(result.message()));
            return {};
        }
    }
    return r.id;
}

int tst_MyLeavePage::clickToPreview(QPushButton *button, QString *title)
{
    int pages = -1;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            if (preview && preview->pageCount() > 0) {
                pages = preview->pageCount();
                *title = dialog->windowTitle();
                dialog->reject();
                return;
            }
        }
        // Whatever opened instead is closed: the test fails rather than hangs.
        if (elapsed.hasExpired(20000)) {
            if (auto *modal = QApplication::activeModalWidget())
                modal->close();
        }
    });
    poll.start();
    QTest::mouseClick(button, Qt::LeftButton);
    return pages;
}

QString tst_MyLeavePage::pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return QStringLiteral("pdftotext did not finish");
    QString text = QString::fromUtf8(process.readAllStandardOutput())
                       .normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text.isNull() ? QStringLiteral("") : text;
}

template<typename Dialog>
Dialog *tst_MyLeavePage::shownDialog(QWidget *page, const char *name)
{
    for (Dialog *d : page->findChildren<Dialog *>(QLatin1String(name))) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

void tst_MyLeavePage::printTheForm()
{
    const QString approved
        = askAndDecide(QDate(2026, 9, 7), QDate(2026, 9, 11), LeaveAction::Approve);
    QVERIFY(!approved.isEmpty());
    MyLeavePage page(m_desk.database(), m_session);
    openPage(page);
    auto *print = page.findChild<QPushButton *>(QStringLiteral("printRequestForm"));
    QVERIFY(print);
    page.findChild<QTableView *>(QStringLiteral("myRequestsTable"))->clearSelection();
    QVERIFY(!print->isEnabled());
    DocumentPrinter printer;
    QString error;
    QVERIFY(!page.selectedRequestForm(&printer, &error));
    QVERIFY(!error.isEmpty());

    // The approved week: the preview opens on the form, titled with the agent's name.
    clickRequest(page, approved);
    QVERIFY(print->isEnabled());
    QString title;
    QCOMPARE(clickToPreview(print, &title), 1);
    QVERIFY2(title.contains(QStringLiteral("NOM-AG-1 Prénom")), qPrintable(title));
    QVERIFY(label(&page, "myLeaveStatus")->text().isEmpty());

    // The same form as a PDF: the agent, the days, the state, the balance.
    QVERIFY2(page.selectedRequestForm(&printer, &error), qPrintable(error));
    QVERIFY2(printer.missingKeys().isEmpty(), qPrintable(printer.missingKeys().join(u',')));
    const QString path = m_desk.filePath(QStringLiteral("my-leave-request.pdf"));
    QVERIFY2(printer.printToPdf(path, &error), qPrintable(error));
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR"))
        QFile::copy(path,
                    qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                        + QStringLiteral("/leave-my-request-form.pdf"));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
    for (const char *expected : {"Demandedecongé",
                                 "NOM-AG-1Prénom",
                                 "UnitS",
                                 "Congésannuels",
                                 "État:accordée",
                                 "lundi7septembre2026matin",
                                 "vendredi11septembre2026après-midi",
                                 "5jours"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)),
                 qPrintable(QString::fromUtf8(expected) + QStringLiteral(" not in: ") + text));
}

void tst_MyLeavePage::exportToMyCalendar()
{
    const QString approved
        = askAndDecide(QDate(2026, 10, 12), QDate(2026, 10, 13), LeaveAction::Approve);
    const QString refused
        = askAndDecide(QDate(2026, 10, 19), QDate(2026, 10, 19), LeaveAction::Refuse);
    const QString waiting
        = askAndDecide(QDate(2026, 10, 26), QDate(2026, 10, 26), LeaveAction::Submit);
    QVERIFY(!approved.isEmpty() && !refused.isEmpty() && !waiting.isEmpty());
    MyLeavePage page(m_desk.database(), m_session);
    openPage(page);
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportMyCalendar"));
    QVERIFY(exportButton && exportButton->isEnabled());

    // The button asks where, proposing the year's file in the documents.
    QVERIFY(page.iCalendarFileName().endsWith(QLatin1String("-2026.ics")));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto *dialog = shownDialog<QFileDialog>(&page, "exportMyCalendarDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QVERIFY2(dialog->selectedFiles().value(0).endsWith(QLatin1Char('/') + page.iCalendarFileName()),
             qPrintable(dialog->selectedFiles().join(u',')));
    const QString path = m_desk.filePath(QStringLiteral("my-leave.ics"));
    dialog->selectFile(path);
    // As the Save button does (QFileDialog::accept is protected; QDialog::accept is public).
    static_cast<QDialog *>(dialog)->accept();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(ICalendarWriter::unfold(file.readAll()));
    QVERIFY(ics.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
    QVERIFY2(ics.contains(QStringLiteral("UID:%1@civitas\r\n").arg(approved)), qPrintable(ics));
    QVERIFY(ics.contains(QStringLiteral("SUMMARY:NOM-AG-1 Prénom — Congés annuels\r\n")));
    QVERIFY(ics.contains(QLatin1String("DTSTART;VALUE=DATE:20261012\r\n")));
    // The year's approved leave only: not what was refused or still waits.
    QVERIFY(!ics.contains(refused));
    QVERIFY(!ics.contains(waiting));
    QVERIFY2(label(&page, "myLeaveStatus")->text().contains(QLatin1String("my-leave.ics")),
             qPrintable(label(&page, "myLeaveStatus")->text()));

    // A file that cannot be written: nothing written, the page says which and why.
    const QString nowhere = m_desk.filePath(QStringLiteral("no-such-folder/leave.ics"));
    QVERIFY(!page.exportICalendar(nowhere));
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY2(label(&page, "myLeaveStatus")->text().contains(QDir::toNativeSeparators(nowhere)),
             qPrintable(label(&page, "myLeaveStatus")->text()));
    QVERIFY(label(&page, "myLeaveStatus")->styleSheet().contains(QLatin1String("color")));

    // A year without approved leave: said, no file asked for.
    page.setYear(2027);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(!shownDialog<QFileDialog>(&page, "exportMyCalendarDialog"));
    QVERIFY(label(&page, "myLeaveStatus")->text().contains(QLatin1String("2027")));
    screenshot(&page, QStringLiteral("leave-my-leave-2027.png"));
}

void tst_MyLeavePage::lookingResetsTheChangedCount()
{
    Database &db = m_desk.database();
    // The head's decisions are news for the agent until they look at the page.
    QVERIFY(!askAndDecide(QDate(2026, 11, 2), QDate(2026, 11, 3), LeaveAction::Approve).isEmpty());
    QVERIFY(LeaveCounters::myRequestsThatChanged(db, m_session) > 0);
    MyLeavePage page(m_desk.database(), m_session);
    QVERIFY(LeaveCounters::myRequestsThatChanged(db, m_session) > 0);
    openPage(page);
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_session), 0);

    // A decision a sync brings while the page is in sight: seen once the page shows it.
    QTest::qWait(5);
    QVERIFY(!askAndDecide(QDate(2026, 11, 16), QDate(2026, 11, 16), LeaveAction::Refuse).isEmpty());
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_session), 1);
    page.reloadData();
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_session), 0);

    // The page hidden (another page in front): a sync does not count as a look, coming back does.
    page.hide();
    QTest::qWait(5);
    QVERIFY(
        !askAndDecide(QDate(2026, 11, 23), QDate(2026, 11, 23), LeaveAction::Approve).isEmpty());
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_session), 1);
    page.reloadData();
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_session), 1);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(LeaveCounters::myRequestsThatChanged(db, m_session), 0);
}

QTEST_MAIN(tst_MyLeavePage)
#include "tst_myleavepage.moc"
