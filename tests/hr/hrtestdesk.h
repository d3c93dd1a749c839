#pragma once

// A fresh local file with every module's migrations, opened the way the application opens it
// (module manager, change capture), for the HR module's tests.

#include <core/storage/database.h>
#include <core/workspace.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class HrTestDesk
{
public:
    bool open()
    {
        m_workspace.loadModules();
        QString error;
        if (!m_dir.isValid() || !m_workspace.openDatabase(m_dir.filePath(QStringLiteral("desk.sqlite")), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        // The HR module's tables are there only when its plugin was found and loaded.
        return count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'agents'")) == 1;
    }

    Civitas::Database &database() { return m_workspace.database(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    QString addUnit(const QString &code, const QString &name)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery q(database().connection());
        q.prepare(QStringLiteral("INSERT INTO org_units (id, kind, code, name) VALUES (?, 'service', ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(code);
        q.addBindValue(name);
        if (!q.exec())
            qWarning("%s", qPrintable(q.lastError().text()));
        return id;
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

// A NIR with its right key (docs/domain/hr-and-leave.md): 97 - (first 13 digits mod 97).
inline QString validNir(const QString &first13)
{
    const qint64 n = first13.toLongLong();
    return first13 + QStringLiteral("%1").arg(97 - n % 97, 2, 10, QLatin1Char('0'));
}
