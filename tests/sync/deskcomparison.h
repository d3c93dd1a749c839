#pragma once

// A desk's copy of a table beside the server's, row by row and field by field: every column
// both sides have, in the text the desk stores (dates and times as the pull writes them).

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

inline QStringList sharedColumns(QSqlDatabase desk, QSqlDatabase server, const QString &table)
{
    QStringList local;
    QSqlQuery q(desk);
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    while (q.next())
        local << q.value(0).toString();
    QSqlQuery s(server);
    s.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                             "table_schema = 'civitas' AND table_name = ? ORDER BY column_name"));
    s.addBindValue(table);
    s.exec();
    QStringList both;
    while (s.next()) {
        if (local.contains(s.value(0).toString()))
            both << s.value(0).toString();
    }
    return both;
}

inline QStringList tableRows(QSqlDatabase db, const QString &sql, int columns)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + sql};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns; ++i)
            values << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// Each differing row as "desk: … / server: …"; empty when the desk equals the server.
inline QStringList differences(QSqlDatabase desk, QSqlDatabase server, const QString &table)
{
    const QStringList columns = sharedColumns(desk, server, table);
    QStringList serverSelect;
    for (const QString &c : columns) {
        if (c == QLatin1String("updated_at"))
            serverSelect << QStringLiteral(
                "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
        else
            serverSelect << QStringLiteral("%1::text").arg(c);
    }
    const QStringList mine = tableRows(desk,
                                       QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                           .arg(columns.join(QLatin1String(", ")), table),
                                       int(columns.size()));
    const QStringList theirs = tableRows(server,
                                         QStringLiteral("SELECT %1 FROM civitas.%2 ORDER BY id")
                                             .arg(serverSelect.join(QLatin1String(", ")), table),
                                         int(columns.size()));
    QStringList diff;
    for (qsizetype i = 0; i < qMax(mine.size(), theirs.size()); ++i) {
        const QString a = mine.value(i);
        const QString b = theirs.value(i);
        if (a != b)
            diff << QStringLiteral("%1 desk: %2 / server: %3").arg(table, a, b);
    }
    return diff;
}
