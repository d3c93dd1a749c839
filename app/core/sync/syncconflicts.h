#pragma once

#include <core/coreglobal.h>

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Civitas {

class Database;

// A field changed both here and on the server since this client's version.
struct CIVITAS_CORE_EXPORT SyncConflict
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString field;
    QJsonValue mine;
    QJsonValue theirs;
    QJsonValue base;
    QString detectedAt;
};

// The conflicts waiting for the user, and their resolution field by field: keep my value,
// take the server's, or type another. Keeping or typing a value is an ordinary local change
// (it goes through the outbox on the version the client now has), so both clients converge
// at the next sync.
class CIVITAS_CORE_EXPORT SyncConflicts
{
public:
    explicit SyncConflicts(Database &database) : m_database(database) {}

    enum class Resolution { KeepMine, TakeTheirs, Edit };

    QList<SyncConflict> open() const;
    int openCount() const;
    bool resolve(qint64 conflictId, Resolution resolution, const QJsonValue &editedValue,
                 QString *errorMessage);

private:
    Database &m_database;
};

} // namespace Civitas
