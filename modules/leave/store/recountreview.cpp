#include "recountreview.h"
#include <leave/leavetr.h>

#include <core/storage/database.h>
#include <core/storage/sql.h>

namespace Civitas::Leave {

RecountReview::RecountReview(Database &database)
    : m_database(database)
{}

Result<> RecountReview::markReviewed(const QStringList &recountIds)
{
    QSqlDatabase db = m_database.connection();
    db.transaction();
    Sql::Statement st(db, QStringLiteral("UPDATE leave_recounts SET reviewed = 1 WHERE id = ?"));
    QString error;
    for (const QString &id : recountIds) {
        if (!st.exec({id})) {
            error = st.error();
            break;
        }
    }
    if (error.isEmpty() && !db.commit())
        error = db.lastError().text();
    if (!error.isEmpty()) {
        db.rollback();
        qCWarning(lcStorage) << "recounts not marked reviewed:" << error;
        return Result<>::failure(Tr::tr("Could not be saved: %1").arg(error));
    }
    return success();
}

} // namespace Civitas::Leave
