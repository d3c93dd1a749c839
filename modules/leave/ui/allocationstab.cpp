#include "allocationstab.h"
#include <leave/leavetr.h>

#include "adjustmentbox.h"
#include "leaveadminwidgets.h"
#include "leaveplanview.h"
#include "timesavingsdepositbox.h"
#include <leave/store/leaverightsplanner.h>
#include <leave/store/leavetypecatalog.h>

#include <core/storage/database.h>

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

AllocationsTab::AllocationsTab(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_year(LeaveAdminWidgets::yearBox(
          QStringLiteral("allocationYear"), QDate::currentDate().year(), this))
{
    auto *previewButton = new QPushButton(Tr::tr("Preview"), this);
    previewButton->setObjectName(QStringLiteral("previewAllocations"));
    m_write = new QPushButton(Tr::tr("Write the allocations"), this);
    m_write->setObjectName(QStringLiteral("writeAllocations"));
    m_write->setEnabled(false);
    m_view = new LeavePlanView(QStringLiteral("allocation"), this);
    m_view->clear(
        Tr::tr("Annual leave and RTT of every agent for the year, from their working time. "
               "Run again after a change: only the difference is written."));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(Tr::tr("Year:"), this));
    row->addWidget(m_year);
    row->addWidget(previewButton);
    row->addStretch(1);
    row->addWidget(m_write);

    const LeaveTypeCatalog types(m_database);
    auto *adjustment = new AdjustmentBox(m_database, types, this);
    auto *deposit = new TimeSavingsDepositBox(m_database, types, this);
    auto *forms = new QHBoxLayout;
    forms->addWidget(adjustment, 1);
    forms->addWidget(deposit, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addLayout(forms);

    connect(previewButton, &QPushButton::clicked, this, &AllocationsTab::preview);
    connect(m_write, &QPushButton::clicked, this, &AllocationsTab::askWrite);
    connect(m_year, &QSpinBox::valueChanged, this, &AllocationsTab::forgetPlan);
    connect(adjustment, &AdjustmentBox::ledgerChanged, this, &AllocationsTab::ledgerChanged);
    connect(deposit, &TimeSavingsDepositBox::ledgerChanged, this, &AllocationsTab::ledgerChanged);
}

void AllocationsTab::forgetPlan()
{
    m_plan.reset();
    m_write->setEnabled(false);
    m_view->clear(Tr::tr("Preview the allocations of %1.").arg(m_year->value()));
}

void AllocationsTab::preview()
{
    QString error;
    LeaveLedgerPlan plan = LeaveRightsPlanner(m_database).allocations(m_year->value(), &error);
    if (!error.isEmpty()) {
        m_plan.reset();
        m_write->setEnabled(false);
        m_view->clear(error);
        return;
    }
    m_view->setPlan(plan, LeaveTypeCatalog(m_database));
    m_write->setEnabled(plan.changeCount() > 0);
    m_plan = plan;
}

void AllocationsTab::askWrite()
{
    if (!m_plan || m_plan->changeCount() == 0)
        return;
    LeaveAdminWidgets::confirm(
        this,
        QStringLiteral("confirmAllocations"),
        Tr::tr("Allocations of %1").arg(m_year->value()),
        Tr::tr("Write %n line(s) into the ledger of %1 agent(s)?", nullptr, m_plan->changeCount())
            .arg(m_plan->agentCount()),
        [this] { write(); });
}

void AllocationsTab::write()
{
    if (!m_plan || m_plan->changeCount() == 0)
        return;
    const int lines = m_plan->changeCount();
    QString error;
    if (!m_plan->write(m_database, &error)) {
        m_view->summary()->setText(error);
        m_write->setEnabled(false);
        return;
    }
    m_view->setPlan(*m_plan, LeaveTypeCatalog(m_database));
    m_view->summary()->setText(
        Tr::tr("Allocations of %1: %n line(s) written.", nullptr, lines).arg(m_year->value()));
    m_write->setEnabled(false);
    emit ledgerChanged();
}

} // namespace Civitas::Leave::Internal
