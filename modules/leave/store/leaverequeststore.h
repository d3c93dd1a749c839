#pragma once

#include "leaveauthority.h"
#include "leaveledger.h"
#include "leavetypecatalog.h"
#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leaverequest.h>
#include <leave/domain/leaverequestrules.h>
#include <leave/domain/leaveworkflow.h>
#include <leave/leaveglobal.h>

#include <core/result.h>

#include <QCoreApplication>
#include <QDateTime>

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave {

// One line of a request's history (leave_request_steps).
struct LeaveRequestStep
{
    QString action;
    LeaveRequestState fromState = LeaveRequestState::Draft;
    LeaveRequestState toState = LeaveRequestState::Draft;
    QString actorLogin;
    QString actorName;
    QString onBehalfOfName;
    QString comment;
    QDateTime actedAt;
};

// Reads and writes leave requests for the user of a session: counts them, checks them against
// the rules, moves them along the workflow, records each step, and writes the ledger when
// leave is approved or cancelled. Each operation is one local transaction: the request, its
// step and its ledger lines reach the outbox together or not at all.
class CIVITAS_LEAVE_EXPORT LeaveRequestStore
{
public:
    LeaveRequestStore(Database &database, const Session &session);

    // A supporting document the agent chose, taken into the file store: its type read from
    // its first bytes (PDF, JPEG, PNG), its size within the town's limit, with a clear message
    // otherwise. The request refers to it once saved.
    struct Attachment
    {
        QString sha256;
        qint64 byteSize = 0;
        QString fileName;
        QString mimeType;
    };
    Civitas::Result<Attachment> readDocument(const QString &path);
    static QStringList documentTypes();

    struct Result
    {
        bool ok = false;
        QList<LeaveProblem> problems; // refusals by the rules, each with its field
        QString error;                // a workflow refusal or a database error
        LeaveRequestState state = LeaveRequestState::Draft;
        QString message() const; // everything that went wrong, one reason a line
    };

    // What the form shows while the request is typed: the count, the balance, the refusals.
    struct Evaluation
    {
        LeaveDayCounter::Result count;
        LeaveBalance balance; // of the request's type and year, this request excluded
        QList<LeaveProblem> problems;
    };
    Evaluation evaluate(const LeaveRequest &request, bool enteredByHr = false) const;

    // The agent's own requests. A new request (empty id) gets one.
    Result saveDraft(LeaveRequest &request);
    Result submit(LeaveRequest &request);
    // HR enters a request for any agent, approved at once (ordinary sick leave, corrections).
    Result enterByHr(LeaveRequest &request, const QString &comment);
    // Withdraw, approve, refuse (a comment is then required), cancellation moves.
    Result act(const QString &requestId, LeaveAction action, const QString &comment);
    // What `act` would say, without doing it: for enabling buttons.
    LeaveWorkflow::Move possibleMove(const LeaveRequest &request, LeaveAction action) const;

    bool load(const QString &requestId, LeaveRequest *request) const;
    QList<LeaveRequest> liveRequestsOf(const QString &agentId) const;
    QList<LeaveRequestStep> steps(const QString &requestId) const;

    Database &database() const { return m_database; }
    const LeaveTypeCatalog &types() const { return m_types; }
    const LeaveCalendar &calendar() const { return m_calendar; }
    void reloadCalendar();
    // Tests fix the day; the application lives in the real one.
    void setToday(QDate today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

private:
    LeaveWorkflow::Move moveFor(const LeaveRequest &request,
                                LeaveAction action,
                                const LeaveAuthority::Standing &standing) const;
    int consecutiveDays(const LeaveRequest &request,
                        const QList<LeaveRequest> &others,
                        const LeaveDayCounter &counter) const;
    bool writeRequest(const LeaveRequest &request, bool insert, QString *errorMessage);
    bool writeStep(const LeaveRequest &request,
                   const QString &action,
                   LeaveRequestState from,
                   LeaveRequestState to,
                   const QString &onBehalfOf,
                   const QString &comment,
                   QString *errorMessage);
    bool recordUse(const LeaveRequest &request, QString *errorMessage);
    Result finish(bool ok, const QString &error, LeaveRequestState state);

    Database &m_database;
    const Session &m_session;
    LeaveTypeCatalog m_types;
    LeaveCalendar m_calendar;
    LeaveLedger m_ledger;
    QDate m_today;
};

} // namespace Civitas::Leave
