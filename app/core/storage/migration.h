#pragma once

#include <core/coreglobal.h>

#include <QList>
#include <QString>

namespace Civitas {

// One SQL file of database/local/<module>/NNNN_name.sql.
struct CIVITAS_CORE_EXPORT Migration
{
    QString module;
    int version = 0;
    QString name; // file name, for messages
    QString sql;

    // Reads every NNNN_*.sql file of a resource (or plain) folder, sorted by version.
    static QList<Migration>
    fromDirectory(const QString &module, const QString &path, QString *errorMessage);
};

} // namespace Civitas
