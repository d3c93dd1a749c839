#pragma once

#include <leave/leaveglobal.h>
#include <leave/models/recountlistmodel.h>
#include <leave/store/leaveledgerplan.h>

#include <core/extension/searchprovider.h>

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {
struct LeaveRecountChange;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {

class LeaveAgentField;
class LeavePlanView;

// HR's administration of leave (page "leave.admin"): the town's extra days off (adding one
// counts the leave it falls in again and shows what changed), the recounts to review, the
// closing of a year (preview, then write, run again safely), the yearly allocations, a manual
// adjustment and a deposit onto the time savings account.
class CIVITAS_LEAVE_TESTS_EXPORT LeaveAdminPage : public QWidget, public LiveView
{
    Q_OBJECT
public:
    LeaveAdminPage(Database &database, const Session &session, QWidget *parent = nullptr);

    void reloadData() override;

    QTabWidget *tabs() const { return m_tabs; }
    RecountListModel *recountsModel() const { return m_recounts; }

signals:
    // The ledger or the requests' counts changed (other pages showing balances may refresh).
    void ledgerChanged();

private:
    QWidget *createDaysOffTab();
    QWidget *createRecountsTab();
    QWidget *createClosingTab();
    QWidget *createAllocationsTab();

    void loadDaysOff();
    void addDayOff();
    void askRemoveDayOff();
    void removeDayOff(const QString &id, const QString &label);
    void showRecountChanges(const QList<LeaveRecountChange> &changes, const QString &error);
    void markReviewed();
    void updateRecountCount();
    void previewClosing();
    void askWriteClosing();
    void writeClosing();
    void previewAllocations();
    void askWriteAllocations();
    void writeAllocations();
    void recordAdjustment();
    void deposit();
    // Asks (window-modal, the page stays responsive) and runs `onYes` when confirmed.
    void confirm(const QString &objectName,
                 const QString &title,
                 const QString &text,
                 const std::function<void()> &onYes);

    Database &m_database;
    const Session &m_session;
    QTabWidget *m_tabs;

    QTableWidget *m_daysOff = nullptr;
    QDateEdit *m_dayOffDate = nullptr;
    QLineEdit *m_dayOffName = nullptr;
    QPushButton *m_addDayOff = nullptr;
    QPushButton *m_removeDayOff = nullptr;
    QLabel *m_daysOffResult = nullptr;
    QTableWidget *m_recountChanges = nullptr;

    RecountListModel *m_recounts = nullptr;
    QTableView *m_recountsView = nullptr;
    QLabel *m_recountsCount = nullptr;
    QPushButton *m_markReviewed = nullptr;

    QSpinBox *m_closingYear = nullptr;
    QPushButton *m_writeClosing = nullptr;
    LeavePlanView *m_closingView = nullptr;
    std::optional<LeaveLedgerPlan> m_closingPlan;

    QSpinBox *m_allocationYear = nullptr;
    QPushButton *m_writeAllocations = nullptr;
    LeavePlanView *m_allocationView = nullptr;
    std::optional<LeaveLedgerPlan> m_allocationPlan;

    LeaveAgentField *m_adjustmentAgent = nullptr;
    QComboBox *m_adjustmentType = nullptr;
    QSpinBox *m_adjustmentYear = nullptr;
    QDoubleSpinBox *m_adjustmentDays = nullptr;
    QLineEdit *m_adjustmentReason = nullptr;
    QPushButton *m_recordAdjustment = nullptr;
    QLabel *m_adjustmentResult = nullptr;

    LeaveAgentField *m_depositAgent = nullptr;
    QComboBox *m_depositSource = nullptr;
    QSpinBox *m_depositYear = nullptr;
    QDoubleSpinBox *m_depositDays = nullptr;
    QPushButton *m_deposit = nullptr;
    QLabel *m_depositResult = nullptr;
};

} // namespace Civitas::Leave::Internal
