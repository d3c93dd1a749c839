#pragma once

// A local file in a temporary folder, opened the way the application opens it (the modules
// loaded, every module's migrations, change capture on), with the few SQL helpers tests need to
// arrange rows and read results. The module desks (HrTestDesk, LeaveTestDesk, HrDemoDesk) add
// their own arrangements on top.

#include <core/access/session.h>
#include <core/storage/database.h>
#include <core/workspace.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDesk
{
public:
    // An empty town with every module's tables. `requiredTables` are the tables the test needs:
    // they exist only when their module's plugin was found and loaded, so a missing one fails
    // here rather than in the first query.
    bool open(const QStringList &requiredTables = {})
    {
        m_workspace.loadModules();
        QString error;
        if (!m_dir.isValid()
            || !m_workspace.openDatabase(m_dir.filePath(QStringLiteral("desk.sqlite")), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        for (const QString &table : requiredTables) {
            if (count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), {table})
                != 1) {
                qWarning("table %s missing: was its module loaded?", qPrintable(table));
                return false;
            }
        }
        return true;
    }

    // A demo town of `agents` agents (seed 7, as the application's `--demo`).
    bool openDemo(int agents)
    {
        m_workspace.loadModules();
        QString error;
        if (!m_dir.isValid()
            || !m_workspace.createDemoDatabase(
                m_dir.filePath(QStringLiteral("demo.sqlite")),
                agents,
                7,
                [](const QString &) {},
                &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    Civitas::Database &database() { return m_workspace.database(); }
    Civitas::Workspace &workspace() { return m_workspace; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Logs in as a login of the file (its account and roles), as the application does.
    bool logIn(const QString &login)
    {
        QString error;
        if (!m_workspace.session().logIn(database(), login, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        database().setCurrentUser(login);
        return true;
    }

    // A session as `login`, the agent `agentId`, with `roles`, without an account in the file.
    // Also who the change capture records.
    void logIn(Civitas::Session &session,
               const QString &login,
               const QString &agentId,
               const QStringList &roles)
    {
        session.setUser(QStringLiteral("user-") + login,
                        login,
                        QStringLiteral("Name of ") + login,
                        agentId,
                        roles);
        database().setCurrentUser(login);
    }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(database().connection());
        return run(q, sql, binds);
    }

    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(database().connection());
        if (!run(q, sql, binds))
            return {};
        return q.next() ? q.value(0) : QVariant();
    }

    int count(const QString &sql, const QVariantList &binds = {})
    {
        return value(sql, binds).toInt();
    }

private:
    static bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
    {
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (q.exec())
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }

    QTemporaryDir m_dir;
    Civitas::Workspace m_workspace;
};
