#pragma once

#include "migration.h"
#include <core/coreglobal.h>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Civitas {

class TableChanges;

// One local SQLite file (one per user profile). It holds personal data, so it is created
// with mode 0600, and it runs in WAL mode so that a partly read cursor never blocks a writer.
// QSqlDatabase connections belong to one thread: connection() hands each thread its own.
class CIVITAS_CORE_EXPORT Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, QString *errorMessage);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // The calling thread's connection to the file.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection, before that thread ends.
    void closeThreadConnection() const;

    // Applies what is pending of `migrations` (see MigrationRunner).
    bool migrate(const QList<Migration> &migrations, QString *errorMessage);

    // The login written by the change-capture triggers into the audit trail and updated_by.
    void setCurrentUser(const QString &login);
    QString currentUser() const { return m_currentUser; }

    // Changes made locally and not yet accepted by the server.
    int pendingChangeCount() const;

    // Which tables syncs brought rows to: pages follow it (see LiveRefresh).
    TableChanges &tableChanges() const { return *m_tableChanges; }

private:
    QString connectionNameForThisThread() const;
    bool configure(QSqlDatabase &db, QString *errorMessage) const;

    QString m_path;
    QString m_baseName;
    QString m_currentUser;
    std::unique_ptr<TableChanges> m_tableChanges;
};

} // namespace Civitas
