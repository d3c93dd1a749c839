#pragma once

#include <leave/leaveglobal.h>

#include <core/result.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The notices that tell an agent, precisely and in good time, how many carried-over days of
// annual leave they hold and when those days expire: without one, the days cannot be lost
// (Conseil d'État, 17 October 2025, n°495899). HR issues them; the agent reads them on their
// home page and may print them; HR sees who was informed when and who read it. The closing
// expires carried days only when a notice was issued by their date (LeaveYearClosing).
// The days, the issuer and the times are the server's (central leave 0009); the desk's are a
// preview until the next pull.
class CIVITAS_LEAVE_EXPORT ExpiryNotices
{
public:
    struct Notice
    {
        QString id;
        QString agentId;
        QString agentName;
        int year = 0; // the rights year the days are in
        QDate expiresOn;
        int hundredths = 0;
        QString issuedBy;
        QDateTime issuedAt;
        QDateTime readAt; // invalid: not read yet
    };
    // Carried days no notice announced yet.
    struct Due
    {
        QString agentId;
        QString agentName;
        int year = 0;
        QDate expiresOn;
        int hundredths = 0;
    };

    explicit ExpiryNotices(Database &database);

    // Days carried into `year` (still there, expiring from `from` on) that no notice
    // announced, by agent and date.
    Result<QList<Due>> due(int year, QDate from) const;
    // A notice for each of due(year, from), except the issuer's own; how many were issued.
    // `issuedAt`: now unless given (the demo town's history).
    Result<int> issue(int year,
                      QDate from,
                      const QString &issuedBy,
                      const QString &issuersAgentId,
                      const QDateTime &issuedAt = {});
    // The same in the caller's transaction (the demo town's generation).
    Result<int> issueWithin(int year,
                            QDate from,
                            const QString &issuedBy,
                            const QString &issuersAgentId,
                            const QDateTime &issuedAt);
    // Every notice of `year`, by agent name then date.
    Result<QList<Notice>> ofYear(int year) const;
    // An agent's notices whose days have not expired on `today`, latest date first.
    Result<QList<Notice>> current(const QString &agentId, QDate today) const;
    // How many of current() the agent has not read: the home page's figure.
    int unreadCount(const QString &agentId, QDate today) const;
    // The agent says they read it (once; the server stamps the time).
    Result<void> markRead(const QString &noticeId);

private:
    Database &m_database;
};

} // namespace Civitas::Leave
