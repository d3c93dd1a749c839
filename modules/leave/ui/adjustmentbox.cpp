#include "adjustmentbox.h"
#include <leave/domain/leavetextlimits.h>
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
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace Civitas::Leave::Internal {

AdjustmentBox::AdjustmentBox(Database &database, const LeaveTypeCatalog &types, QWidget *parent)
    : QGroupBox(Tr::tr("Adjustment"), parent)
    , m_database(database)
    , m_agent(new LeaveAgentField(database, this))
    , m_type(new QComboBox(this))
{
    m_agent->setObjectName(QStringLiteral("adjustmentAgent"));
    m_agent->setAccessibleName(Tr::tr("Agent"));
    m_type->setObjectName(QStringLiteral("adjustmentType"));
    for (const LeaveType &t : types.types()) {
        if (t.hasBalance && t.code != LeaveTypeCodes::TimeSavingsAccount)
            m_type->addItem(t.label, t.id);
    }
    m_year = LeaveAdminWidgets::yearBox(
        QStringLiteral("adjustmentYear"), QDate::currentDate().year(), this);
    m_days = new QDoubleSpinBox(this);
    m_days->setObjectName(QStringLiteral("adjustmentDays"));
    m_days->setRange(-366, 366);
    m_days->setSingleStep(0.5);
    m_days->setDecimals(2);
    m_days->setSuffix(Tr::tr(" d"));
    m_days->setAccessibleName(Tr::tr("Days, negative to take back"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("adjustmentReason"));
    m_reason->setMaxLength(LeaveTextLimits::note);
    m_reason->setPlaceholderText(Tr::tr("Required: kept in the agent's ledger"));
    m_record = new QPushButton(Tr::tr("Record the adjustment"), this);
    m_record->setObjectName(QStringLiteral("recordAdjustment"));
    m_result = LeaveAdminWidgets::resultLabel(QStringLiteral("adjustmentResult"), this);

    auto *form = new QFormLayout(this);
    form->addRow(Tr::tr("Agent:"), m_agent);
    form->addRow(
        QString(),
        LeaveAdminWidgets::agentNameLabel(m_agent, QStringLiteral("adjustmentAgentName"), this));
    form->addRow(Tr::tr("Leave:"), m_type);
    form->addRow(Tr::tr("Year:"), m_year);
    form->addRow(Tr::tr("Days:"), m_days);
    form->addRow(Tr::tr("Reason:"), m_reason);
    form->addRow(m_record);
    form->addRow(m_result);
    connect(m_record, &QPushButton::clicked, this, &AdjustmentBox::record);
}

void AdjustmentBox::record()
{
    LeaveRightsPlanner::Adjustment a;
    a.agentId = m_agent->agentId();
    a.leaveTypeId = m_type->currentData().toString();
    a.year = m_year->value();
    a.hundredths = int(std::lround(m_days->value() * 100));
    a.reason = m_reason->text();
    QString error;
    if (!LeaveRightsPlanner(m_database).adjust(a, &error)) {
        m_result->setText(error);
        return;
    }
    const LeaveBalance b = LeaveLedger(m_database).balance(a.agentId, a.leaveTypeId, a.year);
    m_result->setText(Tr::tr("Recorded: %1 of %2 %3. Available now: %4.")
                          .arg((a.hundredths > 0 ? QStringLiteral("+") : QString())
                                   + LeaveLedger::formatDays(a.hundredths),
                               m_type->currentText())
                          .arg(a.year)
                          .arg(LeaveLedger::formatDays(b.availableHundredths())));
    m_days->setValue(0);
    m_reason->clear();
    emit ledgerChanged();
}

} // namespace Civitas::Leave::Internal
