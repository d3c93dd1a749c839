// civitas-hrbench: the HR list and agent file with a demo town of 60,000 agents (--agents N
// for another size, --quick for 300 agents and one run of each). Each figure is the median of
// several runs beside a baseline measured in the same run: the same SQL run directly through
// SQLite's C API (and, for the painted list, the same rows painted from a QStandardItemModel).
// --plans prints SQLite's query plan of each baseline; --db PATH keeps the demo town at PATH
// and uses it again on the next run (to try an index without waiting for the generation).
// Figures only: nothing passes or fails.

#include <hr/models/agentlistmodel.h>
#include <hr/store/agentfilestore.h>
#include <hr/store/agentnamesql.h>

#include <core/storage/frenchcollation.h>
#include <core/storage/sql.h>
#include <core/workspace.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Civitas;
using namespace Civitas::Hr;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The median of `repetitions` runs of `work`, each after an untimed `setup`.
double
timeMs(const std::function<void()> &setup, const std::function<void()> &work, int repetitions)
{
    QList<double> runs;
    for (int i = 0; i < repetitions; ++i) {
        if (setup)
            setup();
        QElapsedTimer timer;
        timer.start();
        work();
        runs << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(runs);
}

// The baseline: SQL straight through the C API, every column of every row read as text, as
// the model reads them.
class DirectQuery
{
public:
    explicit DirectQuery(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        // The page cache Database gives its connections: without it the baseline would be
        // measuring a smaller cache, not the cost of Civitas' layers.
        sqlite3_exec(m_db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
        // The names sort in the French order, as every connection Database opens does.
        FrenchCollation::install(m_db);
    }
    ~DirectQuery() { sqlite3_close(m_db); }
    DirectQuery(const DirectQuery &) = delete;
    DirectQuery &operator=(const DirectQuery &) = delete;

    // Calls `row` with each row's texts when given.
    int run(const QString &sql,
            const QVariantList &binds = {},
            const std::function<void(const QStringList &)> &row = {})
    {
        if (m_log)
            m_log->append({sql, binds});
        sqlite3_stmt *stmt = prepare(sql, binds);
        int n = 0;
        while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList texts;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const char *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                if (row)
                    texts << QString::fromUtf8(text);
            }
            if (row)
                row(texts);
            ++n;
        }
        sqlite3_finalize(stmt);
        return n;
    }
    // While set, the statements run are appended to `log` (for --plans).
    void setLog(QList<QPair<QString, QVariantList>> *log) { m_log = log; }
    QString plan(const QString &sql, const QVariantList &binds)
    {
        QStringList lines;
        sqlite3_stmt *stmt = prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, binds);
        while (stmt && sqlite3_step(stmt) == SQLITE_ROW)
            lines << QStringLiteral("      ")
                         + QString::fromUtf8(
                             reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
        sqlite3_finalize(stmt);
        return lines.join(u'\n');
    }

private:
    sqlite3_stmt *prepare(const QString &sql, const QVariantList &binds)
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            std::printf("  baseline SQL error: %s\n", sqlite3_errmsg(m_db));
            return nullptr;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QByteArray text = binds.at(i).toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        return stmt;
    }

    sqlite3 *m_db = nullptr;
    QList<QPair<QString, QVariantList>> *m_log = nullptr;
};

// AgentListModel's query, written out: the baseline runs exactly what the model runs, its
// WHERE clause taken from the model itself (whereClause()) so that the filters match.
const QString NameExpression = Hr::agentDisplayNameSql(QStringLiteral("a"));
const QString ListFrom = QStringLiteral("agents a JOIN local_agent_current c ON c.agent_id = a.id "
                                        "LEFT JOIN agent_details d ON d.id = a.id "
                                        "LEFT JOIN org_units o ON o.id = a.org_unit_id");
const QString ListColumns
    = NameExpression
      + QStringLiteral(", a.registration_number, coalesce(o.name, ''), coalesce(c.grade, ''), "
                       "coalesce(c.category, ''), coalesce(d.status, ''), coalesce(c.position, "
                       "''), a.entry_date");

QString sortKeyOf(int column)
{
    switch (column) {
    case AgentListModel::Name:
        return Sql::frenchCollated(NameExpression);
    case AgentListModel::RegistrationNumber:
        return QStringLiteral("a.registration_number COLLATE NOCASE");
    case AgentListModel::Grade:
        return Sql::frenchCollated(QStringLiteral("c.grade"));
    default:
        return QStringLiteral("a.id");
    }
}

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
        , m_model(workspace.database())
    {}

    void run();
    void printTable(int agents) const;

private:
    // count + first page of the model's query, as the model sends them.
    // In the model's current sort unless `column` is given.
    void directFirstPage(int column = -1, Qt::SortOrder order = Qt::AscendingOrder);
    void record(const QString &operation,
                const std::function<void()> &setup,
                const std::function<void()> &civitas,
                const std::function<void()> &baseline,
                const QString &note = {});
    void listOperation(const QString &operation,
                       const std::function<void()> &configure,
                       const std::function<void()> &reset);
    QString scalar(const QString &sql);

    Workspace &m_workspace;
    DirectQuery m_direct;
    int m_repetitions;
    bool m_plans;
    AgentListModel m_model;
    QList<Figure> m_figures;
};

QString Bench::scalar(const QString &sql)
{
    QSqlQuery q(m_workspace.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

void Bench::directFirstPage(int column, Qt::SortOrder order)
{
    if (column < 0) {
        column = m_model.sortColumn();
        order = m_model.sortOrder();
    }
    QVariantList values;
    const QString where = m_model.whereClause(&values);
    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString key = sortKeyOf(column);
    m_direct.run(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(m_model.countFrom(), where),
                 values);
    // The grade sort breaks ties on local_agent_current's copy of the id, as the model does.
    const QString tieBreak
        = column == AgentListModel::Grade ? QStringLiteral("c.agent_id") : QStringLiteral("a.id");
    m_direct.run(
        QStringLiteral("SELECT %1, %2, a.id FROM %3 WHERE %4 ORDER BY %2 %5, %6 %5 LIMIT 200")
            .arg(ListColumns, key, ListFrom, where, direction, tieBreak),
        values);
}

void Bench::record(const QString &operation,
                   const std::function<void()> &setup,
                   const std::function<void()> &civitas,
                   const std::function<void()> &baseline,
                   const QString &note)
{
    Figure figure{operation,
                  timeMs(setup, civitas, m_repetitions),
                  timeMs(setup, baseline, m_repetitions),
                  note};
    std::printf("  %-44s %9.2f ms   baseline %9.2f ms   ratio %5.2f   %s\n",
                qPrintable(operation),
                figure.civitas,
                figure.baseline,
                figure.baseline > 0 ? figure.civitas / figure.baseline : 0.0,
                qPrintable(note));
    std::fflush(stdout);
    if (m_plans) {
        // The baseline once more, to show how SQLite runs each of its statements.
        QList<QPair<QString, QVariantList>> statements;
        if (setup)
            setup();
        m_direct.setLog(&statements);
        baseline();
        m_direct.setLog(nullptr);
        for (const auto &statement : std::as_const(statements)) {
            std::printf("    %s\n%s\n",
                        qPrintable(statement.first.left(110)),
                        qPrintable(m_direct.plan(statement.first, statement.second)));
        }
    }
    m_figures << figure;
}

// A list operation: `configure` sets the model up (filter, search), then the model's select()
// against the same count and first page run directly; `reset` undoes the configuration.
void Bench::listOperation(const QString &operation,
                          const std::function<void()> &configure,
                          const std::function<void()> &reset)
{
    configure();
    m_model.select();
    const QString note = QStringLiteral("%1 rows").arg(m_model.totalCount());
    record(
        operation, {}, [&] { m_model.select(); }, [&] { directFirstPage(); }, note);
    reset();
    m_model.select();
}

void Bench::run()
{
    Database &database = m_workspace.database();

    // (a) The list opened: count and first page, then the same painted in a table view.
    m_model.select();
    record(
        QStringLiteral("list: select (count + first page)"),
        {},
        [&] { m_model.select(); },
        [&] { directFirstPage(); },
        QStringLiteral("%1 rows").arg(m_model.totalCount()));
    {
        record(
            QStringLiteral("list: opened, first rows painted"),
            {},
            [&] {
                AgentListModel model(database);
                QTableView view;
                view.resize(1200, 800);
                view.setModel(&model);
                model.select();
                view.show();
                view.grab(); // paints the visible rows
            },
            [&] {
                QStandardItemModel model(0, AgentListModel::ColumnCount);
                QVariantList values;
                const QString where = m_model.whereClause(&values);
                m_direct.run(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                 .arg(m_model.countFrom(), where),
                             values);
                m_direct.run(
                    QStringLiteral(
                        "SELECT %1, %2, a.id FROM %3 WHERE %4 ORDER BY %2 ASC, a.id ASC LIMIT 200")
                        .arg(ListColumns, sortKeyOf(AgentListModel::Name), ListFrom, where),
                    values,
                    [&](const QStringList &texts) {
                        QList<QStandardItem *> items;
                        for (int c = 0; c < AgentListModel::ColumnCount; ++c)
                            items << new QStandardItem(texts.at(c));
                        model.appendRow(items);
                    });
                QTableView view;
                view.resize(1200, 800);
                view.setModel(&model);
                view.show();
                view.grab();
            },
            QStringLiteral("baseline: same rows, QStandardItemModel"));
    }

    // (b) Searches, as typed in the search field.
    const QString prefix
        = scalar(QStringLiteral("SELECT lower(substr(birth_name, 1, 3)) FROM agents GROUP BY 1 "
                                "ORDER BY count(*) DESC LIMIT 1"));
    const QString registration = scalar(QStringLiteral(
        "SELECT registration_number FROM agents ORDER BY registration_number LIMIT 1 OFFSET "
        "(SELECT count(*) / 2 FROM agents)"));
    const QString nir
        = scalar(QStringLiteral("SELECT nir FROM agent_details WHERE nir <> '' ORDER BY id LIMIT 1 "
                                "OFFSET (SELECT count(*) / 3 FROM agent_details)"));
    const QString nirTyped
        = nir.left(1) + u' ' + nir.mid(1, 2) + u' ' + nir.mid(3, 2) + u' ' + nir.mid(5, 2);
    auto clearSearch = [&] {
        m_model.setSearchText({});
    };
    listOperation(
        QStringLiteral("search: name prefix \"%1\"").arg(prefix),
        [&] { m_model.setSearchText(prefix); },
        clearSearch);
    listOperation(
        QStringLiteral("search: registration number %1").arg(registration),
        [&] { m_model.setSearchText(registration); },
        clearSearch);
    listOperation(
        QStringLiteral("search: NIR prefix \"%1\"").arg(nirTyped),
        [&] { m_model.setSearchText(nirTyped); },
        clearSearch);

    // (c) Sorts: a click on a column header (sort() runs the count and the first page again).
    struct Sort
    {
        const char *name;
        int column;
        Qt::SortOrder order;
    };
    const Sort sorts[]
        = {{"sort: name", AgentListModel::Name, Qt::AscendingOrder},
           {"sort: name, descending", AgentListModel::Name, Qt::DescendingOrder},
           {"sort: registration number", AgentListModel::RegistrationNumber, Qt::AscendingOrder},
           {"sort: registration number, descending",
            AgentListModel::RegistrationNumber,
            Qt::DescendingOrder},
           {"sort: grade", AgentListModel::Grade, Qt::AscendingOrder},
           {"sort: grade, descending", AgentListModel::Grade, Qt::DescendingOrder}};
    for (const Sort &sort : sorts) {
        // Untimed: another column first, so that sort() has something to do.
        auto setup = [&] {
            m_model.sort(AgentListModel::EntryDate);
        };
        record(
            QString::fromLatin1(sort.name),
            setup,
            [&] { m_model.sort(sort.column, sort.order); },
            [&] { directFirstPage(sort.column, sort.order); });
    }
    m_model.sort(AgentListModel::Name, Qt::AscendingOrder);

    // (d) Filters.
    const QString direction = scalar(QStringLiteral(
        "SELECT p.id FROM org_units p WHERE EXISTS (SELECT 1 FROM org_units s WHERE s.parent_id = "
        "p.id) "
        "ORDER BY (SELECT count(*) FROM agents a JOIN org_units u ON u.id = a.org_unit_id "
        "WHERE u.id = p.id OR u.parent_id = p.id) DESC LIMIT 1"));
    listOperation(
        QStringLiteral("filter: unit with sub-units"),
        [&] { m_model.setUnit(direction); },
        [&] { m_model.setUnit({}); });
    listOperation(
        QStringLiteral("filter: category C"),
        [&] { m_model.setCategory(QStringLiteral("C")); },
        [&] { m_model.setCategory({}); });
    listOperation(
        QStringLiteral("filter: status contract"),
        [&] { m_model.setStatus(QStringLiteral("contract")); },
        [&] { m_model.setStatus({}); });
    listOperation(
        QStringLiteral("filter: category C, sorted by grade"),
        [&] {
            m_model.setCategory(QStringLiteral("C"));
            m_model.sort(AgentListModel::Grade, Qt::AscendingOrder);
        },
        [&] {
            m_model.setCategory({});
            m_model.sort(AgentListModel::Name, Qt::AscendingOrder);
        });

    // (e) An agent file opened: the agent with the most pieces and career steps.
    const QString agentId
        = scalar(QStringLiteral("SELECT agent_id FROM career_steps GROUP BY agent_id ORDER BY "
                                "count(*) DESC, agent_id LIMIT 1"));
    AgentFileStore store(database);
    QString error;
    const QVariantList id{agentId};
    record(
        QStringLiteral("agent file: load"),
        {},
        [&] { store.load(agentId, &error); },
        [&] {
            m_direct.run(
                QStringLiteral(
                    "SELECT a.registration_number, a.birth_name, a.usage_name, a.first_names, "
                    "a.org_unit_id, "
                    "a.post_title, a.line_manager_id, a.entry_date, a.departure_date, d.id IS NOT "
                    "NULL, d.sex, "
                    "d.birth_date, d.birth_place, d.nationality, d.nir, d.address, d.postcode, "
                    "d.city, d.phone, "
                    "d.email, d.status, d.contract_basis, d.contract_start, d.contract_end, "
                    "d.departure_reason "
                    "FROM agents a LEFT JOIN agent_details d ON d.id = a.id AND d.deleted = 0 "
                    "WHERE a.id = ? AND a.deleted = 0"),
                id);
            m_direct.run(
                QStringLiteral(
                    "SELECT id, effective_date, category, sector, job_framework, grade, echelon, "
                    "gross_index, "
                    "increased_index, reason, decision_reference, updated_by FROM career_steps "
                    "WHERE agent_id = ? AND deleted = 0 ORDER BY effective_date, id"),
                id);
            m_direct.run(
                QStringLiteral(
                    "SELECT id, position, start_date, end_date, decision_reference, decision_date "
                    "FROM statutory_positions WHERE agent_id = ? AND deleted = 0 ORDER BY "
                    "start_date, id"),
                id);
            m_direct.run(QStringLiteral("SELECT id, effective_date, kind, part_time_rate, "
                                        "thirty_fifths, weekly_minutes, weekly_pattern "
                                        "FROM working_times WHERE agent_id = ? AND deleted = 0 "
                                        "ORDER BY effective_date, id"),
                         id);
            m_direct.run(QStringLiteral("SELECT id, sequence_number, category, title, "
                                        "document_date, file_name, mime_type, byte_size "
                                        "FROM agent_documents WHERE agent_id = ? AND deleted = 0 "
                                        "ORDER BY sequence_number, id"),
                         id);
        },
        QStringLiteral("%1 career steps")
            .arg(scalar(QStringLiteral("SELECT count(*) FROM career_steps WHERE agent_id = '%1'")
                            .arg(agentId))));
}

void Bench::printTable(int agents) const
{
    std::printf("\nSummary, %d agents (median of %d runs; ratio = Civitas / baseline)\n",
                agents,
                m_repetitions);
    std::printf("  %-44s %12s %12s %7s\n", "operation", "Civitas ms", "baseline ms", "ratio");
    for (const Figure &f : m_figures) {
        const double ratio = f.baseline > 0 ? f.civitas / f.baseline : 0.0;
        const bool flagged = ratio > 2 || f.civitas > 50;
        std::printf("  %-44s %12.2f %12.2f %7.2f%s\n",
                    qPrintable(f.operation),
                    f.civitas,
                    f.baseline,
                    ratio,
                    flagged ? "  <-- look" : "");
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
                             : folder.filePath(QStringLiteral("hrbench.sqlite"));
    std::printf("civitas-hrbench (%s, Qt %s, QPA %s, SQLite %s for the baseline)\n",
                quick ? "quick" : "full",
                qVersion(),
                qPrintable(QGuiApplication::platformName()),
                sqlite3_libversion());

    Workspace workspace;
    workspace.loadModules();
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool reuse = dbArg > 0 && QFileInfo::exists(path);
    if (reuse ? !workspace.openDatabase(path, &error)
              : !workspace.createDemoDatabase(path, agents, 1, {}, &error)) {
        std::printf("cannot %s the demo town: %s\n", reuse ? "open" : "create", qPrintable(error));
        return 1;
    }
    const double generation = double(timer.elapsed());
    {
        QSqlQuery q(workspace.database().connection());
        q.exec(QStringLiteral("SELECT sqlite_version(), (SELECT count(*) FROM agents)"));
        if (!q.next() || q.value(1).toInt() == 0) {
            std::printf("no agents: the HR module was not found (CIVITAS_MODULE_PATH)\n");
            return 1;
        }
        agents = q.value(1).toInt();
        std::printf("Demo town of %d agents %s in %.1f s (Civitas' SQLite %s)\n\n",
                    agents,
                    reuse ? "opened" : "generated",
                    generation / 1000.0,
                    qPrintable(q.value(0).toString()));
    }
    Bench bench(workspace, path, repetitions, plans);
    bench.run();
    bench.printTable(agents);
    return 0;
}
