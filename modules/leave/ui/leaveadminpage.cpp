#include "leaveadminpage.h"
#include <leave/leavetr.h>

#include "allocationstab.h"
#include "carryovertab.h"
#include "closingtab.h"
#include "daysofftab.h"
#include "recountstab.h"

#include <core/extension/liverefresh.h>
#include <hr/ui/hrwidgets.h>

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Civitas::Leave::Internal {

LeaveAdminPage::LeaveAdminPage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_daysOff(new DaysOffTab(database, session, this))
    , m_recounts(new RecountsTab(database, this))
    , m_closing(new ClosingTab(database, this))
    , m_allocations(new AllocationsTab(database, this))
{
    setObjectName(QStringLiteral("leaveAdminPage"));
    m_tabs->setObjectName(QStringLiteral("leaveAdminTabs"));
    m_tabs->addTab(m_daysOff, Tr::tr("Days off"));
    m_tabs->addTab(m_recounts, Tr::tr("Recounts to review"));
    m_tabs->addTab(m_closing, Tr::tr("Year-end closing"));
    m_tabs->addTab(m_allocations, Tr::tr("Allocations"));
    m_tabs->addTab(new CarryOverTab(database, session, this), Tr::tr("Carried-over leave"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(Hr::HrWidgets::pageTitle(Tr::tr("Leave administration"), this));
    layout->addWidget(m_tabs, 1);

    // Leave counted again shows at once among the recounts to review.
    connect(m_daysOff, &DaysOffTab::leaveRecounted, m_recounts, &RecountsTab::reload);
    connect(m_recounts, &RecountsTab::countChanged, this, &LeaveAdminPage::showRecountCount);
    connect(m_daysOff, &DaysOffTab::ledgerChanged, this, &LeaveAdminPage::ledgerChanged);
    connect(m_closing, &ClosingTab::ledgerChanged, this, &LeaveAdminPage::ledgerChanged);
    connect(m_allocations, &AllocationsTab::ledgerChanged, this, &LeaveAdminPage::ledgerChanged);
    reloadData();
    // Days off and recounts another HR desk recorded.
    LiveRefresh::follow(this,
                        database,
                        {QStringLiteral("leave_days_off"),
                         QStringLiteral("leave_recounts"),
                         QStringLiteral("leave_ledger_entries"),
                         QStringLiteral("leave_types")},
                        [this] { reloadData(); });
}

void LeaveAdminPage::reloadData()
{
    m_daysOff->reload();
    m_recounts->reload();
}

RecountListModel *LeaveAdminPage::recountsModel() const
{
    return m_recounts->model();
}

void LeaveAdminPage::showRecountCount(int count)
{
    m_tabs->setTabText(m_tabs->indexOf(m_recounts),
                       count == 0 ? Tr::tr("Recounts to review")
                                  : Tr::tr("Recounts to review (%1)").arg(count));
}

} // namespace Civitas::Leave::Internal
