#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace Civitas {

// The rows whose copy on this computer may not be the server's although every pull has
// passed them (sync_refetch, local core 0006): a pull kept the fields of a change not sent
// yet, and with them the row's old version; the server refused a change or met a conflict
// and wrote nothing; the user took the server's value in a conflict. The server does not
// change such a row, so no pull would bring it again: the sync engine fetches each one whole
// after its push, and forgets it once no change waiting to be sent holds it back. This is
// what makes every desk end equal to the server once its conflicts are settled.
class CIVITAS_CORE_EXPORT RefetchQueue
{
public:
    explicit RefetchQueue(QSqlDatabase db)
        : m_db(db)
    {}

    Result<> add(const QString &table, const QString &rowId);
    // Table name -> the ids of its rows to fetch.
    Result<QHash<QString, QStringList>> rows() const;
    // Forgets those of `ids` that no pending change of this desk holds back.
    Result<> settle(const QString &table, const QStringList &ids);

private:
    QSqlDatabase m_db;
};

} // namespace Civitas
