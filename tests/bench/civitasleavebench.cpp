// civitas-leavebench: leave with a demo town of 60,000 agents and five years of history
// (--agents N for another size, --quick for 300 agents and one run of each). Each figure is
// the median of several runs beside a baseline measured in the same run: the plain SQL run
// directly through SQLite's C API. --db PATH keeps the demo town at PATH and uses it again on
// the next run (the generation of 60,000 agents takes minutes). Figures only: nothing passes
// or fails.
//
//  (a) the balances of every agent for the current year: the CSV export's grouped query
//      (LeaveBalancesExport) and the per-agent LeaveLedger::balances the pages use, beside the
//      plain sum of the ledger grouped by agent and type;
//  (b) the team calendar (TeamCalendarModel) opened on a month for a unit of about 200
//      agents, beside its plain SQL (the agents with their working times, the live requests);
//  (c) 100,000 requests counted again with LeaveDayCounter, each agent's WorkingSchedule
//      loaded once, beside the plain sum of their half_days.

#include <leave/domain/leavecalendar.h>
#include <leave/domain/leavedaycounter.h>
#include <leave/domain/workingschedule.h>
#include <leave/models/teamcalendarmodel.h>
#include <leave/output/leavebalancesexport.h>
#include <leave/store/leavecalendarstore.h>
#include <leave/store/leaveledger.h>
#include <leave/store/leavetypecatalog.h>

#include <core/workspace.h>

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Civitas;
using namespace Civitas::Leave;
using Hr::WeeklyPattern;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double timeMs(const std::function<void()> &work, int repetitions)
{
    QList<double> runs;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(runs);
}

// The baseline: SQL straight through the C API, every column of every row read as text.
class DirectQuery
{
public:
    explicit DirectQuery(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        // The page cache Database gives its connections.
        sqlite3_exec(m_db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
    }
    ~DirectQuery() { sqlite3_close(m_db); }
    DirectQuery(const DirectQuery &) = delete;
    DirectQuery &operator=(const DirectQuery &) = delete;

    // Prepared once, run with `binds`, each row's texts read; `row` sees them when given.
    int run(const QByteArray &sql,
            const QList<QByteArray> &binds = {},
            const std::function<void(sqlite3_stmt *)> &row = {})
    {
        sqlite3_stmt *&stmt = m_statements[sql];
        if (!stmt && sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            std::printf("  baseline SQL error: %s\n", sqlite3_errmsg(m_db));
            return 0;
        }
        sqlite3_reset(stmt);
        for (int i = 0; i < binds.size(); ++i)
            sqlite3_bind_text(
                stmt, i + 1, binds.at(i).constData(), int(binds.at(i).size()), SQLITE_TRANSIENT);
        int n = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
            if (row)
                row(stmt);
            ++n;
        }
        return n;
    }
    QString plan(const QByteArray &sql)
    {
        QStringList lines;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, "EXPLAIN QUERY PLAN " + sql, -1, &stmt, nullptr)
            == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                lines << QStringLiteral("      ")
                             + QString::fromUtf8(
                                 reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
        }
        sqlite3_finalize(stmt);
        return lines.join(u'\n');
    }
    void finalizeAll()
    {
        for (sqlite3_stmt *stmt : std::as_const(m_statements))
            sqlite3_finalize(stmt);
        m_statements.clear();
    }

private:
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
};

struct Figure
{
    QString operation;
    double civitas = 0;
    double baseline = 0;
    QString note;
};

class Bench
{
public:
    Bench(Workspace &workspace, const QString &path, int repetitions, bool plans)
        : m_workspace(workspace)
        , m_direct(path)
        , m_repetitions(repetitions)
        , m_plans(plans)
    {}
    ~Bench() { m_direct.finalizeAll(); }

    void run();
    void printTable(int agents) const;

private:
    void record(const QString &operation,
                const std::function<void()> &civitas,
                const std::function<void()> &baseline,
                const QString &note,
                int repetitions = -1,
                const QByteArray &planOf = {});
    QString scalar(const QString &sql);

    Workspace &m_workspace;
    DirectQuery m_direct;
    int m_repetitions;
    bool m_plans;
    QList<Figure> m_figures;
};

QString Bench::scalar(const QString &sql)
{
    QSqlQuery q(m_workspace.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

void Bench::record(const QString &operation,
                   const std::function<void()> &civitas,
                   const std::function<void()> &baseline,
                   const QString &note,
                   int repetitions,
                   const QByteArray &planOf)
{
    const int n = repetitions > 0 ? qMin(repetitions, m_repetitions) : m_repetitions;
    Figure figure{operation, timeMs(civitas, n), timeMs(baseline, n), note};
    std::printf("  %-46s %10.1f ms   baseline %10.1f ms   ratio %6.2f   %s\n",
                qPrintable(operation),
                figure.civitas,
                figure.baseline,
                figure.baseline > 0 ? figure.civitas / figure.baseline : 0.0,
                qPrintable(note));
    if (m_plans && !planOf.isEmpty())
        std::printf("%s\n", qPrintable(m_direct.plan(planOf)));
    std::fflush(stdout);
    m_figures << figure;
}

void Bench::run()
{
    Database &database = m_workspace.database();
    const int year = QDate::currentDate().year();
    const QByteArray yearText = QByteArray::number(year);

    // (a) Balances of every agent for the year.
    {
        int rows = 0;
        qint64 checksum = 0;
        qint64 baselineChecksum = 0;
        const QByteArray plain
            = "SELECT agent_id, leave_type_id, sum(days_hundredths) FROM leave_ledger_entries "
              "WHERE year = ? AND deleted = 0 GROUP BY agent_id, leave_type_id";
        record(
            QStringLiteral("(a) balances, all agents: grouped query"),
            [&] {
                const auto all = LeaveBalancesExport::balances(database, {}, year);
                rows = int(all.size());
                checksum = 0;
                for (const auto &agent : all) {
                    for (const LeaveBalance &b : agent.balances)
                        checksum += b.availableHundredths();
                }
            },
            [&] {
                baselineChecksum = 0;
                m_direct.run(plain, {yearText}, [&](sqlite3_stmt *s) {
                    baselineChecksum += sqlite3_column_int64(s, 2);
                });
            },
            QString(),
            -1,
            plain);
        // The export lists the agents employed in the year; the plain sum takes every line of
        // the year, those of agents gone before it included (a closing credits them next year's
        // bonus or carried days). Checked on the same agents, untimed.
        const QString employed
            = scalar(QStringLiteral("SELECT sum(e.days_hundredths) FROM leave_ledger_entries e "
                                    "JOIN agents a ON a.id = e.agent_id "
                                    "JOIN leave_types t ON t.id = e.leave_type_id AND "
                                    "t.has_balance = 1 WHERE e.year = %1 AND e.deleted = 0 "
                                    "AND a.deleted = 0 AND a.entry_date <= '%1-12-31' AND "
                                    "(a.departure_date IS NULL OR a.departure_date >= '%1-01-01')")
                         .arg(year));
        m_figures.last().note
            = QStringLiteral("%1 agents; sum %2 %3 the same agents' plain sum (all lines: %4)")
                  .arg(rows)
                  .arg(checksum)
                  .arg(QString::number(checksum) == employed ? QStringLiteral("=")
                                                             : QStringLiteral("<>"))
                  .arg(baselineChecksum);

        QStringList agents;
        {
            QSqlQuery q(database.connection());
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT id FROM agents WHERE deleted = 0 ORDER BY id"));
            while (q.next())
                agents << q.value(0).toString();
        }
        QList<QByteArray> agentBytes;
        for (const QString &a : std::as_const(agents))
            agentBytes << a.toUtf8();
        const LeaveLedger ledger(database);
        const QByteArray perAgent
            = "SELECT leave_type_id, sum(days_hundredths) FROM leave_ledger_entries "
              "WHERE agent_id = ? AND year = ? AND deleted = 0 GROUP BY leave_type_id";
        qint64 sum = 0;
        record(
            QStringLiteral("(a) balances, all agents: LeaveLedger each"),
            [&] {
                sum = 0;
                for (const QString &a : std::as_const(agents)) {
                    for (const LeaveBalance &b : ledger.balances(a, year))
                        sum += b.availableHundredths();
                }
            },
            [&] {
                for (const QByteArray &a : std::as_const(agentBytes))
                    m_direct.run(perAgent, {a, yearText});
            },
            QStringLiteral("%1 queries").arg(agents.size()),
            3,
            perAgent);
        m_figures.last().note
            += QStringLiteral(", sum %1 %2 the plain sum")
                   .arg(sum)
                   .arg(sum == baselineChecksum ? QStringLiteral("=") : QStringLiteral("<>"));
        // One unit's CSV, as HR exports it.
        const QString unit = scalar(QStringLiteral(
            "SELECT o.id FROM org_units o WHERE o.parent_id IS NULL ORDER BY (SELECT count(*) FROM "
            "agents a JOIN org_units s "
            "ON s.id = a.org_unit_id WHERE s.parent_id = o.id OR s.id = o.id) DESC LIMIT 1"));
        QByteArray csv;
        record(
            QStringLiteral("(a) CSV of the largest direction"),
            [&] {
                QBuffer buffer(&csv);
                buffer.open(QIODevice::WriteOnly);
                QString error;
                LeaveBalancesExport::write(database, unit, year, &buffer, &error);
            },
            [&] {
                m_direct.run(
                    "SELECT e.agent_id, e.leave_type_id, sum(e.days_hundredths) FROM "
                    "leave_ledger_entries e "
                    "JOIN agents a ON a.id = e.agent_id JOIN org_units s ON s.id = a.org_unit_id "
                    "WHERE e.year = ? AND (s.parent_id = ? OR s.id = ?) GROUP BY 1, 2",
                    {yearText, unit.toUtf8(), unit.toUtf8()});
            },
            QString());
        m_figures.last().note
            = QStringLiteral("%1 lines, %2 KB").arg(csv.count('\n')).arg(csv.size() / 1024);
    }

    // (b) The team calendar of a unit of about 200 agents, on the current month.
    {
        const QString unit = scalar(
            QStringLiteral("SELECT o.id FROM org_units o WHERE o.kind = 'service' ORDER BY "
                           "abs((SELECT count(*) FROM agents a "
                           "WHERE a.org_unit_id = o.id AND a.deleted = 0) - 200), o.code LIMIT 1"));
        const QDate month(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        const QByteArray from = month.toString(Qt::ISODate).toUtf8();
        const QByteArray to = month.addMonths(1).addDays(-1).toString(Qt::ISODate).toUtf8();
        TeamCalendarModel model(database);
        auto everyCell = [&model] {
            // What a view asks when it paints: each cell's text, colour and tooltip.
            for (int r = 0; r < model.rowCount(); ++r) {
                for (int c = 0; c < model.columnCount(); ++c) {
                    model.data(model.index(r, c), Qt::DisplayRole);
                    model.data(model.index(r, c), Qt::BackgroundRole);
                    model.data(model.index(r, c), Qt::ToolTipRole);
                }
            }
        };
        auto plainQueries = [&] {
            m_direct.run(
                "SELECT a.id, a.birth_name, a.first_names, a.entry_date, a.departure_date, "
                "w.effective_date, "
                "w.weekly_pattern FROM agents a LEFT JOIN working_times w ON w.agent_id = a.id "
                "AND w.deleted = 0 AND w.effective_date <= ? WHERE a.org_unit_id = ? AND a.deleted "
                "= 0 "
                "AND a.entry_date <= ? AND (a.departure_date IS NULL OR a.departure_date >= ?)",
                {to, unit.toUtf8(), to, from});
            m_direct.run(
                "SELECT r.id, r.agent_id, r.leave_type_id, r.start_date, r.start_half, r.end_date, "
                "r.end_half, "
                "r.half_days, r.state FROM agents a JOIN leave_requests r ON r.agent_id = a.id "
                "WHERE a.org_unit_id = ? AND r.deleted = 0 AND r.state IN ('submitted', "
                "'waiting_hr', "
                "'approved', 'cancellation_requested') AND r.start_date <= ? AND r.end_date >= ?",
                {unit.toUtf8(), to, from});
        };
        record(
            QStringLiteral("(b) team calendar: month loaded"),
            [&] { model.load({unit}, month); },
            plainQueries,
            QString());
        m_figures.last().note
            = QStringLiteral("%1 agents x %2 days, %3 requests; baseline: its 2 queries")
                  .arg(model.agentCount())
                  .arg(model.dayCount())
                  .arg(model.requests().size());
        record(
            QStringLiteral("(b) team calendar: loaded, every cell read"),
            [&] {
                model.load({unit}, month);
                everyCell();
            },
            plainQueries,
            QStringLiteral("text, colour and tooltip of each cell; baseline: its 2 queries"));
    }

    // (c) 100,000 requests counted again.
    {
        struct Row
        {
            QString agent;
            LeaveBoundary start, end;
            bool calendarDays;
        };
        QList<Row> rows;
        qint64 stored = 0;
        {
            QSqlQuery q(database.connection());
            q.setForwardOnly(true);
            q.exec(QStringLiteral(
                "SELECT r.agent_id, r.start_date, r.start_half, r.end_date, r.end_half, t.counting "
                "= "
                "'calendar_days', r.half_days FROM leave_requests r JOIN leave_types t ON t.id = "
                "r.leave_type_id WHERE r.deleted = 0 ORDER BY r.agent_id, r.start_date LIMIT "
                "100000"));
            auto half = [](const QVariant &v) {
                return v.toString() == QLatin1String("pm") ? WeeklyPattern::Afternoon
                                                           : WeeklyPattern::Morning;
            };
            while (q.next()) {
                rows.append(
                    {q.value(0).toString(),
                     {QDate::fromString(q.value(1).toString(), Qt::ISODate), half(q.value(2))},
                     {QDate::fromString(q.value(3).toString(), Qt::ISODate), half(q.value(4))},
                     q.value(5).toBool()});
                stored += q.value(6).toInt();
            }
        }
        qint64 counted = 0;
        int schedules = 0;
        record(
            QStringLiteral("(c) 100,000 requests counted"),
            [&] {
                const LeaveCalendar calendar = LeaveCalendarStore::calendar(database);
                counted = 0;
                schedules = 0;
                QString agent;
                LeaveDayCounter counter(WorkingSchedule(), calendar);
                for (const Row &r : std::as_const(rows)) {
                    if (r.agent != agent) {
                        agent = r.agent;
                        counter = LeaveDayCounter(LeaveCalendarStore::schedule(database, agent),
                                                  calendar);
                        ++schedules;
                    }
                    counted += counter
                                   .count(r.start,
                                          r.end,
                                          r.calendarDays ? LeaveDayCounter::Counting::CalendarDays
                                                         : LeaveDayCounter::Counting::WorkingDays)
                                   .halfDays;
                }
            },
            [&] {
                m_direct.run("SELECT sum(half_days) FROM (SELECT half_days FROM leave_requests "
                             "WHERE deleted = 0 "
                             "ORDER BY agent_id, start_date LIMIT 100000)");
            },
            QString());
        m_figures.last().note
            = QStringLiteral("%1 requests, %2 schedules; %3 half days counted, %4 stored")
                  .arg(rows.size())
                  .arg(schedules)
                  .arg(counted)
                  .arg(stored);
    }
}

void Bench::printTable(int agents) const
{
    std::printf("\nSummary, %d agents (median of up to %d runs; ratio = Civitas / baseline)\n",
                agents,
                m_repetitions);
    std::printf(
        "  %-46s %12s %12s %7s  %s\n", "operation", "Civitas ms", "baseline ms", "ratio", "note");
    for (const Figure &f : m_figures) {
        const double ratio = f.baseline > 0 ? f.civitas / f.baseline : 0.0;
        std::printf("  %-46s %12.1f %12.1f %7.2f  %s\n",
                    qPrintable(f.operation),
                    f.civitas,
                    f.baseline,
                    ratio,
                    qPrintable(f.note));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const bool plans = args.contains(QStringLiteral("--plans"));
    int agents = quick ? 300 : 60000;
    const qsizetype agentsArg = args.indexOf(QStringLiteral("--agents"));
    if (agentsArg > 0 && agentsArg + 1 < args.size())
        agents = std::max(1, args.at(agentsArg + 1).toInt());
    const int repetitions = quick ? 1 : 7;

    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir folder;
    const qsizetype dbArg = args.indexOf(QStringLiteral("--db"));
    const QString path = dbArg > 0 && dbArg + 1 < args.size()
                             ? args.at(dbArg + 1)
                             : folder.filePath(QStringLiteral("leavebench.sqlite"));
    std::printf("civitas-leavebench (%s, Qt %s, SQLite %s for the baseline)\n",
                quick ? "quick" : "full",
                qVersion(),
                sqlite3_libversion());

    Workspace workspace;
    workspace.loadModules();
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool reuse = dbArg > 0 && QFileInfo::exists(path);
    auto progress = [&timer](const QString &step) {
        std::printf("  %7.1f s  %s\n", double(timer.elapsed()) / 1000.0, qPrintable(step));
        std::fflush(stdout);
    };
    if (reuse ? !workspace.openDatabase(path, &error)
              : !workspace.createDemoDatabase(path, agents, 1, progress, &error)) {
        std::printf("cannot %s the demo town: %s\n", reuse ? "open" : "create", qPrintable(error));
        return 1;
    }
    const double generation = double(timer.elapsed());
    {
        QSqlQuery q(workspace.database().connection());
        q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM agents), (SELECT count(*) FROM leave_requests), "
            "(SELECT count(*) FROM leave_request_steps), (SELECT count(*) FROM "
            "leave_ledger_entries)"));
        if (!q.next() || q.value(1).toInt() == 0) {
            std::printf(
                "no leave requests: the HR or leave module was not found (CIVITAS_MODULE_PATH)\n");
            return 1;
        }
        agents = q.value(0).toInt();
        std::printf("Demo town of %d agents %s in %.1f s: %d requests, %d steps, %d ledger lines, "
                    "%.0f MB\n\n",
                    agents,
                    reuse ? "opened" : "generated",
                    generation / 1000.0,
                    q.value(1).toInt(),
                    q.value(2).toInt(),
                    q.value(3).toInt(),
                    double(QFileInfo(path).size()) / 1e6);
    }
    Bench bench(workspace, path, repetitions, plans);
    bench.run();
    bench.printTable(agents);
    return 0;
}
