#include "leaveadminpage.h"
#include <leave/leavetr.h>

#include "leaveagentfield.h"
#include "leaveplanview.h"
#include <leave/domain/leavecalendar.h>
#include <leave/models/recountlistmodel.h>
#include <leave/store/daysoffstore.h>
#include <leave/store/leavecalendarstore.h>
#include <leave/store/leaverecount.h>
#include <leave/store/leaverightsplanner.h>
#include <leave/store/leavetypecatalog.h>
#include <leave/store/leaveyearclosing.h>
#include <leave/store/recountreview.h>

#include <core/access/session.h>
#include <core/storage/database.h>
#include <hr/ui/hrwidgets.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Civitas::Leave::Internal {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QSpinBox *yearBox(const QString &objectName, int year, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(2000, 2100);
    box->setValue(year);
    box->setAccessibleName(Tr::tr("Year"));
    return box;
}

// What a form answers: room for a refusal of a few lines, so that the layout does not jump.
QLabel *resultLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 4);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Who the agent field designates, as HR types.
QLabel *agentNameLabel(LeaveAgentField *field, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QObject::connect(
        field, &LeaveAgentField::agentChanged, label, [field, label](const QString &agentId) {
            if (agentId.isEmpty()) {
                label->setText(field->text().trimmed().isEmpty() ? QString()
                                                                 : Tr::tr("No agent found."));
                return;
            }
            label->setText(field->labelOf(agentId));
        });
    return label;
}

} // namespace

LeaveAdminPage::LeaveAdminPage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("leaveAdminPage"));
    m_tabs->setObjectName(QStringLiteral("leaveAdminTabs"));
    m_tabs->addTab(createDaysOffTab(), Tr::tr("Days off"));
    m_tabs->addTab(createRecountsTab(), Tr::tr("Recounts to review"));
    m_tabs->addTab(createClosingTab(), Tr::tr("Year-end closing"));
    m_tabs->addTab(createAllocationsTab(), Tr::tr("Allocations"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(Hr::HrWidgets::pageTitle(Tr::tr("Leave administration"), this));
    layout->addWidget(m_tabs, 1);
    reloadData();
}

void LeaveAdminPage::reloadData()
{
    loadDaysOff();
    m_recounts->select();
    updateRecountCount();
}

void LeaveAdminPage::confirm(const QString &objectName,
                             const QString &title,
                             const QString &text,
                             const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(objectName);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, onYes] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onYes();
    });
    box->open();
}

// --- Days off -------------------------------------------------------------------------------

QWidget *LeaveAdminPage::createDaysOffTab()
{
    auto *tab = new QWidget(this);
    m_daysOff = Hr::HrWidgets::historyTable(QStringLiteral("daysOffTable"),
                                            Tr::tr("Days off"),
                                            {Tr::tr("Day"), Tr::tr("Name")},
                                            1,
                                            tab);
    m_dayOffDate = new QDateEdit(QDate::currentDate(), tab);
    m_dayOffDate->setObjectName(QStringLiteral("dayOffDate"));
    m_dayOffDate->setCalendarPopup(true);
    m_dayOffDate->setAccessibleName(Tr::tr("Day off"));
    m_dayOffName = new QLineEdit(tab);
    m_dayOffName->setObjectName(QStringLiteral("dayOffName"));
    m_dayOffName->setPlaceholderText(Tr::tr("Name, e.g. Bridge day of Ascension"));
    m_dayOffName->setAccessibleName(Tr::tr("Name of the day off"));
    m_addDayOff = new QPushButton(Tr::tr("Add the day off"), tab);
    m_addDayOff->setObjectName(QStringLiteral("addDayOff"));
    m_addDayOff->setEnabled(false);
    m_removeDayOff = new QPushButton(Tr::tr("Remove", "a day off"), tab);
    m_removeDayOff->setObjectName(QStringLiteral("removeDayOff"));
    m_removeDayOff->setEnabled(false);
    m_daysOffResult = new QLabel(tab);
    m_daysOffResult->setObjectName(QStringLiteral("daysOffResult"));
    m_daysOffResult->setWordWrap(true);
    m_recountChanges = Hr::HrWidgets::historyTable(
        QStringLiteral("recountChanges"),
        Tr::tr("Leave counted again"),
        {Tr::tr("Agent"), Tr::tr("Leave"), Tr::tr("Dates"), Tr::tr("Before"), Tr::tr("After")},
        0,
        tab);
    m_recountChanges->hide();

    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(Tr::tr("Day:"), tab));
    form->addWidget(m_dayOffDate);
    form->addWidget(m_dayOffName, 1);
    form->addWidget(m_addDayOff);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_removeDayOff);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(explanation(
        Tr::tr("Days the mayor grants beyond the public holidays. Leave is not counted on them: "
               "adding or removing one counts again the leave it falls in."),
        tab));
    layout->addLayout(form);
    layout->addWidget(m_daysOff, 2);
    layout->addLayout(listButtons);
    layout->addWidget(m_daysOffResult);
    layout->addWidget(m_recountChanges, 1);

    connect(m_dayOffName, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_addDayOff->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_dayOffName, &QLineEdit::returnPressed, this, &LeaveAdminPage::addDayOff);
    connect(m_addDayOff, &QPushButton::clicked, this, &LeaveAdminPage::addDayOff);
    connect(m_removeDayOff, &QPushButton::clicked, this, &LeaveAdminPage::askRemoveDayOff);
    connect(m_daysOff, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeDayOff->setEnabled(m_daysOff->currentRow() >= 0
                                   && !m_daysOff->selectedItems().isEmpty());
    });
    return tab;
}

void LeaveAdminPage::loadDaysOff()
{
    m_daysOff->setRowCount(0);
    const Result<QList<DaysOffStore::DayOff>> days = DaysOffStore(m_database).list();
    if (!days.ok())
        m_daysOffResult->setText(days.error());
    for (const DaysOffStore::DayOff &d : days.valueOr({})) {
        const int row = m_daysOff->rowCount();
        m_daysOff->insertRow(row);
        auto *dayItem
            = new QTableWidgetItem(QLocale().toString(d.day, QStringLiteral("dddd d MMMM yyyy")));
        dayItem->setData(Qt::UserRole, d.id);
        m_daysOff->setItem(row, 0, dayItem);
        m_daysOff->setItem(row, 1, new QTableWidgetItem(d.name));
    }
    m_removeDayOff->setEnabled(false);
}

void LeaveAdminPage::addDayOff()
{
    const QDate day = m_dayOffDate->date();
    const QString name = m_dayOffName->text().trimmed();
    if (name.isEmpty()) {
        m_daysOffResult->setText(
            Tr::tr("Give the day off a name: agents see it in their calendar."));
        return;
    }
    const LeaveCalendar calendar = LeaveCalendarStore::calendar(m_database);
    const QString already = calendar.dayOffName(day);
    if (!already.isEmpty()) {
        m_daysOffResult->setText(Tr::tr("%1 is already a day off (%2).")
                                     .arg(QLocale().toString(day, QLocale::LongFormat), already));
        return;
    }
    const Result<QString> added = DaysOffStore(m_database).add(day, name);
    if (!added.ok()) {
        m_daysOffResult->setText(added.error());
        return;
    }
    m_dayOffName->clear();
    loadDaysOff();
    // The trigger queued a recount from that day on: do it now, and show it.
    const LeaveRecount::Result r = LeaveRecount::processQueue(m_database, m_session);
    showRecountChanges(r.changes, r.ok ? QString() : r.error);
    m_daysOffResult->setText(Tr::tr("%1 added.").arg(QLocale().toString(day, QLocale::LongFormat))
                             + QLatin1Char(' ') + m_daysOffResult->text());
}

void LeaveAdminPage::askRemoveDayOff()
{
    const int row = m_daysOff->currentRow();
    if (row < 0)
        return;
    const QString id = m_daysOff->item(row, 0)->data(Qt::UserRole).toString();
    const QString label
        = m_daysOff->item(row, 0)->text() + QStringLiteral(", ") + m_daysOff->item(row, 1)->text();
    confirm(QStringLiteral("confirmRemoveDayOff"),
            Tr::tr("Remove a day off"),
            Tr::tr("Remove %1? The leave that falls on it is counted again.").arg(label),
            [this, id, label] { removeDayOff(id, label); });
}

void LeaveAdminPage::removeDayOff(const QString &id, const QString &label)
{
    const Result<> removed = DaysOffStore(m_database).remove(id);
    if (!removed.ok()) {
        m_daysOffResult->setText(removed.error());
        return;
    }
    loadDaysOff();
    const LeaveRecount::Result r = LeaveRecount::processQueue(m_database, m_session);
    showRecountChanges(r.changes, r.ok ? QString() : r.error);
    m_daysOffResult->setText(Tr::tr("%1 removed.").arg(label) + QLatin1Char(' ')
                             + m_daysOffResult->text());
}

void LeaveAdminPage::showRecountChanges(const QList<LeaveRecountChange> &changes,
                                        const QString &error)
{
    m_recountChanges->setRowCount(0);
    if (!error.isEmpty()) {
        m_daysOffResult->setText(Tr::tr("The leave could not be counted again: %1").arg(error));
        m_recountChanges->hide();
        return;
    }
    m_daysOffResult->setText(
        changes.isEmpty()
            ? Tr::tr("No leave request changes.")
            : Tr::tr("%n leave request(s) counted again:", nullptr, int(changes.size())));
    const LeaveTypeCatalog types(m_database);
    const QLocale locale;
    for (const LeaveRecountChange &c : changes) {
        const int row = m_recountChanges->rowCount();
        m_recountChanges->insertRow(row);
        const LeaveType *type = types.byId(c.leaveTypeId);
        m_recountChanges->setItem(row, 0, new QTableWidgetItem(c.agentName));
        m_recountChanges->setItem(row, 1, new QTableWidgetItem(type ? type->label : c.leaveTypeId));
        m_recountChanges->setItem(
            row,
            2,
            new QTableWidgetItem(locale.toString(c.start.date, QLocale::ShortFormat)
                                 + QStringLiteral(" – ")
                                 + locale.toString(c.end.date, QLocale::ShortFormat)));
        m_recountChanges->setItem(
            row, 3, new QTableWidgetItem(LeaveLedger::formatDays(c.oldHalfDays * 50)));
        m_recountChanges->setItem(
            row, 4, new QTableWidgetItem(LeaveLedger::formatDays(c.newHalfDays * 50)));
    }
    m_recountChanges->setVisible(!changes.isEmpty());
    if (!changes.isEmpty()) {
        m_recounts->select();
        updateRecountCount();
        emit ledgerChanged();
    }
}

// --- Recounts to review ---------------------------------------------------------------------

QWidget *LeaveAdminPage::createRecountsTab()
{
    auto *tab = new QWidget(this);
    m_recounts = new RecountListModel(m_database, this);
    m_recountsView = new QTableView(tab);
    m_recountsView->setObjectName(QStringLiteral("recountsTable"));
    m_recountsView->setAccessibleName(Tr::tr("Recounts to review"));
    m_recountsView->setModel(m_recounts);
    m_recountsView->setSortingEnabled(true);
    m_recountsView->sortByColumn(0, Qt::DescendingOrder);
    m_recountsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recountsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recountsView->setAlternatingRowColors(true);
    m_recountsView->verticalHeader()->hide();
    m_recountsView->horizontalHeader()->setStretchLastSection(true);
    m_recountsView->setColumnWidth(0, 130);
    m_recountsView->setColumnWidth(1, 200);
    m_recountsView->setColumnWidth(2, 170);
    m_recountsView->setColumnWidth(3, 170);
    m_recountsCount = new QLabel(tab);
    m_recountsCount->setObjectName(QStringLiteral("recountsCount"));
    m_markReviewed = new QPushButton(Tr::tr("Mark as reviewed"), tab);
    m_markReviewed->setObjectName(QStringLiteral("markReviewed"));
    m_markReviewed->setEnabled(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_recountsCount, 1);
    bottom->addWidget(m_markReviewed);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(explanation(
        Tr::tr(
            "Leave counted again after a change of the days off, of the public holiday settings or "
            "of "
            "an agent's working time. The request and the balance are already corrected; check "
            "each and mark it reviewed."),
        tab));
    layout->addWidget(m_recountsView, 1);
    layout->addLayout(bottom);
    connect(m_recountsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_markReviewed->setEnabled(m_recountsView->selectionModel()->hasSelection());
    });
    connect(m_recounts, &QAbstractItemModel::modelReset, this, [this] {
        m_markReviewed->setEnabled(false);
    });
    connect(m_markReviewed, &QPushButton::clicked, this, &LeaveAdminPage::markReviewed);
    return tab;
}

void LeaveAdminPage::updateRecountCount()
{
    const int n = m_recounts->totalCount();
    m_recountsCount->setText(n == 0 ? Tr::tr("Nothing to review.")
                                    : Tr::tr("%n recount(s) to review", nullptr, n));
    m_tabs->setTabText(
        1, n == 0 ? Tr::tr("Recounts to review") : Tr::tr("Recounts to review (%1)").arg(n));
}

void LeaveAdminPage::markReviewed()
{
    QStringList ids;
    for (const QModelIndex &index : m_recountsView->selectionModel()->selectedRows())
        ids.append(m_recounts->idAt(index.row()));
    if (ids.isEmpty())
        return;
    const Result<> reviewed = RecountReview(m_database).markReviewed(ids);
    if (!reviewed.ok()) {
        m_recountsCount->setText(reviewed.error());
        return;
    }
    m_recounts->select();
    updateRecountCount();
}

// --- Year-end closing -----------------------------------------------------------------------

QWidget *LeaveAdminPage::createClosingTab()
{
    auto *tab = new QWidget(this);
    m_closingYear = yearBox(QStringLiteral("closingYear"), QDate::currentDate().year() - 1, tab);
    auto *preview = new QPushButton(Tr::tr("Preview"), tab);
    preview->setObjectName(QStringLiteral("previewClosing"));
    m_writeClosing = new QPushButton(Tr::tr("Close the year"), tab);
    m_writeClosing->setObjectName(QStringLiteral("writeClosing"));
    m_writeClosing->setEnabled(false);
    m_closingView = new LeavePlanView(QStringLiteral("closing"), tab);
    m_closingView->clear(
        Tr::tr("Choose the year and preview its closing: nothing is written before you confirm."));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(Tr::tr("Year:"), tab));
    row->addWidget(m_closingYear);
    row->addWidget(preview);
    row->addStretch(1);
    row->addWidget(m_writeClosing);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(explanation(
        Tr::tr(
            "Closing a year takes the RTT lost for sick leave, gives the split-leave days for "
            "leave "
            "taken outside 1 May–31 October (to next year), carries over the leave that sick leave "
            "kept "
            "the agent from taking (at most 4 weeks, for 15 months), and lets the rest expire. It "
            "can be run "
            "again: only what changed since is written."),
        tab));
    layout->addLayout(row);
    layout->addWidget(m_closingView, 1);
    connect(preview, &QPushButton::clicked, this, &LeaveAdminPage::previewClosing);
    connect(m_writeClosing, &QPushButton::clicked, this, &LeaveAdminPage::askWriteClosing);
    connect(m_closingYear, &QSpinBox::valueChanged, this, [this] {
        m_closingPlan.reset();
        m_writeClosing->setEnabled(false);
        m_closingView->clear(Tr::tr("Preview the closing of %1.").arg(m_closingYear->value()));
    });
    return tab;
}

void LeaveAdminPage::previewClosing()
{
    QString error;
    LeaveLedgerPlan plan = LeaveYearClosing(m_database).plan(m_closingYear->value(), &error);
    if (!error.isEmpty()) {
        m_closingPlan.reset();
        m_writeClosing->setEnabled(false);
        m_closingView->clear(error);
        return;
    }
    m_closingView->setPlan(plan, LeaveTypeCatalog(m_database));
    m_writeClosing->setEnabled(plan.changeCount() > 0);
    m_closingPlan = plan;
}

void LeaveAdminPage::askWriteClosing()
{
    if (!m_closingPlan || m_closingPlan->changeCount() == 0)
        return;
    const int year = m_closingYear->value();
    confirm(QStringLiteral("confirmClosing"),
            Tr::tr("Close %1").arg(year),
            Tr::tr("Write %n line(s) into the ledger of %1 agent(s)? What is left of %2 expires, "
                   "except what is carried over.",
                   nullptr,
                   m_closingPlan->changeCount())
                .arg(m_closingPlan->agentCount())
                .arg(year),
            [this] { writeClosing(); });
}

void LeaveAdminPage::writeClosing()
{
    if (!m_closingPlan || m_closingPlan->changeCount() == 0)
        return;
    const int year = m_closingYear->value();
    const int lines = m_closingPlan->changeCount();
    QString error;
    if (!m_closingPlan->write(m_database, &error)) {
        m_closingView->summary()->setText(error);
        m_writeClosing->setEnabled(false);
        return;
    }
    m_closingView->setPlan(*m_closingPlan, LeaveTypeCatalog(m_database));
    m_closingView->summary()->setText(
        Tr::tr("%1 closed: %n line(s) written.", nullptr, lines).arg(year));
    m_writeClosing->setEnabled(false);
    emit ledgerChanged();
}

// --- Allocations, adjustments, time savings account -----------------------------------------

QWidget *LeaveAdminPage::createAllocationsTab()
{
    auto *tab = new QWidget(this);
    const int thisYear = QDate::currentDate().year();
    const LeaveTypeCatalog types(m_database);

    m_allocationYear = yearBox(QStringLiteral("allocationYear"), thisYear, tab);
    auto *preview = new QPushButton(Tr::tr("Preview"), tab);
    preview->setObjectName(QStringLiteral("previewAllocations"));
    m_writeAllocations = new QPushButton(Tr::tr("Write the allocations"), tab);
    m_writeAllocations->setObjectName(QStringLiteral("writeAllocations"));
    m_writeAllocations->setEnabled(false);
    m_allocationView = new LeavePlanView(QStringLiteral("allocation"), tab);
    m_allocationView->clear(
        Tr::tr("Annual leave and RTT of every agent for the year, from their working time. "
               "Run again after a change: only the difference is written."));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(Tr::tr("Year:"), tab));
    row->addWidget(m_allocationYear);
    row->addWidget(preview);
    row->addStretch(1);
    row->addWidget(m_writeAllocations);

    // A manual adjustment.
    auto *adjustment = new QGroupBox(Tr::tr("Adjustment"), tab);
    m_adjustmentAgent = new LeaveAgentField(m_database, adjustment);
    m_adjustmentAgent->setObjectName(QStringLiteral("adjustmentAgent"));
    m_adjustmentAgent->setAccessibleName(Tr::tr("Agent"));
    m_adjustmentType = new QComboBox(adjustment);
    m_adjustmentType->setObjectName(QStringLiteral("adjustmentType"));
    for (const LeaveType &t : types.types()) {
        if (t.hasBalance && t.code != LeaveTypeCodes::TimeSavingsAccount)
            m_adjustmentType->addItem(t.label, t.id);
    }
    m_adjustmentYear = yearBox(QStringLiteral("adjustmentYear"), thisYear, adjustment);
    m_adjustmentDays = new QDoubleSpinBox(adjustment);
    m_adjustmentDays->setObjectName(QStringLiteral("adjustmentDays"));
    m_adjustmentDays->setRange(-366, 366);
    m_adjustmentDays->setSingleStep(0.5);
    m_adjustmentDays->setDecimals(2);
    m_adjustmentDays->setSuffix(Tr::tr(" d"));
    m_adjustmentDays->setAccessibleName(Tr::tr("Days, negative to take back"));
    m_adjustmentReason = new QLineEdit(adjustment);
    m_adjustmentReason->setObjectName(QStringLiteral("adjustmentReason"));
    m_adjustmentReason->setPlaceholderText(Tr::tr("Required: kept in the agent's ledger"));
    m_recordAdjustment = new QPushButton(Tr::tr("Record the adjustment"), adjustment);
    m_recordAdjustment->setObjectName(QStringLiteral("recordAdjustment"));
    m_adjustmentResult = resultLabel(QStringLiteral("adjustmentResult"), adjustment);
    auto *adjustmentForm = new QFormLayout(adjustment);
    adjustmentForm->addRow(Tr::tr("Agent:"), m_adjustmentAgent);
    adjustmentForm->addRow(
        QString(),
        agentNameLabel(m_adjustmentAgent, QStringLiteral("adjustmentAgentName"), adjustment));
    adjustmentForm->addRow(Tr::tr("Leave:"), m_adjustmentType);
    adjustmentForm->addRow(Tr::tr("Year:"), m_adjustmentYear);
    adjustmentForm->addRow(Tr::tr("Days:"), m_adjustmentDays);
    adjustmentForm->addRow(Tr::tr("Reason:"), m_adjustmentReason);
    adjustmentForm->addRow(m_recordAdjustment);
    adjustmentForm->addRow(m_adjustmentResult);

    // A deposit onto the time savings account.
    auto *deposit = new QGroupBox(Tr::tr("Time savings account deposit", "a box's title"), tab);
    m_depositAgent = new LeaveAgentField(m_database, deposit);
    m_depositAgent->setObjectName(QStringLiteral("depositAgent"));
    m_depositAgent->setAccessibleName(Tr::tr("Agent"));
    m_depositSource = new QComboBox(deposit);
    m_depositSource->setObjectName(QStringLiteral("depositSource"));
    for (const QString &code :
         {LeaveTypeCodes::AnnualLeave, LeaveTypeCodes::SplitLeaveBonus, LeaveTypeCodes::Rtt}) {
        if (const LeaveType *t = types.byCode(code))
            m_depositSource->addItem(t->label, t->id);
    }
    m_depositYear = yearBox(QStringLiteral("depositYear"), thisYear, deposit);
    m_depositDays = new QDoubleSpinBox(deposit);
    m_depositDays->setObjectName(QStringLiteral("depositDays"));
    m_depositDays->setRange(0, 60);
    m_depositDays->setSingleStep(0.5);
    m_depositDays->setDecimals(1);
    m_depositDays->setSuffix(Tr::tr(" d"));
    m_depositDays->setAccessibleName(Tr::tr("Days to deposit"));
    m_deposit = new QPushButton(Tr::tr("Deposit"), deposit);
    m_deposit->setObjectName(QStringLiteral("deposit"));
    m_depositResult = resultLabel(QStringLiteral("depositResult"), deposit);
    auto *depositForm = new QFormLayout(deposit);
    depositForm->addRow(Tr::tr("Agent:"), m_depositAgent);
    depositForm->addRow(
        QString(), agentNameLabel(m_depositAgent, QStringLiteral("depositAgentName"), deposit));
    depositForm->addRow(Tr::tr("From:"), m_depositSource);
    depositForm->addRow(Tr::tr("Of the year:"), m_depositYear);
    depositForm->addRow(Tr::tr("Days:"), m_depositDays);
    depositForm->addRow(m_deposit);
    depositForm->addRow(m_depositResult);

    auto *forms = new QHBoxLayout;
    forms->addWidget(adjustment, 1);
    forms->addWidget(deposit, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(m_allocationView, 1);
    layout->addLayout(forms);

    connect(preview, &QPushButton::clicked, this, &LeaveAdminPage::previewAllocations);
    connect(m_writeAllocations, &QPushButton::clicked, this, &LeaveAdminPage::askWriteAllocations);
    connect(m_allocationYear, &QSpinBox::valueChanged, this, [this] {
        m_allocationPlan.reset();
        m_writeAllocations->setEnabled(false);
        m_allocationView->clear(
            Tr::tr("Preview the allocations of %1.").arg(m_allocationYear->value()));
    });
    connect(m_recordAdjustment, &QPushButton::clicked, this, &LeaveAdminPage::recordAdjustment);
    connect(m_deposit, &QPushButton::clicked, this, &LeaveAdminPage::deposit);
    return tab;
}

void LeaveAdminPage::previewAllocations()
{
    QString error;
    LeaveLedgerPlan plan
        = LeaveRightsPlanner(m_database).allocations(m_allocationYear->value(), &error);
    if (!error.isEmpty()) {
        m_allocationPlan.reset();
        m_writeAllocations->setEnabled(false);
        m_allocationView->clear(error);
        return;
    }
    m_allocationView->setPlan(plan, LeaveTypeCatalog(m_database));
    m_writeAllocations->setEnabled(plan.changeCount() > 0);
    m_allocationPlan = plan;
}

void LeaveAdminPage::askWriteAllocations()
{
    if (!m_allocationPlan || m_allocationPlan->changeCount() == 0)
        return;
    confirm(QStringLiteral("confirmAllocations"),
            Tr::tr("Allocations of %1").arg(m_allocationYear->value()),
            Tr::tr("Write %n line(s) into the ledger of %1 agent(s)?",
                   nullptr,
                   m_allocationPlan->changeCount())
                .arg(m_allocationPlan->agentCount()),
            [this] { writeAllocations(); });
}

void LeaveAdminPage::writeAllocations()
{
    if (!m_allocationPlan || m_allocationPlan->changeCount() == 0)
        return;
    const int lines = m_allocationPlan->changeCount();
    QString error;
    if (!m_allocationPlan->write(m_database, &error)) {
        m_allocationView->summary()->setText(error);
        m_writeAllocations->setEnabled(false);
        return;
    }
    m_allocationView->setPlan(*m_allocationPlan, LeaveTypeCatalog(m_database));
    m_allocationView->summary()->setText(
        Tr::tr("Allocations of %1: %n line(s) written.", nullptr, lines)
            .arg(m_allocationYear->value()));
    m_writeAllocations->setEnabled(false);
    emit ledgerChanged();
}

void LeaveAdminPage::recordAdjustment()
{
    LeaveRightsPlanner::Adjustment a;
    a.agentId = m_adjustmentAgent->agentId();
    a.leaveTypeId = m_adjustmentType->currentData().toString();
    a.year = m_adjustmentYear->value();
    a.hundredths = int(std::lround(m_adjustmentDays->value() * 100));
    a.reason = m_adjustmentReason->text();
    QString error;
    if (!LeaveRightsPlanner(m_database).adjust(a, &error)) {
        m_adjustmentResult->setText(error);
        return;
    }
    const LeaveBalance b = LeaveLedger(m_database).balance(a.agentId, a.leaveTypeId, a.year);
    m_adjustmentResult->setText(Tr::tr("Recorded: %1 of %2 %3. Available now: %4.")
                                    .arg((a.hundredths > 0 ? QStringLiteral("+") : QString())
                                             + LeaveLedger::formatDays(a.hundredths),
                                         m_adjustmentType->currentText())
                                    .arg(a.year)
                                    .arg(LeaveLedger::formatDays(b.availableHundredths())));
    m_adjustmentDays->setValue(0);
    m_adjustmentReason->clear();
    emit ledgerChanged();
}

void LeaveAdminPage::deposit()
{
    const QString agentId = m_depositAgent->agentId();
    if (agentId.isEmpty()) {
        m_depositResult->setText(Tr::tr("Choose an agent."));
        return;
    }
    const int year = m_depositYear->value();
    // Deposited at the end of the year it comes from, or today when that is earlier.
    const QDate on = std::min(QDate::currentDate(), QDate(year, 12, 31));
    const LeaveRightsPlanner::DepositResult r
        = LeaveRightsPlanner(m_database)
              .depositToTimeSavingsAccount(agentId,
                                           m_depositSource->currentData().toString(),
                                           year,
                                           int(std::lround(m_depositDays->value() * 100)),
                                           on);
    if (!r.ok) {
        m_depositResult->setText(Tr::tr("Refused:") + QLatin1Char('\n')
                                 + r.refusals.join(QLatin1Char('\n')));
        return;
    }
    m_depositResult->setText(Tr::tr("Deposited. The account holds %1.")
                                 .arg(LeaveLedger::formatDays(r.accountHundredths)));
    m_depositDays->setValue(0);
    emit ledgerChanged();
}

} // namespace Civitas::Leave::Internal
