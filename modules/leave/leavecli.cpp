#include "leavecli.h"

#include "leavedaycounter.h"

#include <core/database.h>
#include <core/localsettings.h>

#include <QLocale>
#include <QSqlQuery>
#include <QTextStream>

namespace Civitas::Leave {

static const char *const synopsis = "leave count --agent ID --from DATE[am|pm] --to DATE[am|pm] [--calendar-days] --db PATH";

QList<CliCommand> LeaveCli::commands()
{
    return {{QStringLiteral("leave"), QString::fromLatin1(synopsis),
             tr("The duration the application counts for a leave request: the half-days the agent "
                "works, minus public holidays."),
             &LeaveCli::run}};
}

int LeaveCli::usage(CliContext &context, const QString &problem)
{
    context.err << tr("civitas-admin: %1").arg(problem) << Qt::endl
                << tr("Usage: civitas-admin %1").arg(QString::fromLatin1(synopsis)) << Qt::endl;
    return 2;
}

int LeaveCli::run(const QStringList &arguments, CliContext &context)
{
    if (arguments.isEmpty())
        return usage(context, tr("a subcommand is missing."));
    if (arguments.first() == QLatin1String("count"))
        return count(arguments.mid(1), context);
    return usage(context, tr("unknown subcommand \"%1\".").arg(arguments.first()));
}

static QString takeValue(QStringList &arguments, const QString &option, bool *missing)
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

int LeaveCli::count(QStringList arguments, CliContext &context)
{
    const bool calendarDays = arguments.removeAll(QStringLiteral("--calendar-days")) > 0;
    bool missing = false;
    const QString agent = takeValue(arguments, QStringLiteral("--agent"), &missing);
    const QString from = takeValue(arguments, QStringLiteral("--from"), &missing);
    const QString to = takeValue(arguments, QStringLiteral("--to"), &missing);
    if (missing || agent.isEmpty() || from.isEmpty() || to.isEmpty())
        return usage(context, tr("--agent, --from and --to are needed."));
    if (!arguments.isEmpty())
        return usage(context, tr("unexpected argument \"%1\".").arg(arguments.first()));
    if (!context.database)
        return usage(context, tr("--db PATH is needed."));
    LeaveBoundary start;
    LeaveBoundary end;
    if (!LeaveBoundary::parse(from, Hr::WeeklyPattern::Morning, &start))
        return usage(context, tr("\"%1\" is not a date such as 2026-05-11 or 2026-05-11pm.").arg(from));
    if (!LeaveBoundary::parse(to, Hr::WeeklyPattern::Afternoon, &end))
        return usage(context, tr("\"%1\" is not a date such as 2026-05-15 or 2026-05-15am.").arg(to));

    Database &database = *context.database;
    // The agent may be given by id or by registration number.
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id FROM agents WHERE (id = ? OR registration_number = ?) AND deleted = 0"));
    q.addBindValue(agent);
    q.addBindValue(agent);
    if (!q.exec() || !q.next()) {
        context.err << tr("civitas-admin: error: no agent \"%1\" in this file.").arg(agent) << Qt::endl;
        return 1;
    }
    const QString agentId = q.value(0).toString();
    const LeaveDayCounter counter(WorkingSchedule::forAgent(database, agentId), LeaveCalendar::load(database));
    const LeaveDayCounter::Result result = counter.count(
        start, end, calendarDays ? LeaveDayCounter::Counting::CalendarDays : LeaveDayCounter::Counting::WorkingDays);
    if (!result.isValid()) {
        context.err << tr("civitas-admin: error: %1").arg(result.error) << Qt::endl;
        return 1;
    }
    const QLocale locale;
    context.out << (calendarDays ? tr("%1 calendar day(s)") : tr("%1 working day(s)")).arg(locale.toString(result.days()))
                << Qt::endl;
    for (const PublicHoliday &holiday : result.holidays)
        context.out << tr("  not counted: %1, %2").arg(locale.toString(holiday.date, QLocale::ShortFormat), holiday.name)
                    << Qt::endl;
    return 0;
}

} // namespace Civitas::Leave
