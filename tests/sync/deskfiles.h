#pragma once

// Desk files driven as a support person would: `civitas-admin` run as a login against a
// ServerFixture's database, and the file itself opened, edited, backed up and copied with
// plain SQLite, between runs.

#include "serverfixture.h"

#include <core/storage/frenchcollation.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// The agents of the seeded town: ag-000, ag-001…
inline QString agentId(int n)
{
    return QStringLiteral("ag-%1").arg(n, 3, 10, QLatin1Char('0'));
}

// An HR unit with `agents` agents and two HR logins, rh0 and rh1.
inline bool seedHrTown(ServerFixture &server, int agents)
{
    return server.exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) "
                                      "VALUES ('u-rh', 'service', 'DRH', 'Ressources humaines')"))
           && server.exec(
               QStringLiteral("INSERT INTO civitas.agents (id, registration_number, birth_name, "
                              "first_names, org_unit_id, post_title, entry_date) "
                              "SELECT 'ag-' || lpad(n::text, 3, '0'), lpad(n::text, 6, '0'), "
                              "'NOM' || n, 'Prénom', 'u-rh', 'Poste', date '2015-01-01' "
                              "FROM generate_series(0, %1) n")
                   .arg(agents - 1))
           && server.addUser(
               QStringLiteral("rh0"), {QStringLiteral("hr")}, QStringLiteral("DRH"), {})
           && server.addUser(
               QStringLiteral("rh1"), {QStringLiteral("hr")}, QStringLiteral("DRH"), {});
}

struct AdminRun
{
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// civitas-admin with `arguments`, connected as `login` (no login: no server).
inline AdminRun runAdmin(const ServerFixture *server,
                         const QString &login,
                         const QStringList &arguments,
                         const QString &program = QStringLiteral(CIVITAS_ADMIN),
                         const QStringList &programArguments = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (server && !login.isEmpty()) {
        env.insert(QStringLiteral("PGDATABASE"), server->name());
        env.insert(QStringLiteral("PGUSER"), login);
        env.insert(QStringLiteral("PGPASSWORD"), ServerFixture::password(login));
    }
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(program, programArguments + arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// SQL on a desk file through a connection of its own, closed after: nothing stays open
// while civitas-admin or a copy works on the file.
inline QVariant fileQuery(const QString &path,
                          const QString &sql,
                          const QVariantList &values = {},
                          QString *error = nullptr)
{
    QVariant value;
    const QString name = QStringLiteral("deskfile-%1").arg(QUuid::createUuid().toString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // As the desk's own connections: the names' indexes need the French order to write.
        bool ok = db.open() && Civitas::FrenchCollation::install(db);
        QSqlQuery q(db);
        ok = ok && q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
        if (!ok) {
            if (error)
                *error = q.lastError().text();
            else
                qWarning() << sql << q.lastError().text();
        } else if (q.next()) {
            value = q.value(0);
        } else {
            value = q.numRowsAffected();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// An edit typed on the desk: one field of one row; the capture triggers queue it.
inline bool editField(const QString &path,
                      const QString &table,
                      const QString &rowId,
                      const QString &field,
                      const QString &value)
{
    QString error;
    const QVariant changed
        = fileQuery(path,
                    QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field),
                    {value, rowId},
                    &error);
    if (!error.isEmpty() || changed.toInt() != 1) {
        qWarning() << "editing" << table << rowId << field << error;
        return false;
    }
    return true;
}

// A consistent copy of a desk file, as a backup tool makes it (SQLite's VACUUM INTO).
inline bool backUpFile(const QString &path, const QString &copy)
{
    QFile::remove(copy);
    QString error;
    fileQuery(path, QStringLiteral("VACUUM INTO ?"), {copy}, &error);
    if (!error.isEmpty())
        qWarning() << "backing up" << path << error;
    return error.isEmpty() && QFile::exists(copy);
}

// Puts `copy` in place of `path`, as restoring a backup does.
inline bool restoreFile(const QString &copy, const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return QFile::copy(copy, path);
}

// Whether the server saw `value` written to `field` of `rowId` (its audit log keeps every
// write), or else the desk holds a conflict keeping it.
inline bool serverSaw(ServerFixture &server,
                      const QString &table,
                      const QString &rowId,
                      const QString &field,
                      const QString &value)
{
    QSqlQuery seen(server.admin());
    seen.prepare(QStringLiteral("SELECT count(*) FROM civitas.audit_log WHERE table_name = ? "
                                "AND row_id = ? AND new_values ->> ? = ?"));
    seen.addBindValue(table);
    seen.addBindValue(rowId);
    seen.addBindValue(field);
    seen.addBindValue(value);
    return seen.exec() && seen.next() && seen.value(0).toInt() > 0;
}

inline bool deskKeptConflict(const QString &path,
                             const QString &table,
                             const QString &rowId,
                             const QString &field,
                             const QString &value)
{
    const QString mine = QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    return fileQuery(path,
                     QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE table_name = ? "
                                    "AND row_id = ? AND field = ? AND mine = ?"),
                     {table, rowId, field, mine})
               .toInt()
           == 1;
}
