#pragma once

#include <leave/leaveglobal.h>

#include <core/extension/modulecontributions.h>

#include <QCoreApplication>

#include <functional>

namespace Civitas {
class Database;
}

namespace Civitas::Leave {

class LeaveLedgerPlan;

// `civitas-admin leave ...`: what the leave module answers on the command line.
class CIVITAS_LEAVE_EXPORT LeaveCli
{
public:
    static QList<CliCommand> commands();
    static int run(const QStringList &arguments, CliContext &context);

private:
    static int count(QStringList arguments, CliContext &context);
    static int balance(QStringList arguments, CliContext &context);
    static int closeYear(QStringList arguments, CliContext &context);
    static int allocate(QStringList arguments, CliContext &context);
    // Both batches of the ledger: a year, --dry-run, the plan's report, then its writing.
    static int yearPlan(QStringList arguments,
                        CliContext &context,
                        const QString &missingYear,
                        const std::function<LeaveLedgerPlan(Database &, int, QString *)> &makePlan);
    static int recount(QStringList arguments, CliContext &context);
    static int runPlan(LeaveLedgerPlan &plan, bool dryRun, CliContext &context);
    static int usage(CliContext &context, const QString &problem);
};

} // namespace Civitas::Leave
