#pragma once

// A demo town loaded into a fresh server the way `civitas-admin load` does it (TownLoader, as
// the database's owner), logins for its personas, and the real civitas-admin run against it
// as one of them.

#include "serverfixture.h"

#include <core/sync/townloader.h>
#include <core/workspace.h>

#include <QElapsedTimer>
#include <QProcess>

class LoadedTown
{
public:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        double milliseconds = 0;
    };

    bool create(int agents)
    {
        if (!m_server.create())
            return false;
        Civitas::Workspace demo;
        demo.loadModules();
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("town.sqlite"));
        if (!demo.createDemoDatabase(path, agents, 1, {}, &error)) {
            qWarning() << error;
            return false;
        }
        Civitas::TownLoader loader(demo.database(), m_server.admin());
        const auto loaded = loader.load(demo.modules().migrations(&error));
        if (!loaded.ok())
            qWarning() << loaded.error();
        return loaded.ok();
    }

    ServerFixture &server() { return m_server; }

    // The loaded account of a demo persona gets its login, with these roles.
    bool addLogin(const QString &login, const QStringList &roles)
    {
        QSqlQuery q(m_server.admin());
        q.prepare(QStringLiteral("SELECT civitas.create_login(?, ?, string_to_array(?, ','))"));
        q.addBindValue(login);
        q.addBindValue(ServerFixture::password(login));
        q.addBindValue(roles.join(QLatin1Char(',')));
        if (!q.exec())
            qWarning() << q.lastError().text();
        return q.lastError().type() == QSqlError::NoError;
    }

    QString agentOf(const QString &login)
    {
        return m_server
            .scalar(QStringLiteral("SELECT agent_id FROM civitas.user_accounts WHERE login = '%1'")
                        .arg(login))
            .toString();
    }

    // A fresh desk file, made by `civitas-admin init`.
    QString newDesk(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
        const Run r = admin({QStringLiteral("init"), QStringLiteral("--db"), path});
        if (r.code != 0)
            qWarning() << r.err;
        return path;
    }

    QProcess *startAdmin(const QStringList &arguments, const QString &login = {}) const
    {
        auto *process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
        if (!login.isEmpty()) {
            env.insert(QStringLiteral("PGUSER"), login);
            env.insert(QStringLiteral("PGPASSWORD"), ServerFixture::password(login));
        }
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(CIVITAS_ADMIN), arguments);
        return process;
    }

    static Run finish(QProcess *process, const QElapsedTimer &timer = {})
    {
        Run r;
        if (process->state() == QProcess::NotRunning || process->waitForFinished(600000)) {
            r.code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
            r.out = QString::fromUtf8(process->readAllStandardOutput());
            r.err = QString::fromUtf8(process->readAllStandardError());
        }
        if (timer.isValid())
            r.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        delete process;
        return r;
    }

    Run admin(const QStringList &arguments, const QString &login = {}) const
    {
        QElapsedTimer timer;
        timer.start();
        return finish(startAdmin(arguments, login), timer);
    }

    // `civitas-admin sync --db desk` as `login`, timed from start to exit.
    Run sync(const QString &desk, const QString &login) const
    {
        return admin({QStringLiteral("sync"),
                      QStringLiteral("--db"),
                      desk,
                      QStringLiteral("--server"),
                      uri(login)},
                     login);
    }

    QString uri(const QString &login) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(login,
                 qEnvironmentVariable("PGHOST"),
                 qEnvironmentVariable("PGPORT"),
                 m_server.name());
    }

    static QVariant fileScalar(const QString &path, const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QSqlQuery q(db);
            if (db.open() && q.exec(sql) && q.next())
                value = q.value(0);
            else if (q.lastError().isValid())
                qWarning() << sql << q.lastError().text();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

    static bool fileExec(const QString &path, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!ok)
                    break;
                ok = q.exec(sql);
                if (!ok)
                    qWarning() << sql << q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
        return ok;
    }

private:
    QTemporaryDir m_dir;
    ServerFixture m_server;
};
