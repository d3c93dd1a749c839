#include "myleavepage.h"
#include <leave/leavetr.h>

#include "leaveexportfile.h"
#include "leaverequestform.h"
#include "leaverequesthistorydialog.h"
#include <leave/models/leavebalancesmodel.h>
#include <leave/models/leaverequestlistmodel.h>
#include <leave/models/ledgerlinesmodel.h>
#include <leave/output/leaveicalendarexport.h>
#include <leave/output/leaverequestsheet.h>
#include <leave/store/leavecounters.h>

#include "expirynoticepanel.h"
#include <core/access/session.h>
#include <core/extension/liverefresh.h>
#include <core/formats/documentprinter.h>
#include <core/storage/database.h>
#include <hr/ui/hrwidgets.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

namespace {

QTableView *listTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

MyLeavePage::MyLeavePage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_store(database, session)
    , m_balances(new LeaveBalancesModel(database, this))
    , m_requests(new LeaveRequestListModel(database, this))
    , m_ledger(new LedgerLinesModel(database, this))
    , m_year(new QSpinBox(this))
    , m_exportCalendar(new QPushButton(Tr::tr("E&xport to my calendar (.ics)..."), this))
    , m_new(new QPushButton(Tr::tr("&New request..."), this))
    , m_missing(new QLabel(this))
    , m_balancesTable(listTable(QStringLiteral("balancesTable"), Tr::tr("My balances"), this))
    , m_noBalance(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_requestsTable(listTable(QStringLiteral("myRequestsTable"), Tr::tr("My requests"), this))
    , m_requestCount(new QLabel(this))
    , m_edit(new QPushButton(Tr::tr("&Edit the draft..."), this))
    , m_submit(new QPushButton(Tr::tr("Su&bmit"), this))
    , m_withdraw(new QPushButton(Tr::tr("&Withdraw"), this))
    , m_cancel(new QPushButton(Tr::tr("Ask for &cancellation..."), this))
    , m_history(new QPushButton(Tr::tr("&History"), this))
    , m_print(new QPushButton(Tr::tr("Print the &form..."), this))
    , m_ledgerTable(
          listTable(QStringLiteral("ledgerTable"), Tr::tr("Lines of my leave account"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("myLeavePage"));

    m_year->setObjectName(QStringLiteral("leaveYear"));
    m_year->setAccessibleName(Tr::tr("Year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_store.today().year());
    auto *yearLabel = new QLabel(Tr::tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_exportCalendar->setObjectName(QStringLiteral("exportMyCalendar"));
    m_exportCalendar->setAccessibleName(Tr::tr("Export my approved leave to a calendar file"));
    m_exportCalendar->setToolTip(
        Tr::tr("Your approved leave of the year shown, as a file (.ics) for "
               "Outlook, Thunderbird or your phone"));
    m_new->setObjectName(QStringLiteral("newLeaveRequest"));
    m_new->setAccessibleName(Tr::tr("New leave request"));

    m_missing->setObjectName(QStringLiteral("myLeaveMissing"));
    m_missing->setWordWrap(true);
    m_missing->setText(
        Tr::tr("Your account is not linked to an agent file on this computer: your leave appears "
               "after the next synchronisation, or once HR links your account."));

    m_balancesTable->setModel(m_balances);
    m_balancesTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_balancesTable->setFocusPolicy(Qt::TabFocus);
    m_balancesTable->setAlternatingRowColors(false);
    m_balancesTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_balancesTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_balancesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_balancesTable->horizontalHeader()->setSectionResizeMode(LeaveBalancesModel::TypeColumn,
                                                              QHeaderView::Stretch);
    m_balancesTable->horizontalHeader()->setMinimumSectionSize(110);
    m_noBalance->setObjectName(QStringLiteral("noBalance"));
    m_noBalance->setWordWrap(true);

    m_requestsTable->setModel(m_requests);
    m_requestsTable->setSortingEnabled(true);
    m_requestsTable->horizontalHeader()->setSortIndicator(LeaveRequestListModel::DatesColumn,
                                                          Qt::DescendingOrder);
    m_requestsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_requestsTable->horizontalHeader()->setStretchLastSection(true);
    m_requestsTable->setColumnWidth(LeaveRequestListModel::TypeColumn, 220);
    m_requestsTable->setColumnWidth(LeaveRequestListModel::DatesColumn, 280);
    m_requestsTable->setColumnWidth(LeaveRequestListModel::DurationColumn, 80);
    m_requestsTable->setColumnWidth(LeaveRequestListModel::StateColumn, 170);
    m_requestCount->setObjectName(QStringLiteral("myRequestsCount"));

    m_edit->setObjectName(QStringLiteral("editRequest"));
    m_submit->setObjectName(QStringLiteral("submitSelectedRequest"));
    m_withdraw->setObjectName(QStringLiteral("withdrawRequest"));
    m_cancel->setObjectName(QStringLiteral("askCancellation"));
    m_history->setObjectName(QStringLiteral("requestHistory"));
    m_history->setAccessibleName(Tr::tr("History of the request"));
    m_print->setObjectName(QStringLiteral("printRequestForm"));
    m_print->setAccessibleName(Tr::tr("Print the leave request form"));
    m_print->setToolTip(
        Tr::tr("The leave request form of the selected request, to print or save as PDF"));

    m_ledgerTable->setModel(m_ledger);
    m_ledgerTable->setSortingEnabled(true);
    m_ledgerTable->horizontalHeader()->setSortIndicator(LedgerLinesModel::DateColumn,
                                                        Qt::AscendingOrder);
    m_ledgerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ledgerTable->horizontalHeader()->setStretchLastSection(true);
    m_ledgerTable->setColumnWidth(LedgerLinesModel::DateColumn, 95);
    m_ledgerTable->setColumnWidth(LedgerLinesModel::TypeColumn, 180);
    m_ledgerTable->setColumnWidth(LedgerLinesModel::KindColumn, 150);
    m_ledgerTable->setColumnWidth(LedgerLinesModel::AmountColumn, 75);
    m_ledgerTable->setColumnWidth(LedgerLinesModel::BalanceColumn, 105);
    m_ledgerTable->setColumnWidth(LedgerLinesModel::RequestColumn, 250);

    m_status->setObjectName(QStringLiteral("myLeaveStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(Hr::HrWidgets::pageTitle(Tr::tr("My leave"), this));
    header->addStretch(1);
    header->addWidget(yearLabel);
    header->addWidget(m_year);
    header->addWidget(m_exportCalendar);
    header->addSpacing(12);
    header->addWidget(m_new);

    auto *requestsTab = new QWidget(m_tabs);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_submit, m_withdraw, m_cancel, m_history, m_print})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_requestCount);
    auto *requestsLayout = new QVBoxLayout(requestsTab);
    requestsLayout->addWidget(m_requestsTable, 1);
    requestsLayout->addLayout(actions);

    auto *ledgerTab = new QWidget(m_tabs);
    auto *ledgerNote = new QLabel(
        Tr::tr("Each line adds to your rights or takes from them; a balance is their sum. "
               "Open a line to see its request."),
        ledgerTab);
    ledgerNote->setWordWrap(true);
    auto *ledgerLayout = new QVBoxLayout(ledgerTab);
    ledgerLayout->addWidget(ledgerNote);
    ledgerLayout->addWidget(m_ledgerTable, 1);

    m_tabs->setObjectName(QStringLiteral("myLeaveTabs"));
    m_tabs->addTab(requestsTab, Tr::tr("My &requests"));
    m_tabs->addTab(ledgerTab, Tr::tr("Balance &details"));

    auto *balancesTitle = new QLabel(Tr::tr("Balances"), this);
    QFont bold = balancesTitle->font();
    bold.setBold(true);
    balancesTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(header);
    layout->addWidget(m_missing);
    layout->addWidget(new ExpiryNoticePanel(database, session, this));
    layout->addWidget(balancesTitle);
    layout->addWidget(m_balancesTable);
    layout->addWidget(m_noBalance);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    setTabOrder(m_year, m_exportCalendar);
    setTabOrder(m_exportCalendar, m_new);
    setTabOrder(m_new, m_balancesTable);
    setTabOrder(m_balancesTable, m_tabs);
    setTabOrder(m_tabs, m_requestsTable);
    setTabOrder(m_requestsTable, m_edit);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { reloadModels(selectedRequestId()); });
    connect(m_new, &QPushButton::clicked, this, &MyLeavePage::newRequest);
    connect(m_edit, &QPushButton::clicked, this, &MyLeavePage::editSelected);
    connect(m_submit, &QPushButton::clicked, this, &MyLeavePage::submitSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &MyLeavePage::withdrawSelected);
    connect(m_cancel, &QPushButton::clicked, this, &MyLeavePage::askCancellationOfSelected);
    connect(m_history, &QPushButton::clicked, this, &MyLeavePage::showHistoryOfSelected);
    connect(m_print, &QPushButton::clicked, this, &MyLeavePage::printSelectedForm);
    connect(
        m_exportCalendar, &QPushButton::clicked, this, &MyLeavePage::exportICalendarToChosenFile);
    // The view makes a row current before it selects it: follow the selection.
    connect(m_requestsTable->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MyLeavePage::updateActions);
    connect(m_requests, &QAbstractItemModel::modelReset, this, &MyLeavePage::updateActions);
    connect(m_requests, &SqlListModel::totalCountChanged, this, [this](int n) {
        m_requestCount->setText(Tr::tr("%n request(s) in %1", nullptr, n).arg(m_requests->year()));
    });
    // Double-click or Enter, as the platform activates items.
    connect(m_requestsTable, &QTableView::activated, this, [this] {
        LeaveRequest r;
        if (selectedRequest(&r) && r.state == LeaveRequestState::Draft)
            editSelected();
        else
            showHistoryOfSelected();
    });
    connect(m_ledgerTable, &QTableView::activated, this, &MyLeavePage::showLedgerLineRequest);
    connect(&session, &Session::changed, this, &MyLeavePage::reloadData);
    // A decision, a recount, a day off or a renamed type from another desk.
    LiveRefresh::follow(this,
                        database,
                        {QStringLiteral("leave_requests"),
                         QStringLiteral("leave_request_steps"),
                         QStringLiteral("leave_ledger_entries"),
                         QStringLiteral("leave_types"),
                         QStringLiteral("leave_days_off"),
                         QStringLiteral("agents"),
                         QStringLiteral("working_times")},
                        [this] { reloadData(); });

    reloadModels({});
}

void MyLeavePage::setToday(QDate today)
{
    m_store.setToday(today);
    if (m_year->value() != today.year())
        m_year->setValue(today.year());
    else
        reloadModels(selectedRequestId());
}

int MyLeavePage::year() const
{
    return m_year->value();
}

void MyLeavePage::setYear(int year)
{
    m_year->setValue(year);
}

void MyLeavePage::reloadData()
{
    // A sync may have brought days off, a renamed type or a decision on a request.
    m_store.reloadCalendar();
    // What the last action said may no longer be true.
    setStatus({});
    reloadModels(selectedRequestId(), Reading::InPlace);
    // The decisions the sync brought are in sight.
    if (isVisible())
        markRequestsSeen();
}

void MyLeavePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Back on the page on another day, or after another page changed the ledger.
    if (!event->spontaneous())
        reloadModels(selectedRequestId(), Reading::InPlace);
    markRequestsSeen();
}

void MyLeavePage::markRequestsSeen()
{
    if (!m_session.agentId().isEmpty() && m_database.isOpen())
        LeaveCounters::markSeen(m_database, m_session);
}

void MyLeavePage::reloadModels(const QString &keepRequestId, Reading reading)
{
    const QString agentId = m_session.agentId();
    const bool known = !agentId.isEmpty() && m_database.isOpen();
    m_missing->setVisible(agentId.isEmpty());
    m_new->setEnabled(known);
    m_exportCalendar->setEnabled(known);
    const int year = m_year->value();
    m_balances->load(agentId, year);
    m_requests->setAgentAndYear(agentId, year);
    m_ledger->setAgentAndYear(agentId, year);
    if (reading == Reading::InPlace) {
        // The lists stay where the user left them: selection, scroll and sort.
        m_requests->refresh();
        m_ledger->refresh();
    } else {
        m_requests->select();
        m_ledger->select();
    }
    m_noBalance->setText(
        Tr::tr("No leave rights are recorded for %1 yet: HR allocates them for each year.")
            .arg(year));
    m_noBalance->setVisible(known && m_balances->rowCount() == 0);
    m_balancesTable->setVisible(m_balances->rowCount() > 0);
    fitBalancesTable();
    m_requestCount->setText(
        Tr::tr("%n request(s) in %1", nullptr, m_requests->totalCount()).arg(year));
    if (!keepRequestId.isEmpty() && reading == Reading::Anew)
        selectRequest(keepRequestId);
    updateActions();
}

void MyLeavePage::fitBalancesTable()
{
    // Every balance in sight at once: a handful of rows, no scrolling.
    m_balancesTable->resizeRowsToContents();
    int height = m_balancesTable->horizontalHeader()->sizeHint().height()
                 + 2 * m_balancesTable->frameWidth();
    for (int row = 0; row < m_balances->rowCount(); ++row)
        height += m_balancesTable->rowHeight(row);
    m_balancesTable->setFixedHeight(height);
}

QString MyLeavePage::selectedRequestId() const
{
    const QModelIndex current = m_requestsTable->selectionModel()->currentIndex();
    if (!current.isValid() || !m_requestsTable->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_requests->idAt(current.row());
}

void MyLeavePage::selectRequest(const QString &requestId)
{
    const int row = m_requests->rowOfId(requestId);
    if (row < 0) {
        m_requestsTable->clearSelection();
        return;
    }
    m_requestsTable->selectRow(row);
    m_requestsTable->scrollTo(m_requests->index(row, 0));
    updateActions();
}

bool MyLeavePage::selectedRequest(LeaveRequest *request) const
{
    const QString id = selectedRequestId();
    return !id.isEmpty() && m_store.load(id, request);
}

void MyLeavePage::updateActions()
{
    LeaveRequest r;
    const bool selected = selectedRequest(&r);
    auto enable = [this, selected, &r](QPushButton *button, LeaveAction action) {
        const LeaveWorkflow::Move move
            = selected ? m_store.possibleMove(r, action) : LeaveWorkflow::Move();
        button->setEnabled(move.allowed);
        // A disabled button says why, rather than nothing.
        button->setToolTip(selected && !move.allowed ? move.refusal : QString());
    };
    enable(m_edit, LeaveAction::Submit);
    enable(m_submit, LeaveAction::Submit);
    enable(m_withdraw, LeaveAction::Withdraw);
    enable(m_cancel, LeaveAction::RequestCancellation);
    m_withdraw->setText(selected && r.state == LeaveRequestState::Draft
                            ? Tr::tr("Discard the &draft")
                            : Tr::tr("&Withdraw"));
    m_history->setEnabled(selected);
    m_print->setEnabled(selected);
}

void MyLeavePage::newRequest()
{
    LeaveRequest r;
    r.agentId = m_session.agentId();
    openForm(r);
}

void MyLeavePage::openForm(const LeaveRequest &request)
{
    if (m_form)
        m_form->close();
    m_form = new LeaveRequestForm(m_store, m_session.agentId(), this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    if (!request.id.isEmpty() || request.start.date.isValid())
        m_form->setRequest(request);
    connect(m_form, &LeaveRequestForm::saved, this, &MyLeavePage::formSaved);
    // Window-modal and not blocking: the page stays in the event loop (and in tests' reach).
    m_form->open();
}

void MyLeavePage::formSaved(const QString &requestId, LeaveRequestState state)
{
    LeaveRequest r;
    // The page shows the year of the request just written.
    if (m_store.load(requestId, &r) && r.start.date.year() != m_year->value()
        && r.end.date.year() != m_year->value()) {
        m_year->blockSignals(true);
        m_year->setValue(r.start.date.year());
        m_year->blockSignals(false);
    }
    reloadModels(requestId);
    m_tabs->setCurrentIndex(0);
    switch (state) {
    case LeaveRequestState::Draft:
        setStatus(Tr::tr("Draft saved. Submit it when it is ready: nobody sees it until then."));
        break;
    case LeaveRequestState::Approved:
        setStatus(Tr::tr("Recorded: this leave needs no approval."));
        break;
    default:
        setStatus(Tr::tr("Request sent: %1.").arg(LeaveRequestStates::label(state)));
        break;
    }
}

void MyLeavePage::editSelected()
{
    LeaveRequest r;
    if (selectedRequest(&r) && r.state == LeaveRequestState::Draft)
        openForm(r);
}

void MyLeavePage::submitSelected()
{
    LeaveRequest r;
    if (!selectedRequest(&r))
        return;
    const LeaveRequestStore::Result result = m_store.submit(r);
    if (!result.ok) {
        // The form shows each reason next to what to change.
        openForm(r);
        setStatus(result.message(), true);
        return;
    }
    formSaved(r.id, result.state);
}

void MyLeavePage::withdrawSelected()
{
    LeaveRequest r;
    if (!selectedRequest(&r))
        return;
    const bool draft = r.state == LeaveRequestState::Draft;
    auto *box = new QMessageBox(
        QMessageBox::Question,
        draft ? Tr::tr("Discard the draft") : Tr::tr("Withdraw the request"),
        draft ? Tr::tr("Discard this draft? It will not be sent.")
              : Tr::tr("Withdraw your request for %1? Your head will no longer see it.")
                    .arg(LeaveRequestListModel::periodText(r.start, r.end)),
        QMessageBox::Yes | QMessageBox::No,
        this);
    box->setObjectName(QStringLiteral("confirmWithdraw"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = r.id;
    connect(box, &QMessageBox::finished, this, [this, box, id, draft] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            act(id,
                LeaveAction::Withdraw,
                {},
                draft ? Tr::tr("Draft discarded.") : Tr::tr("Request withdrawn."));
    });
    box->open();
}

void MyLeavePage::askCancellationOfSelected()
{
    LeaveRequest r;
    if (!selectedRequest(&r))
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("askCancellationDialog"));
    dialog->setWindowTitle(Tr::tr("Ask for cancellation"));
    dialog->setLabelText(Tr::tr("Your leave %1 stays approved until your head agrees to cancel it. "
                                "Why do you ask? (optional)")
                             .arg(LeaveRequestListModel::periodText(r.start, r.end)));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(Tr::tr("Ask for cancellation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = r.id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &comment) {
        act(id,
            LeaveAction::RequestCancellation,
            comment.trimmed(),
            Tr::tr("Cancellation asked: your head decides."));
    });
    dialog->open();
}

void MyLeavePage::act(const QString &requestId,
                      LeaveAction action,
                      const QString &comment,
                      const QString &doneMessage)
{
    const LeaveRequestStore::Result result = m_store.act(requestId, action, comment);
    reloadModels(requestId);
    if (result.ok)
        setStatus(doneMessage);
    else
        setStatus(result.message(), true);
}

void MyLeavePage::showHistoryOfSelected()
{
    LeaveRequest r;
    if (!selectedRequest(&r))
        return;
    const LeaveType *type = m_store.types().byId(r.leaveTypeId);
    auto *dialog = new LeaveRequestHistoryDialog(
        r, type ? type->label : r.leaveTypeId, m_store.steps(r.id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MyLeavePage::selectedRequestForm(DocumentPrinter *printer, QString *error) const
{
    const QString id = selectedRequestId();
    if (id.isEmpty()) {
        if (error)
            *error = Tr::tr("Choose a request first.");
        return false;
    }
    return LeaveRequestSheet::printer(m_database, id, printer, error);
}

void MyLeavePage::printSelectedForm()
{
    DocumentPrinter printer;
    QString error;
    if (!selectedRequestForm(&printer, &error)) {
        setStatus(error, true);
        return;
    }
    printer.showPrintPreview(this);
}

QString MyLeavePage::iCalendarFileName() const
{
    return LeaveExportFile::fileNamePart(
               Tr::tr("leave-%1", "file name of the calendar export").arg(m_year->value()))
           + QStringLiteral(".ics");
}

bool MyLeavePage::exportICalendar(const QString &path)
{
    const int year = m_year->value();
    QString error;
    const ICalendarWriter calendar = LeaveICalendarExport::mine(
        m_database, m_session, QDate(year, 1, 1), QDate(year, 12, 31), &error);
    if (!error.isEmpty()) {
        setStatus(error, true);
        return false;
    }
    if (!LeaveExportFile::write(
            path,
            [&calendar](QIODevice *device, QString *reason) {
                return calendar.write(device, reason);
            },
            &error)) {
        setStatus(error, true);
        return false;
    }
    setStatus(Tr::tr("%n approved leave period(s) of %1 written to %2: open this file with your "
                     "calendar to add them.",
                     nullptr,
                     int(calendar.events().size()))
                  .arg(year)
                  .arg(QFileInfo(path).fileName()));
    return true;
}

void MyLeavePage::exportICalendarToChosenFile()
{
    const int year = m_year->value();
    QString readError;
    const bool empty
        = LeaveICalendarExport::mine(
              m_database, m_session, QDate(year, 1, 1), QDate(year, 12, 31), &readError)
              .events()
              .isEmpty();
    if (!readError.isEmpty()) {
        setStatus(readError, true);
        return;
    }
    // Nothing to put in a calendar: said before a file is asked for.
    if (empty) {
        setStatus(Tr::tr("You have no approved leave in %1: there is nothing to put in a calendar.")
                      .arg(year));
        return;
    }
    LeaveExportFile::askPath(this,
                             QStringLiteral("exportMyCalendarDialog"),
                             Tr::tr("Export my leave to a calendar"),
                             iCalendarFileName(),
                             Tr::tr("Calendar files (*.ics)"),
                             [this](const QString &path) { exportICalendar(path); });
}

void MyLeavePage::showLedgerLineRequest(const QModelIndex &index)
{
    const QString requestId = index.data(LedgerLinesModel::RequestIdRole).toString();
    if (requestId.isEmpty())
        return;
    m_tabs->setCurrentIndex(0);
    selectRequest(requestId);
    m_requestsTable->setFocus();
}

void MyLeavePage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace Civitas::Leave::Internal
