#pragma once

#include <leave/leaveglobal.h>

#include <core/models/sqllistmodel.h>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// The recounts HR has still to review (leave_recounts): a request counted again after a change
// of the days off, of the holiday settings or of an agent's working time, with its count
// before and after and why. The request and the balance are already corrected; HR checks
// each and marks it reviewed (RecountReview). Newest first by default, sorted in SQL and
// fetched page by page.
class CIVITAS_LEAVE_EXPORT RecountListModel : public SqlListModel
{
    Q_OBJECT
public:
    enum Column {
        RecountedAtColumn,
        AgentColumn,
        LeaveColumn,
        DatesColumn,
        BeforeColumn,
        AfterColumn,
        WhyColumn,
        ColumnCount
    };

    explicit RecountListModel(Database &database, QObject *parent = nullptr);
};

} // namespace Civitas::Leave
