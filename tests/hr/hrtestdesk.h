#pragma once

// A fresh local file with every module's migrations, opened the way the application opens it
// (module manager, change capture), for the HR module's tests.

#include <testdesk.h>

#include <QUuid>

class HrTestDesk : public TestDesk
{
public:
    bool open() { return TestDesk::open({QStringLiteral("agents")}); }

    QString addUnit(const QString &code, const QString &name)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        exec(QStringLiteral(
                 "INSERT INTO org_units (id, kind, code, name) VALUES (?, 'service', ?, ?)"),
             {id, code, name});
        return id;
    }
};

// A NIR with its right key (docs/domain/hr-and-leave.md): 97 - (first 13 digits mod 97).
inline QString validNir(const QString &first13)
{
    const qint64 n = first13.toLongLong();
    return first13 + QStringLiteral("%1").arg(97 - n % 97, 2, 10, QLatin1Char('0'));
}
