#pragma once

#include <leave/leaveglobal.h>

#include <core/result.h>

#include <QCoreApplication>
#include <QStringList>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

// HR's review of the recounts (leave_recounts): once HR has checked a request counted again
// and its corrected balance, the recount leaves the list to review. The rows stay, for the
// history of the request.
class CIVITAS_LEAVE_EXPORT RecountReview
{
public:
    explicit RecountReview(Database &database);

    // Marks every one of `recountIds` reviewed, all or none.
    Result<> markReviewed(const QStringList &recountIds);

private:
    Database &m_database;
};

} // namespace Civitas::Leave
