#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/leaverequeststore.h>

#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {
class PendingRequestsModel;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {

// On the home page, under the card "Leave requests waiting for me": the oldest requests
// waiting for the user's decision, each with what the head decides on (the agent, the type,
// the dates, the balance after, what the agent wrote) and Approve / Refuse in one step. A
// refusal asks its reason in the row itself. The whole list, the team calendar and the
// cancellations stay in "Leave to decide".
class CIVITAS_LEAVE_TESTS_EXPORT DecisionPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Shown = 5;

    DecisionPanel(Database &database,
                  const Session &session,
                  std::function<void()> changed,
                  QWidget *parent = nullptr);

    void reload();
    // The requests shown, oldest first.
    QStringList requestIds() const { return m_ids; }
    // What the last action said ("" when it went through).
    QString lastProblem() const { return m_problem; }

    // Approves or refuses as the row's buttons do.
    bool decide(const QString &requestId, LeaveAction action, const QString &reason = {});

private:
    void askReason(int row);

    Database &m_database;
    const Session &m_session;
    std::function<void()> m_changed;
    LeaveRequestStore m_store;
    PendingRequestsModel *m_model;
    QGridLayout *m_rows;
    QLabel *m_message;
    QStringList m_ids;
    QString m_problem;
};

} // namespace Civitas::Leave::Internal
