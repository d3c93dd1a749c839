#include "leaveledgerplan.h"
#include <leave/domain/leavedays.h>
#include <leave/leavetr.h>

#include "leavetypecatalog.h"

#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <hr/store/agentnamesql.h>

#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Civitas::Leave {

QString LeavePlanLine::key() const
{
    return agentId + QLatin1Char('|') + leaveTypeId + QLatin1Char('|') + QString::number(year)
           + QLatin1Char('|') + LedgerEntry::kindCode(kind) + QLatin1Char('|')
           + expiresOn.toString(Qt::ISODate);
}

LeaveLedgerPlan::LeaveLedgerPlan(const QString &source,
                                 const QList<int> &years,
                                 const QString &title)
    : m_source(source)
    , m_years(years)
    , m_title(title)
{}

void LeaveLedgerPlan::add(const LeavePlanLine &line)
{
    m_lines.append(line);
    m_compared = false;
}

void LeaveLedgerPlan::addWarning(const QString &agentName, const QString &text)
{
    m_warnings.append(agentName.isEmpty() ? text : agentName + QStringLiteral(": ") + text);
}

QString LeaveLedgerPlan::changeLabel(LeavePlanLine::Change change)
{
    switch (change) {
    case LeavePlanLine::Change::New:
        return Tr::tr("new");
    case LeavePlanLine::Change::Unchanged:
        return Tr::tr("already written");
    case LeavePlanLine::Change::Changed:
        return Tr::tr("corrected");
    case LeavePlanLine::Change::Withdrawn:
        return Tr::tr("withdrawn");
    }
    return {};
}

bool LeaveLedgerPlan::readWritten(Database &database,
                                  QHash<QString, Written> *written,
                                  QString *errorMessage) const
{
    written->clear();
    if (m_years.isEmpty())
        return true;
    QStringList marks;
    for (qsizetype i = 0; i < m_years.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // year first: the leave_ledger_year index narrows the read to the batch's years.
    q.prepare(
        QStringLiteral("SELECT %1 FROM leave_ledger_entries "
                       "WHERE year IN (%2) AND source = ? AND deleted = 0 ORDER BY effective_date, "
                       "updated_at, id")
            .arg(LeaveLedger::entryColumns(), marks.join(QStringLiteral(", "))));
    for (int year : m_years)
        q.addBindValue(year);
    q.addBindValue(m_source);
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = Tr::tr("The ledger could not be read: %1").arg(q.lastError().text());
        return false;
    }
    QList<LedgerEntry> entries;
    QSet<QString> reversed;
    while (q.next()) {
        const LedgerEntry e = LeaveLedger::entryFrom(q);
        if (!e.reversesEntryId.isEmpty())
            reversed.insert(e.reversesEntryId);
        entries.append(e);
    }
    for (const LedgerEntry &e : std::as_const(entries)) {
        LeavePlanLine probe;
        probe.agentId = e.agentId;
        probe.leaveTypeId = e.leaveTypeId;
        probe.year = e.year;
        probe.kind = e.kind;
        probe.expiresOn = e.expiresOn;
        Written &w = (*written)[probe.key()];
        w.net += e.daysHundredths;
        if (e.reversesEntryId.isEmpty() && !reversed.contains(e.id))
            w.open.append(e);
    }
    return true;
}

bool LeaveLedgerPlan::compare(Database &database, QString *errorMessage)
{
    if (!readWritten(database, &m_written, errorMessage))
        return false;
    QList<LeavePlanLine> lines;
    QSet<QString> planned;
    for (LeavePlanLine line : std::as_const(m_lines)) {
        if (line.change == LeavePlanLine::Change::Withdrawn)
            continue; // from an earlier compare: found again below if still true
        const QString key = line.key();
        planned.insert(key);
        const Written w = m_written.value(key);
        line.writtenHundredths = w.net;
        if (w.net == 0 && line.hundredths == 0)
            continue;
        if (w.net == 0 && w.open.isEmpty())
            line.change = LeavePlanLine::Change::New;
        else if (w.net == line.hundredths)
            line.change = LeavePlanLine::Change::Unchanged;
        else
            line.change = line.hundredths == 0 ? LeavePlanLine::Change::Withdrawn
                                               : LeavePlanLine::Change::Changed;
        lines.append(line);
    }
    QSet<QString> unnamed;
    for (auto it = m_written.cbegin(); it != m_written.cend(); ++it) {
        if (planned.contains(it.key()) || it->net == 0 || it->open.isEmpty())
            continue;
        const LedgerEntry &e = it->open.constFirst();
        LeavePlanLine line;
        line.agentId = e.agentId;
        line.leaveTypeId = e.leaveTypeId;
        line.year = e.year;
        line.kind = e.kind;
        line.expiresOn = e.expiresOn;
        line.effectiveDate = e.effectiveDate;
        line.note = e.note;
        line.hundredths = 0;
        line.writtenHundredths = it->net;
        line.change = LeavePlanLine::Change::Withdrawn;
        unnamed.insert(e.agentId);
        lines.append(line);
    }
    // A withdrawn line's agent may be absent from the plan (left the service): name them.
    QHash<QString, QString> names;
    for (const LeavePlanLine &l : std::as_const(lines)) {
        if (!l.agentName.isEmpty())
            names.insert(l.agentId, l.agentName);
    }
    for (const QString &agentId : std::as_const(unnamed)) {
        if (names.contains(agentId))
            continue;
        QSqlQuery n(database.connection());
        n.prepare(
            QStringLiteral(
                "SELECT %1 || ' (' || a.registration_number || ')' FROM agents a WHERE a.id = ?")
                .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
        n.addBindValue(agentId);
        names.insert(agentId, n.exec() && n.next() ? n.value(0).toString() : agentId);
    }
    for (LeavePlanLine &l : lines) {
        if (l.agentName.isEmpty())
            l.agentName = names.value(l.agentId, l.agentId);
    }
    m_lines = lines;
    sortLines();
    m_compared = true;
    return true;
}

void LeaveLedgerPlan::sortLines()
{
    std::stable_sort(
        m_lines.begin(), m_lines.end(), [](const LeavePlanLine &a, const LeavePlanLine &b) {
            const int byName = QString::compare(a.agentName, b.agentName, Qt::CaseInsensitive);
            if (byName != 0)
                return byName < 0;
            if (a.agentId != b.agentId)
                return a.agentId < b.agentId;
            if (a.leaveTypeId != b.leaveTypeId)
                return a.leaveTypeId < b.leaveTypeId;
            if (a.year != b.year)
                return a.year < b.year;
            if (a.kind != b.kind)
                return int(a.kind) < int(b.kind);
            return a.expiresOn < b.expiresOn;
        });
}

int LeaveLedgerPlan::changeCount() const
{
    return int(std::count_if(
        m_lines.cbegin(), m_lines.cend(), [](const LeavePlanLine &l) { return l.needsWriting(); }));
}

int LeaveLedgerPlan::agentCount() const
{
    QSet<QString> agents;
    for (const LeavePlanLine &l : m_lines)
        agents.insert(l.agentId);
    return int(agents.size());
}

bool LeaveLedgerPlan::write(Database &database, QString *errorMessage)
{
    if (!m_compared && !compare(database, errorMessage))
        return false;
    QSqlDatabase db = database.connection();
    if (const auto begun = Sql::beginWrite(db); !begun.ok()) {
        *errorMessage = Tr::tr("The ledger could not be written: %1").arg(begun.error());
        return false;
    }
    auto fail = [&db, errorMessage](const QString &message) {
        db.rollback();
        *errorMessage = message;
        return false;
    };
    // Read again inside the transaction: what the preview showed must still be what is there.
    QHash<QString, Written> fresh;
    QString error;
    if (!readWritten(database, &fresh, &error))
        return fail(error);
    QSet<QString> keys;
    for (const LeavePlanLine &l : std::as_const(m_lines)) {
        keys.insert(l.key());
        if (fresh.value(l.key()).net != l.writtenHundredths)
            return fail(Tr::tr("The ledger changed since the preview (a synchronisation brought "
                               "another run of %1): "
                               "preview again.")
                            .arg(m_source));
    }
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (!keys.contains(it.key()) && it->net != 0)
            return fail(Tr::tr("The ledger changed since the preview (a synchronisation brought "
                               "another run of %1): "
                               "preview again.")
                            .arg(m_source));
    }
    LeaveLedger ledger(database);
    // Every reversal before any new line: the server judges a new carry-over against the lines
    // still standing (a line moved to another expiry date is withdrawn under its old key).
    for (const LeavePlanLine &l : std::as_const(m_lines)) {
        if (!l.needsWriting())
            continue;
        for (const LedgerEntry &old : fresh.value(l.key()).open) {
            if (!ledger.reverse(
                    old, m_source, Tr::tr("Replaced by a new run of %1").arg(m_source), &error))
                return fail(error);
        }
    }
    for (const LeavePlanLine &l : std::as_const(m_lines)) {
        if (!l.needsWriting() || l.hundredths == 0)
            continue;
        LedgerEntry e;
        e.agentId = l.agentId;
        e.leaveTypeId = l.leaveTypeId;
        e.year = l.year;
        e.kind = l.kind;
        e.daysHundredths = l.hundredths;
        e.effectiveDate = l.effectiveDate;
        e.expiresOn = l.expiresOn;
        e.source = m_source;
        e.note = l.note;
        if (!ledger.append(e, &error))
            return fail(error);
    }
    if (!db.commit())
        return fail(Tr::tr("The ledger could not be written: %1").arg(db.lastError().text()));
    // What is written now is what a new run would compare against.
    return compare(database, errorMessage);
}

static QString signedDays(int hundredths)
{
    return (hundredths > 0 ? QStringLiteral("+") : QString()) + LeaveDays::format(hundredths);
}

QString LeaveLedgerPlan::report(const LeaveTypeCatalog &types, bool onlyChanges) const
{
    auto typeLabel = [&types](const QString &id) {
        const LeaveType *t = types.byId(id);
        return t ? t->label : id;
    };
    QString out;
    if (!m_title.isEmpty())
        out += m_title + QLatin1Char('\n');
    out += Tr::tr("%n agent(s)", nullptr, agentCount()) + QStringLiteral(", ")
           + Tr::tr("%n line(s) to write", nullptr, changeCount()) + QStringLiteral(", ")
           + Tr::tr("%n already written", nullptr, int(m_lines.size()) - changeCount())
           + QLatin1Char('\n');
    for (const QString &w : m_warnings)
        out += Tr::tr("warning: %1").arg(w) + QLatin1Char('\n');

    // Totals by type and kind of what the ledger holds once the plan is written.
    QMap<QString, int> totals;
    QString agent;
    QMap<QString, int> agentTotals;
    auto flushAgent = [&]() {
        if (agent.isEmpty() || agentTotals.isEmpty())
            return;
        QStringList parts;
        for (auto it = agentTotals.cbegin(); it != agentTotals.cend(); ++it)
            parts.append(it.key() + QLatin1Char(' ') + signedDays(it.value()));
        out += QStringLiteral("    ") + Tr::tr("total: %1").arg(parts.join(QStringLiteral(", ")))
               + QLatin1Char('\n');
    };
    for (const LeavePlanLine &l : m_lines) {
        const QString what = typeLabel(l.leaveTypeId) + QLatin1Char(' ') + QString::number(l.year);
        totals[what + QStringLiteral(" — ") + LedgerEntry::kindLabel(l.kind)] += l.hundredths;
        if (onlyChanges && !l.needsWriting())
            continue;
        if (l.agentId != agent) {
            flushAgent();
            agent = l.agentId;
            agentTotals.clear();
            out += l.agentName + QLatin1Char('\n');
        }
        agentTotals[what] += l.hundredths;
        QString line = QStringLiteral("  ") + what.leftJustified(34) + QLatin1Char(' ')
                       + LedgerEntry::kindLabel(l.kind).leftJustified(14) + QLatin1Char(' ')
                       + signedDays(l.hundredths).rightJustified(9) + QStringLiteral("  ")
                       + changeLabel(l.change);
        if (l.change == LeavePlanLine::Change::Changed
            || l.change == LeavePlanLine::Change::Withdrawn)
            line += QLatin1Char(' ') + Tr::tr("(was %1)").arg(signedDays(l.writtenHundredths));
        if (l.expiresOn.isValid())
            line += QStringLiteral(", ")
                    + Tr::tr("expires on %1")
                          .arg(QLocale().toString(l.expiresOn, QLocale::ShortFormat));
        if (!l.note.isEmpty())
            line += QStringLiteral(" — ") + l.note;
        out += line + QLatin1Char('\n');
    }
    flushAgent();
    if (!totals.isEmpty()) {
        out += Tr::tr("Totals") + QLatin1Char('\n');
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            out += QStringLiteral("  ") + it.key().leftJustified(50) + QLatin1Char(' ')
                   + signedDays(it.value()).rightJustified(10) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Civitas::Leave
