#pragma once

// A demo town (core and HR demo data) in a temporary file, opened as the application opens
// it, for tests that need realistic agent files.

#include <core/storage/database.h>
#include <core/access/session.h>
#include <core/workspace.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class HrDemoDesk
{
public:
    bool open(int agents = 300)
    {
        m_workspace.loadModules();
        QString error;
        if (!m_dir.isValid()
            || !m_workspace.createDemoDatabase(m_dir.filePath(QStringLiteral("demo.sqlite")), agents, 7,
                                               [](const QString &) {}, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    Civitas::Database &database() { return m_workspace.database(); }
    Civitas::Workspace &workspace() { return m_workspace; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

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

    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(database().connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
        return q.next() ? q.value(0) : QVariant();
    }
    int count(const QString &sql, const QVariantList &binds = {}) { return value(sql, binds).toInt(); }

private:
    QTemporaryDir m_dir;
    Civitas::Workspace m_workspace;
};
