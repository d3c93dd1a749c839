#pragma once

#include "leaverequestform.h"
#include <leave/leaveglobal.h>
#include <leave/store/leaverequeststore.h>

#include <core/extension/searchprovider.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Civitas {
class Database;
class DocumentPrinter;
class Session;
} // namespace Civitas

namespace Civitas::Leave {
class LeaveBalancesModel;
class LeaveRequestListModel;
class LedgerLinesModel;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {} // namespace Civitas::Leave::Internal

namespace Civitas::Leave::Internal {

// "My leave" (Mes congés): the agent's balances for a year, their requests with what can be
// done with each (take up a draft, submit, withdraw, ask for cancellation, read the history,
// print the form), the form of a new request, the ledger lines that make the balance, and the
// year's approved leave as a calendar file.
//
// Looking at the page is looking at one's requests: the home page's count of requests that
// changed starts again from zero when the page is shown, and after a sync while it is.
class CIVITAS_LEAVE_TESTS_EXPORT MyLeavePage : public QWidget, public LiveView
{
    Q_OBJECT
public:
    MyLeavePage(Database &database, const Session &session, QWidget *parent = nullptr);

    void reloadData() override;

    // Tests fix the day; the page otherwise lives in the real one.
    void setToday(QDate today);
    int year() const;
    void setYear(int year);

    LeaveBalancesModel *balancesModel() const { return m_balances; }
    LeaveRequestListModel *requestsModel() const { return m_requests; }
    LedgerLinesModel *ledgerModel() const { return m_ledger; }
    // The form while it is open.
    LeaveRequestForm *requestForm() const { return m_form; }
    QString selectedRequestId() const;
    void selectRequest(const QString &requestId);

    // The leave request form of the selected request, ready for the preview or a PDF; false
    // with the reason when none is selected or it is no longer in the file.
    bool selectedRequestForm(DocumentPrinter *printer, QString *error) const;
    // The approved leave of the year shown, written to `path` as an iCalendar file. The
    // button asks for the path, then calls this; false when nothing was written, the reason
    // shown on the page.
    bool exportICalendar(const QString &path);
    // "leave-2026.ics", in the interface's language.
    QString iCalendarFileName() const;

public slots:
    void newRequest();
    void printSelectedForm();
    void exportICalendarToChosenFile();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Anew: from the first page (another year, another agent); InPlace: the rows read again
    // where they are, the selection and scroll kept (a sync brought changes).
    enum class Reading { Anew, InPlace };
    void reloadModels(const QString &keepRequestId, Reading reading = Reading::Anew);
    void updateActions();
    void fitBalancesTable();
    void openForm(const LeaveRequest &request);
    void editSelected();
    void submitSelected();
    void withdrawSelected();
    void askCancellationOfSelected();
    void showHistoryOfSelected();
    void showLedgerLineRequest(const QModelIndex &index);
    void formSaved(const QString &requestId, LeaveRequestState state);
    void act(const QString &requestId,
             LeaveAction action,
             const QString &comment,
             const QString &doneMessage);
    void setStatus(const QString &text, bool problem = false);
    void markRequestsSeen();
    bool selectedRequest(LeaveRequest *request) const;

    Database &m_database;
    const Session &m_session;
    LeaveRequestStore m_store;
    LeaveBalancesModel *m_balances;
    LeaveRequestListModel *m_requests;
    LedgerLinesModel *m_ledger;
    QPointer<LeaveRequestForm> m_form;

    QSpinBox *m_year;
    QPushButton *m_exportCalendar;
    QPushButton *m_new;
    QLabel *m_missing;
    QTableView *m_balancesTable;
    QLabel *m_noBalance;
    QTabWidget *m_tabs;
    QTableView *m_requestsTable;
    QLabel *m_requestCount;
    QPushButton *m_edit;
    QPushButton *m_submit;
    QPushButton *m_withdraw;
    QPushButton *m_cancel;
    QPushButton *m_history;
    QPushButton *m_print;
    QTableView *m_ledgerTable;
    QLabel *m_status;
};

} // namespace Civitas::Leave::Internal
