#include "demogenerator.h"
#include <core/coretr.h>

#include "coredemodata.h"
#include "democontext.h"
#include <core/extension/moduleinterface.h>
#include <core/extension/modulemanager.h>
#include <core/storage/database.h>
#include <core/sync/changecapture.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Civitas {

bool DemoGenerator::generate(Database &database,
                             ModuleManager &modules,
                             int agentCount,
                             quint32 seed,
                             const std::function<void(const QString &)> &progress,
                             QString *errorMessage)
{
    QSqlDatabase db = database.connection();
    QSqlQuery check(db);
    if (check.exec(QStringLiteral("SELECT count(*) FROM org_units")) && check.next()
        && check.value(0).toInt() > 0) {
        *errorMessage = Tr::tr("The database already holds data; demo data "
                               "goes into a new file only.");
        return false;
    }
    // An open statement on org_units would lock the schema: a module's demo could not drop
    // and rebuild its indexes around its bulk inserts ("database table is locked").
    check.finish();
    // A large town is written in one transaction: with the usual cache its pages would spill
    // and be read again many times (60,000 agents took minutes instead of seconds).
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -524288"));
    if (!db.transaction()) {
        *errorMessage = db.lastError().text();
        return false;
    }
    ChangeCapture capture(db);
    DemoContext demo(database, agentCount, seed);
    if (progress)
        demo.progress = progress;
    bool ok = capture.setCaptureEnabled(false, errorMessage)
              && CoreDemoData::generate(demo, errorMessage);
    for (const ModuleInfo &info : modules.modules()) {
        if (!ok)
            break;
        if (!info.instance)
            continue;
        demo.progress(info.metadata.name);
        QString moduleError;
        ok = info.instance->generateDemoData(demo, &moduleError);
        if (!ok)
            *errorMessage = QStringLiteral("%1: %2").arg(info.metadata.id, moduleError);
    }
    ok = ok && capture.setCaptureEnabled(true, errorMessage);
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *errorMessage = db.lastError().text();
        return false;
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -32768"));
    // Fresh statistics let the query planner pick the right indexes on large lists.
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    return true;
}

} // namespace Civitas
