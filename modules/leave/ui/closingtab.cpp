#include "closingtab.h"
#include <leave/leavetr.h>

#include "leaveadminwidgets.h"
#include "leaveplanview.h"
#include <leave/store/leavetypecatalog.h>
#include <leave/store/leaveyearclosing.h>

#include <core/storage/database.h>

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

ClosingTab::ClosingTab(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_year(LeaveAdminWidgets::yearBox(
          QStringLiteral("closingYear"), QDate::currentDate().year() - 1, this))
{
    auto *previewButton = new QPushButton(Tr::tr("Preview"), this);
    previewButton->setObjectName(QStringLiteral("previewClosing"));
    m_write = new QPushButton(Tr::tr("Close the year"), this);
    m_write->setObjectName(QStringLiteral("writeClosing"));
    m_write->setEnabled(false);
    m_view = new LeavePlanView(QStringLiteral("closing"), this);
    m_view->clear(
        Tr::tr("Choose the year and preview its closing: nothing is written before you confirm."));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(Tr::tr("Year:"), this));
    row->addWidget(m_year);
    row->addWidget(previewButton);
    row->addStretch(1);
    row->addWidget(m_write);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(LeaveAdminWidgets::explanation(
        Tr::tr("Closing a year takes the RTT lost for absences (one day per days worked ÷ RTT "
               "days; what was already taken becomes a debit on next year), gives the "
               "split-leave days for leave taken outside 1 May–31 October (to next year), carries "
               "over the leave a health leave kept the agent from taking (the unused part of the "
               "first 4 weeks) or not taken before a family leave (uncapped), for 15 months from "
               "the return to work, and lets the rest expire, except carried days the agent was "
               "never informed of. It can be run again: only what changed since is written."),
        this));
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    connect(previewButton, &QPushButton::clicked, this, &ClosingTab::preview);
    connect(m_write, &QPushButton::clicked, this, &ClosingTab::askWrite);
    connect(m_year, &QSpinBox::valueChanged, this, &ClosingTab::forgetPlan);
}

void ClosingTab::forgetPlan()
{
    m_plan.reset();
    m_write->setEnabled(false);
    m_view->clear(Tr::tr("Preview the closing of %1.").arg(m_year->value()));
}

void ClosingTab::preview()
{
    QString error;
    LeaveLedgerPlan plan = LeaveYearClosing(m_database).plan(m_year->value(), &error);
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

void ClosingTab::askWrite()
{
    if (!m_plan || m_plan->changeCount() == 0)
        return;
    const int year = m_year->value();
    LeaveAdminWidgets::confirm(
        this,
        QStringLiteral("confirmClosing"),
        Tr::tr("Close %1").arg(year),
        Tr::tr("Write %n line(s) into the ledger of %1 agent(s)? What is left of %2 expires, "
               "except what is carried over.",
               nullptr,
               m_plan->changeCount())
            .arg(m_plan->agentCount())
            .arg(year),
        [this] { write(); });
}

void ClosingTab::write()
{
    if (!m_plan || m_plan->changeCount() == 0)
        return;
    const int year = m_year->value();
    const int lines = m_plan->changeCount();
    QString error;
    if (!m_plan->write(m_database, &error)) {
        m_view->summary()->setText(error);
        m_write->setEnabled(false);
        return;
    }
    m_view->setPlan(*m_plan, LeaveTypeCatalog(m_database));
    m_view->summary()->setText(Tr::tr("%1 closed: %n line(s) written.", nullptr, lines).arg(year));
    m_write->setEnabled(false);
    emit ledgerChanged();
}

} // namespace Civitas::Leave::Internal
