#include "timesavingsdepositbox.h"
#include <leave/leavetr.h>

#include "leaveadminwidgets.h"
#include "leaveagentfield.h"
#include <leave/store/leaveledger.h>
#include <leave/store/leaverightsplanner.h>
#include <leave/store/leavetypecatalog.h>

#include <core/storage/database.h>

#include <QComboBox>
#include <QDate>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace Civitas::Leave::Internal {

TimeSavingsDepositBox::TimeSavingsDepositBox(Database &database,
                                             const LeaveTypeCatalog &types,
                                             QWidget *parent)
    : QGroupBox(Tr::tr("Time savings account deposit", "a box's title"), parent)
    , m_database(database)
    , m_agent(new LeaveAgentField(database, this))
    , m_source(new QComboBox(this))
{
    m_agent->setObjectName(QStringLiteral("depositAgent"));
    m_agent->setAccessibleName(Tr::tr("Agent"));
    m_source->setObjectName(QStringLiteral("depositSource"));
    for (const QString &code :
         {LeaveTypeCodes::AnnualLeave, LeaveTypeCodes::SplitLeaveBonus, LeaveTypeCodes::Rtt}) {
        if (const LeaveType *t = types.byCode(code))
            m_source->addItem(t->label, t->id);
    }
    m_year = LeaveAdminWidgets::yearBox(
        QStringLiteral("depositYear"), QDate::currentDate().year(), this);
    m_days = new QDoubleSpinBox(this);
    m_days->setObjectName(QStringLiteral("depositDays"));
    m_days->setRange(0, 60);
    m_days->setSingleStep(0.5);
    m_days->setDecimals(1);
    m_days->setSuffix(Tr::tr(" d"));
    m_days->setAccessibleName(Tr::tr("Days to deposit"));
    m_deposit = new QPushButton(Tr::tr("Deposit"), this);
    m_deposit->setObjectName(QStringLiteral("deposit"));
    m_result = LeaveAdminWidgets::resultLabel(QStringLiteral("depositResult"), this);

    auto *form = new QFormLayout(this);
    form->addRow(Tr::tr("Agent:"), m_agent);
    form->addRow(
        QString(),
        LeaveAdminWidgets::agentNameLabel(m_agent, QStringLiteral("depositAgentName"), this));
    form->addRow(Tr::tr("From:"), m_source);
    form->addRow(Tr::tr("Of the year:"), m_year);
    form->addRow(Tr::tr("Days:"), m_days);
    form->addRow(m_deposit);
    form->addRow(m_result);
    connect(m_deposit, &QPushButton::clicked, this, &TimeSavingsDepositBox::deposit);
}

void TimeSavingsDepositBox::deposit()
{
    const QString agentId = m_agent->agentId();
    if (agentId.isEmpty()) {
        m_result->setText(Tr::tr("Choose an agent."));
        return;
    }
    const int year = m_year->value();
    // Deposited at the end of the year it comes from, or today when that is earlier.
    const QDate on = std::min(QDate::currentDate(), QDate(year, 12, 31));
    const LeaveRightsPlanner::DepositResult r
        = LeaveRightsPlanner(m_database)
              .depositToTimeSavingsAccount(agentId,
                                           m_source->currentData().toString(),
                                           year,
                                           int(std::lround(m_days->value() * 100)),
                                           on);
    if (!r.ok) {
        m_result->setText(Tr::tr("Refused:") + QLatin1Char('\n')
                          + r.refusals.join(QLatin1Char('\n')));
        return;
    }
    m_result->setText(Tr::tr("Deposited. The account holds %1.")
                          .arg(LeaveLedger::formatDays(r.accountHundredths)));
    m_days->setValue(0);
    emit ledgerChanged();
}

} // namespace Civitas::Leave::Internal
