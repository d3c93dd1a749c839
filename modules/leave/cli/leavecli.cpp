#include "leavecli.h"
#include <leave/leavetr.h>

#include <leave/domain/leavedaycounter.h>
#include <leave/domain/leavedays.h>
#include <leave/store/leavecalendarstore.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leaveledgerplan.h>
#include <leave/store/leaverecount.h>
#include <leave/store/leaverightsplanner.h>
#include <leave/store/leavetypecatalog.h>
#include <leave/store/leaveyearclosing.h>

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/storage/database.h>
#include <hr/store/agentnamesql.h>

#include <QLocale>
#include <QSqlQuery>
#include <QTextStream>

namespace Civitas::Leave {

namespace {

const char *const countSynopsis
    = "leave count --agent ID --from DATE[am|pm] --to DATE[am|pm] [--calendar-days] --db PATH";
const char *const balanceSynopsis
    = "leave balance --agent ID|MATRICULE --year Y --db PATH [--details]";
const char *const closeSynopsis = "leave close-year Y --db PATH [--dry-run]";
const char *const allocateSynopsis = "leave allocate Y --db PATH [--dry-run]";
const char *const recountSynopsis = "leave recount --db PATH [--all]";

QString takeValue(QStringList &arguments, const QString &option, bool *missing)
{
    const qsizetype i = arguments.indexOf(option);
    if (i < 0)
        return {};
    if (i + 1 >= arguments.size()) {
        *missing = true;
        return {};
    }
    const QString value = arguments.at(i + 1);
    arguments.remove(i, 2);
    return value;
}

bool parseYear(const QString &text, int *year)
{
    bool ok = false;
    const int y = text.toInt(&ok);
    if (!ok || y < 1900 || y > 2999)
        return false;
    *year = y;
    return true;
}

// The agent given by id or by registration number; empty when there is none.
QString findAgent(Database &database, const QString &agent, QString *label)
{
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT a.id, %1 || ' (' || a.registration_number || ')' FROM agents a "
                       "WHERE (a.id = ? OR a.registration_number = ?) AND a.deleted = 0")
            .arg(Hr::agentDisplayNameSql(QStringLiteral("a"))));
    q.addBindValue(agent);
    q.addBindValue(agent);
    if (!q.exec() || !q.next())
        return {};
    if (label)
        *label = q.value(1).toString();
    return q.value(0).toString();
}

} // namespace

QList<CliCommand> LeaveCli::commands()
{
    // One command, several synopses: the help lists each form.
    return {
        {QStringLiteral("leave"),
         QString::fromLatin1(countSynopsis),
         Tr::tr("The duration the application counts for a leave request: the half-days the agent "
                "works, minus public holidays."),
         &LeaveCli::run},
        {QStringLiteral("leave"),
         QString::fromLatin1(balanceSynopsis),
         Tr::tr("An agent's leave balances for a year (rights, taken, waiting, available); every "
                "ledger line with --details."),
         &LeaveCli::run},
        {QStringLiteral("leave"),
         QString::fromLatin1(allocateSynopsis),
         Tr::tr("Writes the year's annual leave and RTT of every agent (run again: only what "
                "changed)."),
         &LeaveCli::run},
        {QStringLiteral("leave"),
         QString::fromLatin1(closeSynopsis),
         Tr::tr("Closes a year: RTT lost for absences (a debit on next year when already "
                "taken), split-leave days, carry-over after health or family leave, expiry "
                "except carried days never announced (run again: only what changed)."),
         &LeaveCli::run},
        {QStringLiteral("leave"),
         QString::fromLatin1(recountSynopsis),
         Tr::tr("Counts again the requests a change of days off or working time affects."),
         &LeaveCli::run},
    };
}

int LeaveCli::usage(CliContext &context, const QString &problem)
{
    context.err << Tr::tr("civitas-admin: %1").arg(problem) << Qt::endl;
    for (const char *synopsis :
         {countSynopsis, balanceSynopsis, allocateSynopsis, closeSynopsis, recountSynopsis})
        context.err << Tr::tr("Usage: civitas-admin %1").arg(QString::fromLatin1(synopsis))
                    << Qt::endl;
    return 2;
}

int LeaveCli::run(const QStringList &arguments, CliContext &context)
{
    if (arguments.isEmpty())
        return usage(context, Tr::tr("a subcommand is missing."));
    const QString sub = arguments.first();
    if (sub == QLatin1String("count"))
        return count(arguments.mid(1), context);
    if (sub == QLatin1String("balance"))
        return balance(arguments.mid(1), context);
    if (sub == QLatin1String("close-year"))
        return closeYear(arguments.mid(1), context);
    if (sub == QLatin1String("allocate"))
        return allocate(arguments.mid(1), context);
    if (sub == QLatin1String("recount"))
        return recount(arguments.mid(1), context);
    return usage(context, Tr::tr("unknown subcommand \"%1\".").arg(sub));
}

int LeaveCli::count(QStringList arguments, CliContext &context)
{
    const bool calendarDays = arguments.removeAll(QStringLiteral("--calendar-days")) > 0;
    bool missing = false;
    const QString agent = takeValue(arguments, QStringLiteral("--agent"), &missing);
    const QString from = takeValue(arguments, QStringLiteral("--from"), &missing);
    const QString to = takeValue(arguments, QStringLiteral("--to"), &missing);
    if (missing || agent.isEmpty() || from.isEmpty() || to.isEmpty())
        return usage(context, Tr::tr("--agent, --from and --to are needed."));
    if (!arguments.isEmpty())
        return usage(context, Tr::tr("unexpected argument \"%1\".").arg(arguments.first()));
    if (!context.database)
        return usage(context, Tr::tr("--db PATH is needed."));
    LeaveBoundary start;
    LeaveBoundary end;
    if (!LeaveBoundary::parse(from, Hr::WeeklyPattern::Morning, &start))
        return usage(context,
                     Tr::tr("\"%1\" is not a date such as 2026-05-11 or 2026-05-11pm.").arg(from));
    if (!LeaveBoundary::parse(to, Hr::WeeklyPattern::Afternoon, &end))
        return usage(context,
                     Tr::tr("\"%1\" is not a date such as 2026-05-15 or 2026-05-15am.").arg(to));

    Database &database = *context.database;
    const QString agentId = findAgent(database, agent, nullptr);
    if (agentId.isEmpty()) {
        context.err << Tr::tr("civitas-admin: error: no agent \"%1\" in this file.").arg(agent)
                    << Qt::endl;
        return 1;
    }
    const LeaveDayCounter counter(LeaveCalendarStore::schedule(database, agentId),
                                  LeaveCalendarStore::calendar(database));
    const LeaveDayCounter::Result result
        = counter.count(start,
                        end,
                        calendarDays ? LeaveDayCounter::Counting::CalendarDays
                                     : LeaveDayCounter::Counting::WorkingDays);
    if (!result.isValid()) {
        context.err << Tr::tr("civitas-admin: error: %1").arg(result.error) << Qt::endl;
        return 1;
    }
    const QLocale locale;
    context.out << (calendarDays ? Tr::tr("%1 calendar day(s)") : Tr::tr("%1 working day(s)"))
                       .arg(locale.toString(result.days()))
                << Qt::endl;
    for (const PublicHoliday &holiday : result.holidays)
        context.out << Tr::tr("  not counted: %1, %2")
                           .arg(locale.toString(holiday.date, QLocale::ShortFormat), holiday.name)
                    << Qt::endl;
    return 0;
}

int LeaveCli::balance(QStringList arguments, CliContext &context)
{
    const bool details = arguments.removeAll(QStringLiteral("--details")) > 0;
    bool missing = false;
    const QString agent = takeValue(arguments, QStringLiteral("--agent"), &missing);
    const QString yearText = takeValue(arguments, QStringLiteral("--year"), &missing);
    if (missing || agent.isEmpty() || yearText.isEmpty())
        return usage(context, Tr::tr("--agent and --year are needed."));
    if (!arguments.isEmpty())
        return usage(context, Tr::tr("unexpected argument \"%1\".").arg(arguments.first()));
    int year = 0;
    if (!parseYear(yearText, &year))
        return usage(context, Tr::tr("\"%1\" is not a year such as 2026.").arg(yearText));
    if (!context.database)
        return usage(context, Tr::tr("--db PATH is needed."));
    Database &database = *context.database;
    QString label;
    const QString agentId = findAgent(database, agent, &label);
    if (agentId.isEmpty()) {
        context.err << Tr::tr("civitas-admin: error: no agent \"%1\" in this file.").arg(agent)
                    << Qt::endl;
        return 1;
    }
    const LeaveTypeCatalog types(database);
    const LeaveLedger ledger(database);
    const QList<LeaveBalance> balances = ledger.balances(agentId, year);
    context.out << label << QStringLiteral(", ") << year << Qt::endl;
    if (balances.isEmpty()) {
        context.out << Tr::tr("No leave rights and no request in %1.").arg(year) << Qt::endl;
    } else {
        const int w = 12;
        context.out << Tr::tr("Type").leftJustified(34) << Tr::tr("Rights").rightJustified(w)
                    << Tr::tr("Taken").rightJustified(w) << Tr::tr("Waiting").rightJustified(w)
                    << Tr::tr("Available").rightJustified(w) << Qt::endl;
        for (const LeaveBalance &b : balances) {
            const LeaveType *t = types.byId(b.leaveTypeId);
            context.out << (t ? t->label : b.leaveTypeId).leftJustified(34)
                        << LeaveDays::format(b.rightsHundredths).rightJustified(w)
                        << LeaveDays::format(-b.usedHundredths).rightJustified(w)
                        << LeaveDays::format(b.pendingHundredths).rightJustified(w)
                        << LeaveDays::format(b.availableHundredths()).rightJustified(w) << Qt::endl;
        }
    }
    // The account is not a year's: what it holds from every year.
    const int account = LeaveRightsPlanner(database).timeSavingsAccountBalance(agentId);
    if (account != 0)
        context.out
            << Tr::tr("Time savings account (every year): %1").arg(LeaveDays::format(account))
            << Qt::endl;
    if (details) {
        const QLocale locale;
        context.out << Qt::endl << Tr::tr("Ledger of %1").arg(year) << Qt::endl;
        const QList<LedgerEntry> entries = ledger.entries(agentId, year);
        if (entries.isEmpty())
            context.out << Tr::tr("  (no line)") << Qt::endl;
        for (const LedgerEntry &e : entries) {
            const LeaveType *t = types.byId(e.leaveTypeId);
            QString line = QStringLiteral("  ")
                           + locale.toString(e.effectiveDate, QLocale::ShortFormat)
                           + QStringLiteral("  ") + (t ? t->label : e.leaveTypeId).leftJustified(28)
                           + QLatin1Char(' ') + LedgerEntry::kindLabel(e.kind).leftJustified(16)
                           + QLatin1Char(' ')
                           + ((e.daysHundredths > 0 ? QStringLiteral("+") : QString())
                              + LeaveDays::format(e.daysHundredths))
                                 .rightJustified(9)
                           + QStringLiteral("  ") + e.source;
            if (e.expiresOn.isValid())
                line += QStringLiteral(", ")
                        + Tr::tr("expires on %1")
                              .arg(locale.toString(e.expiresOn, QLocale::ShortFormat));
            if (!e.reversesEntryId.isEmpty())
                line += QStringLiteral(", ") + Tr::tr("reversal");
            if (!e.note.isEmpty())
                line += QStringLiteral(" — ") + e.note;
            context.out << line << Qt::endl;
        }
    }
    return 0;
}

int LeaveCli::runPlan(LeaveLedgerPlan &plan, bool dryRun, CliContext &context)
{
    const LeaveTypeCatalog types(*context.database);
    context.out << plan.report(types);
    if (plan.changeCount() == 0) {
        context.out << Tr::tr("Nothing to write: the ledger already holds all of it.") << Qt::endl;
        return 0;
    }
    if (dryRun) {
        context.out << Tr::tr("Dry run: nothing written.") << Qt::endl;
        return 0;
    }
    const int lines = plan.changeCount();
    QString error;
    if (!plan.write(*context.database, &error)) {
        context.err << Tr::tr("civitas-admin: error: %1").arg(error) << Qt::endl;
        return 1;
    }
    context.out << Tr::tr("%n line(s) written.", nullptr, lines) << Qt::endl;
    return 0;
}

int LeaveCli::closeYear(QStringList arguments, CliContext &context)
{
    return yearPlan(std::move(arguments),
                    context,
                    Tr::tr("the year to close is missing."),
                    [](Database &database, int year, QString *error) {
                        return LeaveYearClosing(database).plan(year, error);
                    });
}

int LeaveCli::allocate(QStringList arguments, CliContext &context)
{
    return yearPlan(std::move(arguments),
                    context,
                    Tr::tr("the year to allocate is missing."),
                    [](Database &database, int year, QString *error) {
                        return LeaveRightsPlanner(database).allocations(year, error);
                    });
}

int LeaveCli::yearPlan(QStringList arguments,
                       CliContext &context,
                       const QString &missingYear,
                       const std::function<LeaveLedgerPlan(Database &, int, QString *)> &makePlan)
{
    const bool dryRun = arguments.removeAll(QStringLiteral("--dry-run")) > 0;
    if (arguments.size() != 1)
        return usage(context,
                     arguments.isEmpty()
                         ? missingYear
                         : Tr::tr("unexpected argument \"%1\".").arg(arguments.at(1)));
    int year = 0;
    if (!parseYear(arguments.first(), &year))
        return usage(context, Tr::tr("\"%1\" is not a year such as 2026.").arg(arguments.first()));
    if (!context.database)
        return usage(context, Tr::tr("--db PATH is needed."));
    QString error;
    LeaveLedgerPlan plan = makePlan(*context.database, year, &error);
    if (!error.isEmpty()) {
        context.err << Tr::tr("civitas-admin: error: %1").arg(error) << Qt::endl;
        return 1;
    }
    return runPlan(plan, dryRun, context);
}

int LeaveCli::recount(QStringList arguments, CliContext &context)
{
    const bool all = arguments.removeAll(QStringLiteral("--all")) > 0;
    if (!arguments.isEmpty())
        return usage(context, Tr::tr("unexpected argument \"%1\".").arg(arguments.first()));
    if (!context.database)
        return usage(context, Tr::tr("--db PATH is needed."));
    Session session;
    session.setUser(
        {}, QStringLiteral("civitas-admin"), QStringLiteral("civitas-admin"), {}, {Roles::Hr});
    const LeaveRecount::Result r = all ? LeaveRecount::recountAll(*context.database, session)
                                       : LeaveRecount::processQueue(*context.database, session);
    if (!r.ok) {
        context.err << Tr::tr("civitas-admin: error: %1").arg(r.error) << Qt::endl;
        return 1;
    }
    const QLocale locale;
    context.out << Tr::tr("%n request(s) counted again", nullptr, r.checked) << QStringLiteral(", ")
                << Tr::tr("%n changed", nullptr, int(r.changes.size())) << Qt::endl;
    for (const LeaveRecountChange &c : r.changes) {
        context.out << QStringLiteral("  ") << c.agentName << QStringLiteral(", ")
                    << locale.toString(c.start.date, QLocale::ShortFormat) << QStringLiteral(" – ")
                    << locale.toString(c.end.date, QLocale::ShortFormat) << QStringLiteral(": ")
                    << LeaveDays::format(c.oldHalfDays * 50) << QStringLiteral(" → ")
                    << LeaveDays::format(c.newHalfDays * 50) << QStringLiteral(" (")
                    << LeaveRecount::reasonLabel(c.reason) << QStringLiteral(")") << Qt::endl;
    }
    return 0;
}

} // namespace Civitas::Leave
