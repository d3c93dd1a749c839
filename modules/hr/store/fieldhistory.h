#pragma once

#include <hr/hrglobal.h>

#include <core/result.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// The successive values of one field of one record, from the local audit trail: the changes
// made on this desk and those pulled from the server (under their author and time). HR asks
// for it on a field of the agent file: who changed it, when, from what to what.
class CIVITAS_HR_EXPORT FieldHistory
{
public:
    struct Change
    {
        QDateTime at;
        QString who;
        QString operation; // insert, update, delete
        QVariant oldValue;
        QVariant newValue;
    };

    explicit FieldHistory(Database &database)
        : m_database(database)
    {}

    // Oldest first.
    Result<QList<Change>>
    changes(const QString &table, const QString &rowId, const QString &column) const;

private:
    Database &m_database;
};

} // namespace Civitas::Hr
