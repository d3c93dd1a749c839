#pragma once

#include <leave/domain/leavedaycounter.h>
#include <leave/leaveglobal.h>

#include <core/models/sqllistmodel.h>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// An agent's leave requests of one year (those touching it), newest first: type with its
// colour, the dates with their halves, the duration, the state and the last decision (who,
// when, why). Sorted and filtered in SQL, fetched page by page (SqlListModel).
class CIVITAS_LEAVE_EXPORT LeaveRequestListModel : public SqlListModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, DatesColumn, DurationColumn, StateColumn, DecisionColumn };
    static constexpr int StateRole = Qt::UserRole + 10; // the state's code

    LeaveRequestListModel(Database &database, QObject *parent = nullptr);

    // Takes effect at the next select().
    void setAgentAndYear(const QString &agentId, int year);
    int year() const { return m_year; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "lun. 11/05/2026 – ven. 15/05/2026", with "afternoon" after a first day started at noon
    // and "morning" after a last day ended at noon.
    static QString periodText(const LeaveBoundary &start, const LeaveBoundary &end);
    // The same from the "start|half|end|half" text the SQL of the lists builds.
    static QString periodText(const QString &packed);
    // "Refused by Sophie Martin on 03/12/2026: “Service minimum”", from the packed step the
    // last-decision column reads.
    static QString decisionText(const QString &packed);
    // "1 j", "4,5 j".
    static QString durationText(int halfDays);

private:
    QString m_agentId;
    int m_year = 0;
};

} // namespace Civitas::Leave
