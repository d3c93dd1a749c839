#pragma once

#include <hr/hrglobal.h>

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Civitas::Hr {

// The successive values of one field of one record, from the local audit trail: the changes
// made on this desk and those pulled from the server (under their author and time).
class CIVITAS_HR_EXPORT FieldHistory
{
public:
    struct Change
    {
        QDateTime at;
        QString who;
        QString operation;   // insert, update, delete
        QVariant oldValue;
        QVariant newValue;
    };

    // Oldest first.
    static QList<Change> changes(QSqlDatabase db, const QString &table, const QString &rowId,
                                 const QString &column);
};

} // namespace Civitas::Hr
