#pragma once

#include <hr/hrglobal.h>

#include <core/extension/modulecontributions.h>

#include <QCoreApplication>
#include <QList>

namespace Civitas::Hr {

// The HR module's `civitas-admin hr ...` subcommands: `hr import FILE` reads a payroll CSV
// export with the same PayrollImport as the desktop dialog.
class CIVITAS_HR_EXPORT HrCli
{
public:
    static QList<CliCommand> commands();

    // `arguments` are what follows "hr"; --db is already taken out into context.database.
    static int run(const QStringList &arguments, CliContext &context);

private:
    static int import(QStringList arguments, CliContext &context);
    static int usage(CliContext &context, const QString &problem);
};

} // namespace Civitas::Hr
