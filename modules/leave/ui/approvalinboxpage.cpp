#include "approvalinboxpage.h"
#include <leave/domain/leavetextlimits.h>
#include <leave/leavetr.h>

#include "delegationdialog.h"
#include "teamcalendarview.h"
#include <leave/models/pendingrequestsmodel.h>
#include <leave/models/teamcalendarmodel.h>
#include <leave/store/delegationstore.h>
#include <leave/store/leaveauthority.h>
#include <leave/store/unitdirectory.h>

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/extension/liverefresh.h>
#include <core/storage/database.h>
#include <hr/store/agentlookup.h>
#include <hr/ui/hrwidgets.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Civitas::Leave::Internal {

namespace {

// Days shown either side of the selected requests in the strip, and the most it shows.
constexpr int StripMargin = 7;
constexpr int StripMaxDays = 62;

bool awaitsDecision(LeaveRequestState state)
{
    return state == LeaveRequestState::Submitted || state == LeaveRequestState::WaitingHr;
}

} // namespace

ApprovalInboxPage::ApprovalInboxPage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_store(database, session)
    , m_model(new PendingRequestsModel(database, this))
    , m_stripModel(new TeamCalendarModel(database, this))
    , m_table(new QTableView(this))
    , m_banner(new QLabel(this))
    , m_count(new QLabel(this))
    , m_wholeTown(
          new QCheckBox(Tr::tr("Every request waiting in the town (standing in for a head)"), this))
    , m_approve(new QPushButton(Tr::tr("&Approve"), this))
    , m_refuse(new QPushButton(Tr::tr("&Refuse…"), this))
    , m_cancelLeave(new QPushButton(Tr::tr("&Cancel the leave"), this))
    , m_keepLeave(new QPushButton(Tr::tr("&Keep the leave"), this))
    , m_delegate(new QPushButton(Tr::tr("&Delegate…"), this))
    , m_refusalPanel(new QWidget(this))
    , m_reason(new QLineEdit(this))
    , m_confirmRefusal(new QPushButton(Tr::tr("Refuse"), this))
    , m_report(new QListWidget(this))
    , m_stripTitle(new QLabel(this))
    , m_actingFor(new QLabel(this))
    , m_strip(new TeamCalendarView(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("approvalInboxPage"));
    m_table->setObjectName(QStringLiteral("pendingRequestsTable"));
    m_table->setAccessibleName(Tr::tr("Requests waiting for your decision"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PendingRequestsModel::Dates, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_banner->setObjectName(QStringLiteral("onBehalfBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0c060; padding: 6px; }"));
    m_banner->hide();
    m_count->setObjectName(QStringLiteral("pendingCount"));
    m_approve->setObjectName(QStringLiteral("approveRequests"));
    m_refuse->setObjectName(QStringLiteral("refuseRequests"));
    m_cancelLeave->setObjectName(QStringLiteral("cancelLeave"));
    m_cancelLeave->setToolTip(
        Tr::tr("The agent asked to cancel this approved leave: give the days back"));
    m_keepLeave->setObjectName(QStringLiteral("keepLeave"));
    m_keepLeave->setToolTip(Tr::tr("Refuse the cancellation: the leave stays approved"));
    m_delegate->setObjectName(QStringLiteral("openDelegations"));
    m_delegate->setToolTip(Tr::tr("Let a deputy decide for your units while you are away"));
    m_reason->setObjectName(QStringLiteral("refusalReason"));
    m_reason->setMaxLength(LeaveTextLimits::comment);
    m_reason->setAccessibleName(Tr::tr("Reason for the refusal"));
    m_reason->setPlaceholderText(Tr::tr("Why? The agent will read it."));
    m_confirmRefusal->setObjectName(QStringLiteral("confirmRefusal"));
    m_confirmRefusal->setEnabled(false);
    m_report->setObjectName(QStringLiteral("actionReport"));
    m_report->setAccessibleName(Tr::tr("What became of each request"));
    m_report->setMaximumHeight(110);
    m_report->hide();
    m_stripTitle->setObjectName(QStringLiteral("stripTitle"));
    QFont bold = m_stripTitle->font();
    bold.setBold(true);
    m_stripTitle->setFont(bold);
    m_actingFor->setObjectName(QStringLiteral("actingFor"));
    m_actingFor->setWordWrap(true);
    m_actingFor->hide();
    m_strip->setObjectName(QStringLiteral("teamStrip"));
    m_strip->setAccessibleName(Tr::tr("The team around these dates"));
    m_strip->setCalendarModel(m_stripModel);
    m_warning->setObjectName(QStringLiteral("staffingWarning"));
    m_warning->setWordWrap(true);

    auto *refusalBack = new QPushButton(Tr::tr("Back"), m_refusalPanel);
    auto *refusalLayout = new QHBoxLayout(m_refusalPanel);
    refusalLayout->setContentsMargins(0, 0, 0, 0);
    auto *reasonLabel = new QLabel(Tr::tr("Reason:"), m_refusalPanel);
    reasonLabel->setBuddy(m_reason);
    refusalLayout->addWidget(reasonLabel);
    refusalLayout->addWidget(m_reason, 1);
    refusalLayout->addWidget(m_confirmRefusal);
    refusalLayout->addWidget(refusalBack);
    m_refusalPanel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_refuse);
    buttons->addSpacing(16);
    buttons->addWidget(m_cancelLeave);
    buttons->addWidget(m_keepLeave);
    buttons->addStretch(1);
    buttons->addWidget(m_delegate);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // HR's list is what waits for HR; the whole town's on demand, when a head is away.
    m_wholeTown->setObjectName(QStringLiteral("wholeTown"));
    m_wholeTown->setVisible(m_session.hasRole(Roles::Hr));
    connect(m_wholeTown, &QCheckBox::toggled, this, [this] { reloadData(); });
    leftLayout->addWidget(m_wholeTown);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_actingFor);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_refusalPanel);
    leftLayout->addWidget(m_report);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *stripHint = new QLabel(
        Tr::tr("Outlined: the requests selected, counted as approved in the present row."), right);
    stripHint->setWordWrap(true);
    rightLayout->addWidget(m_stripTitle);
    rightLayout->addWidget(m_strip, 1);
    rightLayout->addWidget(stripHint);
    rightLayout->addWidget(m_warning);

    // The list above the strip, each the page's whole width: side by side, at 1280 pixels the
    // strip's days left the list so narrow that the state, the date asked and the agent's
    // comment were out of sight.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 280});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(Hr::HrWidgets::pageTitle(Tr::tr("Leave to decide"), this));
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ApprovalInboxPage::selectionChanged);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ApprovalInboxPage::selectionChanged);
    connect(m_model, &SqlListModel::totalCountChanged, this, [this](int n) {
        m_count->setText(n == 0 ? Tr::tr("No request waits for your decision.")
                                : Tr::tr("%n request(s) waiting for your decision", nullptr, n));
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { act(LeaveAction::Approve, {}); });
    connect(m_refuse, &QPushButton::clicked, this, &ApprovalInboxPage::askRefusalReason);
    connect(m_cancelLeave, &QPushButton::clicked, this, [this] {
        act(LeaveAction::ApproveCancellation, {});
    });
    connect(m_keepLeave, &QPushButton::clicked, this, [this] {
        act(LeaveAction::RefuseCancellation, {});
    });
    connect(m_delegate, &QPushButton::clicked, this, &ApprovalInboxPage::openDelegations);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_confirmRefusal->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_reason, &QLineEdit::returnPressed, m_confirmRefusal, &QPushButton::click);
    connect(m_confirmRefusal, &QPushButton::clicked, this, [this] {
        const QString reason = m_reason->text().trimmed();
        if (reason.isEmpty())
            return;
        // Cleared only once a refusal went through: a failed one keeps what the head typed.
        if (act(LeaveAction::Refuse, reason) > 0) {
            m_refusalPanel->hide();
            m_reason->clear();
        }
    });
    connect(refusalBack, &QPushButton::clicked, this, [this] {
        m_refusalPanel->hide();
        m_reason->clear();
    });
    connect(&session, &Session::changed, this, &ApprovalInboxPage::reloadData);

    reloadData();
    // Requests submitted or decided elsewhere come and go.
    LiveRefresh::follow(this,
                        database,
                        {QStringLiteral("leave_requests"),
                         QStringLiteral("leave_request_steps"),
                         QStringLiteral("leave_ledger_entries"),
                         QStringLiteral("leave_delegations"),
                         QStringLiteral("leave_types"),
                         QStringLiteral("leave_days_off"),
                         QStringLiteral("agents"),
                         QStringLiteral("org_units")},
                        [this] { reloadData(); });
}

void ApprovalInboxPage::setToday(QDate today)
{
    m_today = today;
    m_store.setToday(today);
    m_strip->setToday(today);
    reloadData();
}

void ApprovalInboxPage::applyScope()
{
    const LeaveAuthority authority(m_database, m_session);
    const bool hr = m_session.hasRole(Roles::Hr);
    m_model->setScope(
        m_session.agentId(), authority.teamAgentsSql(today()), hr, hr && m_wholeTown->isChecked());
}

void ApprovalInboxPage::updateBanner(const QStringList &problems)
{
    // Decisions taken through a delegation are recorded on behalf of the head: say so first.
    QStringList lines;
    if (!m_session.agentId().isEmpty()) {
        const Result<QList<DelegationStore::Received>> received
            = DelegationStore(m_database).inForceFor(m_session.agentId(), today());
        if (!received.ok())
            lines.append(received.error());
        for (const DelegationStore::Received &d : received.valueOr({})) {
            lines.append(Tr::tr("You decide for %1 on behalf of %2 until %3.")
                             .arg(d.unitName,
                                  d.delegatorName,
                                  QLocale().toString(d.end, QLocale::ShortFormat)));
        }
    }
    lines.append(problems);
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setVisible(!lines.isEmpty());
}

void ApprovalInboxPage::reloadData()
{
    const QStringList selected = selectedRequestIds();
    m_store.reloadCalendar();
    applyScope();
    // In place: the rows the user scrolled to stay in sight.
    m_model->refresh();
    // Sized to what is shown (a page of rows at most), long names and types cut short.
    m_table->resizeColumnsToContents();
    // At 1280 pixels every column up to the balance is in sight; the comment takes the rest,
    // whole in its tooltip.
    for (const auto &[column, widest] : {std::pair{int(PendingRequestsModel::Agent), 180},
                                         std::pair{int(PendingRequestsModel::Type), 150},
                                         std::pair{int(PendingRequestsModel::Comment), 320}})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    m_count->setText(
        m_model->totalCount() == 0
            ? Tr::tr("No request waits for your decision.")
            : Tr::tr("%n request(s) waiting for your decision", nullptr, m_model->totalCount()));
    // A file that cannot be read is said in the banner, not taken for "heads nothing".
    QStringList problems;
    const Result<bool> heads = DelegationStore(m_database).headsAUnit(m_session.agentId());
    if (!heads.ok())
        problems.append(heads.error());
    m_delegate->setVisible(heads.valueOr(false));
    updateBanner(problems);
    // What was selected before a sync stays selected when still waiting.
    QItemSelection selection;
    for (const QString &id : selected) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, PendingRequestsModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    selectionChanged();
}

void ApprovalInboxPage::showRecord(const QString &requestId)
{
    int row = m_model->rowOfId(requestId);
    while (row < 0 && m_model->canFetchMore())
        m_model->fetchMore();
    row = m_model->rowOfId(requestId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QList<int> ApprovalInboxPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList ApprovalInboxPage::selectedRequestIds() const
{
    QStringList ids;
    for (int row : selectedRows())
        ids.append(m_model->idAt(row));
    return ids;
}

QString ApprovalInboxPage::staffingWarning() const
{
    return m_warningText;
}

void ApprovalInboxPage::selectionChanged()
{
    const QList<int> rows = selectedRows();
    updateButtons(rows);
    updateStrip(rows);
}

void ApprovalInboxPage::updateButtons(const QList<int> &rows)
{
    bool decision = false;
    bool cancellation = false;
    for (int row : rows) {
        const LeaveRequestState state = m_model->stateAt(row);
        decision = decision || awaitsDecision(state);
        cancellation = cancellation || state == LeaveRequestState::CancellationRequested;
    }
    m_approve->setEnabled(decision);
    m_refuse->setEnabled(decision);
    m_cancelLeave->setEnabled(cancellation);
    m_keepLeave->setEnabled(cancellation);
    if (!decision)
        m_refusalPanel->hide();

    // A deputy's decision is the head's: name them before the click. The same few questions
    // for the whole selection, however long.
    QStringList agentIds;
    for (int row : rows)
        agentIds.append(m_model->agentIdAt(row));
    const Result<QHash<QString, LeaveAuthority::Standing>> standings
        = LeaveAuthority(m_database, m_session).standingsTowards(agentIds, today());
    QStringList headIds;
    for (const QString &agentId : std::as_const(agentIds)) {
        const QString head
            = standings.ok() ? standings->value(agentId).onBehalfOfAgentId : QString();
        if (!head.isEmpty() && !headIds.contains(head))
            headIds.append(head);
    }
    const Result<QHash<QString, QString>> names = Hr::AgentLookup(m_database).displayNames(headIds);
    QStringList heads;
    for (const QString &id : std::as_const(headIds)) {
        const QString name = names.ok() ? names->value(id, id) : id;
        if (!heads.contains(name))
            heads.append(name);
    }
    const QString problem = !standings.ok() ? standings.error() : names.error();
    m_actingFor->setText(
        !problem.isEmpty() ? problem
        : heads.isEmpty()
            ? QString()
            : Tr::tr("You act on behalf of %1.").arg(heads.join(QStringLiteral(", "))));
    m_actingFor->setVisible(!m_actingFor->text().isEmpty());
}

void ApprovalInboxPage::updateStrip(const QList<int> &rows)
{
    m_warningText.clear();
    if (rows.isEmpty()) {
        m_stripModel->load({}, QDate(), QDate());
        m_stripTitle->setText(Tr::tr("Select a request to see who else is away around its dates."));
        m_warning->clear();
        return;
    }
    // The strip shows the unit of the current request; warnings cover every unit selected.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int currentRow
        = current.isValid() && rows.contains(current.row()) ? current.row() : rows.constFirst();
    QStringList units;
    for (int row : rows) {
        if (!units.contains(m_model->unitIdAt(row)))
            units.append(m_model->unitIdAt(row));
    }
    const QString shownUnit = m_model->unitIdAt(currentRow);
    units.removeAll(shownUnit);
    units.prepend(shownUnit);

    // Every unit's name in one question; one that cannot be read leaves the names blank (the
    // directory logs why) rather than the staffing warnings unsaid.
    const QHash<QString, QString> unitNames = UnitDirectory(m_database).names(units).valueOr({});
    const QStringList ids = selectedRequestIds();
    QStringList warnings;
    const QLocale locale;
    for (const QString &unit : std::as_const(units)) {
        QDate first;
        QDate last;
        QList<QPair<QDate, QDate>> spans; // of requests awaiting approval: they take people away
        for (int row : rows) {
            if (m_model->unitIdAt(row) != unit)
                continue;
            const QDate s = m_model->startAt(row).date;
            const QDate e = m_model->endAt(row).date;
            first = first.isValid() ? std::min(first, s) : s;
            last = last.isValid() ? std::max(last, e) : e;
            if (awaitsDecision(m_model->stateAt(row)))
                spans.append({s, e});
        }
        QDate from = first.addDays(-StripMargin);
        QDate to = last.addDays(StripMargin);
        if (from.daysTo(to) + 1 > StripMaxDays)
            to = from.addDays(StripMaxDays - 1);
        TeamCalendarModel other(m_database);
        TeamCalendarModel *model = unit == shownUnit ? m_stripModel : &other;
        model->load({unit}, from, to);
        model->setFocusRequests(ids);
        const QString unitName = unitNames.value(unit);
        if (unit == shownUnit) {
            // The agent of the current request in sight, among maybe a hundred rows.
            const int agentRow = m_stripModel->rowOfAgent(m_model->agentIdAt(currentRow));
            if (agentRow >= 0)
                m_strip->scrollTo(m_stripModel->index(agentRow, 0),
                                  QAbstractItemView::PositionAtCenter);
            m_stripTitle->setText(Tr::tr("%1, %2 – %3")
                                      .arg(unitName,
                                           locale.toString(from, QLocale::ShortFormat),
                                           locale.toString(to, QLocale::ShortFormat)));
        }
        QStringList days;
        for (const QDate &d : model->daysBelowMinimum()) {
            const bool taken = std::any_of(spans.cbegin(), spans.cend(), [&d](const auto &span) {
                return d >= span.first && d <= span.second;
            });
            if (taken)
                days.append(Tr::tr("%1 (%2 present)")
                                .arg(locale.toString(d, QLocale::ShortFormat))
                                .arg(model->presence(model->columnOf(d)).lowest()));
        }
        if (!days.isEmpty()) {
            warnings.append(Tr::tr("If approved, %1 falls below its minimum staffing of %2: %3.")
                                .arg(unitName)
                                .arg(model->minimumStaffing())
                                .arg(days.join(QStringLiteral(", "))));
        }
    }
    m_warningText = warnings.join(QLatin1Char('\n'));
    if (!m_warningText.isEmpty()) {
        m_warning->setText(m_warningText);
        m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    } else {
        m_warning->setStyleSheet({});
        m_warning->setText(m_stripModel->minimumStaffing() > 0
                               ? Tr::tr("Enough agents stay present: the minimum staffing is %1.")
                                     .arg(m_stripModel->minimumStaffing())
                               : Tr::tr("No minimum staffing is set for this unit."));
    }
}

void ApprovalInboxPage::askRefusalReason()
{
    m_refusalPanel->show();
    m_reason->setFocus();
}

int ApprovalInboxPage::act(LeaveAction action, const QString &comment)
{
    const bool decision = action == LeaveAction::Approve || action == LeaveAction::Refuse;
    QList<Target> targets;
    for (int row : selectedRows()) {
        const LeaveRequestState state = m_model->stateAt(row);
        if (decision ? !awaitsDecision(state) : state != LeaveRequestState::CancellationRequested)
            continue;
        targets.append({m_model->idAt(row),
                        m_model->agentNameAt(row) + QStringLiteral(", ")
                            + m_model->index(row, PendingRequestsModel::Dates).data().toString()});
    }
    if (targets.isEmpty())
        return 0;
    m_report->clear();
    int done = 0;
    for (const Target &t : std::as_const(targets)) {
        // Each its own transaction: one refused by the rules (or the server) leaves the others.
        const LeaveRequestStore::Result r = m_store.act(t.id, action, comment);
        auto *item = new QListWidgetItem(m_report);
        item->setData(Qt::UserRole, t.id);
        item->setData(Qt::UserRole + 1, r.ok);
        if (r.ok) {
            ++done;
            // A refusal went through, but it is no good news: no green tick for it.
            const bool refusal
                = action == LeaveAction::Refuse || action == LeaveAction::RefuseCancellation;
            item->setIcon(style()->standardIcon(refusal ? QStyle::SP_DialogNoButton
                                                        : QStyle::SP_DialogApplyButton));
            item->setText(Tr::tr("%1: %2").arg(t.text, LeaveRequestStates::label(r.state)));
        } else {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setText(Tr::tr("%1: not done. %2").arg(t.text, r.message()));
            item->setForeground(QColor(0xb7, 0x1c, 0x1c));
        }
    }
    m_report->show();
    // The selection stays when nothing went through, for another try.
    if (done > 0)
        m_table->selectionModel()->clearSelection();
    reloadData();
    if (done > 0)
        emit requestsDecided();
    return done;
}

void ApprovalInboxPage::openDelegations()
{
    DelegationDialog dialog(m_database, m_session, this);
    dialog.setToday(today());
    dialog.exec();
    reloadData();
}

} // namespace Civitas::Leave::Internal
