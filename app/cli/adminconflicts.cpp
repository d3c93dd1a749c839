#include "admincli.h"
#include "clitr.h"

#include <core/sync/syncconflicts.h>
#include <core/workspace.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Civitas {

// A value as support staff read it and as a script can parse it: its JSON text.
static QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// `civitas-admin conflicts list|resolve --db PATH`: the Synchronisation page's conflicts and
// refused changes, through the same SyncConflicts, for support staff fixing a desk from a
// terminal (the desk's own file: nothing here needs the server) and for tests.
int AdminCli::conflicts()
{
    if (m_args.isEmpty())
        return usage(CliTr::tr("conflicts needs list or resolve."));
    const QString action = m_args.takeFirst();
    if (action != QLatin1String("list") && action != QLatin1String("resolve"))
        return usage(CliTr::tr("unknown conflicts action \"%1\".").arg(action));
    QString path, keep;
    if (!takeOption(QStringLiteral("--db"), &path) || !takeOption(QStringLiteral("--keep"), &keep))
        return 2;
    const bool all = m_args.removeAll(QStringLiteral("--all")) > 0;
    if (path.isEmpty())
        return usage(CliTr::tr("--db PATH is required."));
    qint64 id = 0;
    if (action == QLatin1String("resolve")) {
        if (keep != QLatin1String("mine") && keep != QLatin1String("theirs"))
            return usage(CliTr::tr("conflicts resolve needs --keep mine or --keep theirs."));
        bool isNumber = false;
        if (!all && m_args.size() == 1)
            id = m_args.takeFirst().toLongLong(&isNumber);
        if (all == isNumber || id < 0 || !m_args.isEmpty())
            return usage(CliTr::tr("conflicts resolve needs one conflict ID, or --all."));
    } else if (!keep.isEmpty() || all || !m_args.isEmpty()) {
        return usage(CliTr::tr("conflicts list takes --db PATH only."));
    }
    if (!QFileInfo::exists(path))
        return fail(CliTr::tr("%1 does not exist.").arg(path));
    QString error;
    if (!m_workspace->openDatabase(path, &error))
        return fail(error);
    SyncConflicts conflicts(m_workspace->database());
    const QList<SyncConflict> open = conflicts.open();

    if (action == QLatin1String("list")) {
        // One line per conflict, tab-separated: ID, table, record, field, mine, the
        // server's, the value before (JSON values).
        for (const SyncConflict &c : open)
            m_out << c.id << '\t' << c.table << '\t' << c.rowId << '\t' << c.field << '\t'
                  << jsonText(c.mine) << '\t' << jsonText(c.theirs) << '\t' << jsonText(c.base)
                  << '\n';
        const Result<QList<RefusedChange>> refused = conflicts.refused();
        if (!refused.ok())
            return fail(refused.error());
        // The refused changes after them, marked as such, with the values they carry.
        for (const RefusedChange &r : *refused)
            m_out << "refused " << r.seq << '\t' << r.table << '\t' << r.rowId << '\t'
                  << r.operation << '\t'
                  << QString::fromUtf8(QJsonDocument(r.values).toJson(QJsonDocument::Compact))
                  << '\t' << QString(r.reason).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
        m_err << CliTr::tr("%n conflict(s) open", nullptr, int(open.size())) << ", "
              << CliTr::tr("%n refused change(s)", nullptr, int(refused->size())) << Qt::endl;
        m_out.flush();
        return 0;
    }

    const SyncConflicts::Resolution resolution = keep == QLatin1String("mine")
                                                     ? SyncConflicts::Resolution::KeepMine
                                                     : SyncConflicts::Resolution::TakeTheirs;
    QList<qint64> ids;
    for (const SyncConflict &c : open) {
        if (all || c.id == id)
            ids << c.id;
    }
    if (!all && ids.isEmpty())
        return fail(CliTr::tr("there is no open conflict %1 in %2 (see conflicts list).")
                        .arg(id)
                        .arg(path));
    for (qint64 conflict : std::as_const(ids)) {
        if (!conflicts.resolve(conflict, resolution, {}, &error))
            return fail(CliTr::tr("conflict %1: %2").arg(conflict).arg(error));
    }
    m_out << CliTr::tr("Resolved %n conflict(s); the next sync sends or fetches the values.",
                       nullptr,
                       int(ids.size()))
          << Qt::endl;
    return 0;
}

} // namespace Civitas
