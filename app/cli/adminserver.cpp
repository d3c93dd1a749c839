#include "admincli.h"
#include "clitr.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Civitas {

// `civitas-admin server status|end-session`: the pull watermark is the oldest transaction
// running on the cluster; one kept open (on purpose or by a stuck client) holds every desk's
// pulls back. Status names the sessions holding it; end-session ends one. Both run as the
// owner or an administrator (civitas.watermark_holders(), civitas.end_session()).
int AdminCli::server()
{
    if (m_args.isEmpty())
        return usage(CliTr::tr("server needs status or end-session."));
    const QString action = m_args.takeFirst();
    QString uri;
    if (!takeOption(QStringLiteral("--server"), &uri))
        return 2;
    if (action == QLatin1String("status"))
        return serverStatus(uri);
    if (action != QLatin1String("end-session"))
        return usage(CliTr::tr("unknown server action \"%1\".").arg(action));
    bool isNumber = false;
    const int pid = m_args.isEmpty() ? 0 : m_args.takeFirst().toInt(&isNumber);
    if (!isNumber || pid <= 0)
        return usage(
            CliTr::tr("server end-session needs the PID of a session (see server status)."));
    QString error;
    QSqlDatabase server;
    if (!connectServer(uri, &server, &error))
        return fail(error);
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT civitas.end_session(?)"));
    q.addBindValue(pid);
    if (!q.exec() || !q.next())
        return fail(q.lastError().databaseText().trimmed());
    if (!q.value(0).toBool())
        return fail(CliTr::tr("session %1 could not be ended.").arg(pid));
    m_out << CliTr::tr("Session %1 ended.").arg(pid) << Qt::endl;
    return 0;
}

int AdminCli::serverStatus(const QString &uri)
{
    QString error;
    QSqlDatabase server;
    if (!connectServer(uri, &server, &error))
        return fail(error);
    QSqlQuery q(server);
    if (!q.exec(QStringLiteral("SELECT pid, login, application, database, since, held_seconds, "
                               "xid_age, state FROM civitas.watermark_holders()")))
        return fail(q.lastError().databaseText().trimmed());
    bool first = true;
    while (q.next()) {
        const qint64 held = qint64(q.value(5).toDouble());
        if (first) {
            m_out << CliTr::tr("Pull watermark: held back for %1 by session %2.")
                         .arg(duration(held))
                         .arg(q.value(0).toInt())
                  << "\n"
                  << CliTr::tr("Sessions with a running transaction, oldest first:") << "\n";
            first = false;
        }
        m_out << "  " << CliTr::tr("pid %1").arg(q.value(0).toInt()).leftJustified(12) << " "
              << q.value(1).toString().leftJustified(20) << " "
              << CliTr::tr("application \"%1\"").arg(q.value(2).toString()) << ", "
              << CliTr::tr("database %1").arg(q.value(3).toString()) << ", "
              << CliTr::tr("since %1")
                     .arg(q.value(4).toDateTime().toLocalTime().toString(Qt::ISODate))
              << " (" << duration(held) << ", " << q.value(7).toString() << ")\n";
    }
    if (first)
        m_out << CliTr::tr("Pull watermark: not held back (no transaction is running).") << "\n";
    m_out.flush();
    return 0;
}

QString AdminCli::duration(qint64 seconds)
{
    if (seconds < 60)
        return CliTr::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return CliTr::tr("%n minute(s)", nullptr, int(seconds / 60));
    return CliTr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace Civitas
