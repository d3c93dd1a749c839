#pragma once

#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leaverequest.h>
#include <leave/leaveglobal.h>

#include <core/models/sqllistmodel.h>

#include <QHash>
#include <QIcon>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The requests waiting for the user's decision, as a list sorted and filtered in SQL and
// fetched page by page (HR sees the whole town's): submitted requests and cancellations asked
// of the user's team, and for HR also what waits for HR. Never the user's own.
class CIVITAS_LEAVE_EXPORT PendingRequestsModel : public SqlListModel
{
    Q_OBJECT
public:
    enum Column {
        Agent,
        Type,
        Dates,
        Duration,
        State,
        AskedOn,
        BalanceAfter,
        Comment,
        ColumnCount
    };

    explicit PendingRequestsModel(Database &database, QObject *parent = nullptr);

    // `teamAgentsSql` is LeaveAuthority::teamAgentsSql(); `everyone` is HR's view. Takes
    // effect at the next select().
    // The requests of `teamAgentsSql` waiting for their head; with `waitingForHr`, every
    // request waiting for HR too; with `wholeTown`, every request waiting anywhere (HR
    // standing in for an absent head). Never the user's own.
    void setScope(const QString &selfAgentId,
                  const QString &teamAgentsSql,
                  bool waitingForHr,
                  bool wholeTown = false);

    QString agentIdAt(int row) const;
    QString agentNameAt(int row) const;
    QString unitIdAt(int row) const;
    LeaveRequestState stateAt(int row) const;
    LeaveBoundary startAt(int row) const;
    LeaveBoundary endAt(int row) const;
    // "05/05/2026 afternoon – 07/05/2026 morning": the dates with their halves.
    static QString datesText(const LeaveBoundary &start, const LeaveBoundary &end);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList agentParts(int row) const;
    QStringList dateParts(int row) const;

    mutable QHash<QString, QIcon> m_swatches;
};

} // namespace Civitas::Leave
