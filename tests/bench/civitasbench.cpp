// civitas-bench: start-up and list figures for a demo town of 900 and of 60,000 agents,
// each beside a baseline measured in the same run (see tests/bench/README in the closing
// notes). Figures only: nothing here passes or fails.

#include "../../app/shell/organisationpage.h"

#include <core/models/sqllistmodel.h>
#include <core/storage/frenchcollation.h>
#include <core/workspace.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Civitas;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

template<typename F>
double timeMs(F &&f, int repetitions)
{
    QList<double> runs;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        runs << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(runs);
}

double processMs(const QString &program, const QStringList &arguments, int repetitions)
{
    return timeMs(
        [&] {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CIVITAS_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
            process.setProcessEnvironment(env);
            process.start(program, arguments);
            process.waitForFinished(60000);
        },
        repetitions);
}

// The same work as the accounts list, written directly against SQLite's C API: the count,
// then the first page of rows, with the same joins and ordering.
class DirectQuery
{
public:
    explicit DirectQuery(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        // The names sort in the French order, as every connection Database opens does.
        FrenchCollation::install(m_db);
    }
    ~DirectQuery() { sqlite3_close(m_db); }
    int rows(const QString &sql, const QString &bind = {})
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_prepare_v2(m_db, utf8.constData(), -1, &stmt, nullptr);
        const QByteArray bound = bind.toUtf8();
        if (!bind.isEmpty())
            sqlite3_bind_text(stmt, 1, bound.constData(), -1, SQLITE_TRANSIENT);
        int n = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
            ++n;
        }
        sqlite3_finalize(stmt);
        return n;
    }

private:
    sqlite3 *m_db = nullptr;
};

const QString listFrom = QStringLiteral(" FROM user_accounts u LEFT JOIN org_units o ON o.id = "
                                        "u.org_unit_id WHERE u.deleted = 0 AND u.active = 1 ");
const QString listColumns = QStringLiteral(
    "SELECT u.display_name, u.login, coalesce(o.name, ''), (SELECT group_concat(r.role, ',') "
    "FROM role_memberships r WHERE r.user_id = u.id AND r.deleted = 0), u.active, u.id");

void printRow(const char *what, double ours, double baseline, const char *target)
{
    std::printf("  %-38s %9.2f ms   baseline %9.2f ms   ratio %5.2f×   (target %s)\n",
                what,
                ours,
                baseline,
                baseline > 0 ? ours / baseline : 0.0,
                target);
}

void benchTown(int agents, int repetitions, const QString &folder)
{
    const QString path = folder + QStringLiteral("/bench-%1.sqlite").arg(agents);
    std::printf("\nDemo town of %d agents\n", agents);
    double generation = 0;
    {
        Workspace workspace;
        workspace.loadModules();
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!workspace.createDemoDatabase(path, agents, 1, {}, &error)) {
            std::printf("  cannot create the demo town: %s\n", qPrintable(error));
            return;
        }
        generation = double(timer.elapsed());
    }
    std::printf("  %-38s %9.0f ms\n", "demo generation (civitas-admin demo)", generation);

    // Start-up to the first shown window, each as a fresh process.
    const double bare = processMs(
        QCoreApplication::applicationFilePath(), {QStringLiteral("--bare-window")}, repetitions);
    const double civitas = processMs(
        QStringLiteral(CIVITAS_EXECUTABLE),
        {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("mlefevre")},
        repetitions);
    printRow("start-up to first window", civitas, bare, "≤ 1.5×");

    Workspace workspace;
    workspace.loadModules();
    QString error;
    workspace.openDatabase(path, &error);
    DirectQuery direct(path);

    OrganisationPage *page = nullptr;
    const double firstRows = timeMs(
        [&] {
            delete page;
            page = new OrganisationPage(workspace.database());
        },
        repetitions);
    const double firstRowsDirect = timeMs(
        [&] {
            direct.rows(QStringLiteral("SELECT count(*)") + listFrom);
            direct.rows(listColumns + listFrom
                        + QStringLiteral("ORDER BY u.display_name COLLATE french, u.id LIMIT 200"));
        },
        repetitions);
    printRow("list: page opened, first rows shown", firstRows, firstRowsDirect, "< 50 ms");

    // The model's own work for the same rows: count and first page, from a fresh select().
    SqlListModel *model = page->accountsModel();
    const double modelFirstPage = timeMs([&] { model->select(); }, repetitions);
    printRow("list: first page query (model)", modelFirstPage, firstRowsDirect, "≤ 2×");
    const double filter = timeMs(
        [&] {
            model->setSearch(QStringLiteral("user_accounts_fts"),
                             QStringLiteral("u.rowid"),
                             QStringLiteral("mar"));
            model->select();
        },
        repetitions);
    const QString fts = QStringLiteral(
        " AND u.rowid IN (SELECT rowid FROM user_accounts_fts WHERE user_accounts_fts MATCH ?) ");
    const double filterDirect = timeMs(
        [&] {
            direct.rows(QStringLiteral("SELECT count(*)") + listFrom + fts,
                        QStringLiteral("\"mar\"*"));
            direct.rows(
                listColumns + listFrom + fts
                    + QStringLiteral("ORDER BY u.display_name COLLATE french, u.id LIMIT 200"),
                QStringLiteral("\"mar\"*"));
        },
        repetitions);
    printRow("list: search \"mar\"", filter, filterDirect, "≤ 2×");
    std::printf("  %-38s %9d rows\n", "  matching", model->totalCount());

    model->setSearch(QStringLiteral("user_accounts_fts"), QStringLiteral("u.rowid"), QString());
    model->select();
    bool descending = false;
    const double sort = timeMs(
        [&] {
            descending = !descending;
            model->sort(1, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        },
        repetitions);
    const double sortDirect = timeMs(
        [&] {
            direct.rows(QStringLiteral("SELECT count(*)") + listFrom);
            direct.rows(listColumns + listFrom
                        + QStringLiteral("ORDER BY u.login DESC, u.id DESC LIMIT 200"));
        },
        repetitions);
    printRow("list: sort by login", sort, sortDirect, "≤ 2×");

    const double scroll = timeMs(
        [&] {
            model->sort(0, Qt::AscendingOrder);
            for (int i = 0; i < 10 && model->canFetchMore(); ++i)
                model->fetchMore();
        },
        repetitions);
    std::printf("  %-38s %9.2f ms   (%d rows fetched)\n",
                "list: scroll 10 pages further",
                scroll,
                model->rowCount());
    delete page;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--bare-window"))) {
        // The baseline: a bare QApplication with an empty QMainWindow.
        QMainWindow window;
        window.resize(1280, 800);
        window.show();
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
        return app.exec();
    }
    const bool quick = args.contains(QStringLiteral("--quick"));
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir folder;
    std::printf("civitas-bench (%s, Qt %s, QPA %s)\n",
                quick ? "quick" : "full",
                qVersion(),
                qPrintable(QGuiApplication::platformName()));
    const int repetitions = quick ? 1 : 5;
    benchTown(900, repetitions, folder.path());
    if (!quick)
        benchTown(60000, repetitions, folder.path());
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nPeak memory: this process (lists) %.1f MiB", double(usage.ru_maxrss) / 1024.0);
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf(", largest civitas or baseline process %.1f MiB\n",
                double(usage.ru_maxrss) / 1024.0);
    return 0;
}
