#pragma once

#include <leave/leaveglobal.h>
#include <leave/models/recountlistmodel.h>

#include <core/extension/searchprovider.h>

#include <QWidget>

class QTabWidget;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave::Internal {

class AllocationsTab;
class ClosingTab;
class DaysOffTab;
class RecountsTab;

// HR's administration of leave (page "leave.admin"): the town's extra days off (adding one
// counts the leave it falls in again and shows what changed), the recounts to review, the
// closing of a year (preview, then write, run again safely), the yearly allocations, a manual
// adjustment and a deposit onto the time savings account. Each tab is its own class; the page
// puts them together and keeps the recounts tab's title in step with what is left to review.
class CIVITAS_LEAVE_TESTS_EXPORT LeaveAdminPage : public QWidget, public LiveView
{
    Q_OBJECT
public:
    LeaveAdminPage(Database &database, const Session &session, QWidget *parent = nullptr);

    void reloadData() override;

    QTabWidget *tabs() const { return m_tabs; }
    RecountListModel *recountsModel() const;

signals:
    // The ledger or the requests' counts changed (other pages showing balances may refresh).
    void ledgerChanged();

private:
    void showRecountCount(int count);

    QTabWidget *m_tabs;
    DaysOffTab *m_daysOff;
    RecountsTab *m_recounts;
    ClosingTab *m_closing;
    AllocationsTab *m_allocations;
};

} // namespace Civitas::Leave::Internal
