#pragma once

#include <leave/domain/leaveworkflow.h>
#include <leave/leaveglobal.h>
#include <leave/store/leaverequeststore.h>

#include <core/extension/searchprovider.h>

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QWidget;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {
class PendingRequestsModel;
class TeamCalendarModel;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {} // namespace Civitas::Leave::Internal

namespace Civitas::Leave::Internal {

class TeamCalendarView;

// The department head's inbox (also a deputy's while a delegation runs, and HR's): the
// requests waiting for their decision, and below them the team calendar around the selected
// dates with the count of agents who stay present and a warning below the minimum staffing.
// Approve, refuse (with a reason), cancel or keep act on every selected request, one by one:
// one refused by the rules does not stop the others, and the page says what became of each.
class CIVITAS_LEAVE_TESTS_EXPORT ApprovalInboxPage : public QWidget,
                                                     public LiveView,
                                                     public RecordView
{
    Q_OBJECT
public:
    ApprovalInboxPage(Database &database, const Session &session, QWidget *parent = nullptr);

    void reloadData() override;
    // Selects a request of the list (a dashboard counter, a notification).
    void showRecord(const QString &requestId) override;

    // Tests fix the day; the application lives in the real one.
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    PendingRequestsModel *model() const { return m_model; }
    TeamCalendarModel *stripModel() const { return m_stripModel; }
    QTableView *table() const { return m_table; }
    // The requests selected, by id.
    QStringList selectedRequestIds() const;
    // The staffing warning shown for the selection; empty when there is none.
    QString staffingWarning() const;

signals:
    // Requests were decided: counters and other pages may refresh.
    void requestsDecided();

private:
    struct Target
    {
        QString id;
        QString text; // agent, dates: how the report names it
    };
    void applyScope();
    // `problems`: what could not be read for this refresh, said after the delegations.
    void updateBanner(const QStringList &problems);
    void selectionChanged();
    void updateStrip(const QList<int> &rows);
    void updateButtons(const QList<int> &rows);
    QList<int> selectedRows() const;
    // How many of the selected requests went through.
    int act(LeaveAction action, const QString &comment);
    void askRefusalReason();
    void openDelegations();

    Database &m_database;
    const Session &m_session;
    LeaveRequestStore m_store;
    QDate m_today;
    PendingRequestsModel *m_model;
    TeamCalendarModel *m_stripModel;
    QTableView *m_table;
    QLabel *m_banner;
    QLabel *m_count;
    QCheckBox *m_wholeTown;
    QPushButton *m_approve;
    QPushButton *m_refuse;
    QPushButton *m_cancelLeave;
    QPushButton *m_keepLeave;
    QPushButton *m_delegate;
    QWidget *m_refusalPanel;
    QLineEdit *m_reason;
    QPushButton *m_confirmRefusal;
    QListWidget *m_report;
    QLabel *m_stripTitle;
    QLabel *m_actingFor;
    TeamCalendarView *m_strip;
    QSplitter *m_splitter = nullptr;
    QLabel *m_warning;
    QString m_warningText;
};

} // namespace Civitas::Leave::Internal
