#include "leavemodule.h"

#include "leavecli.h"

namespace Civitas::Leave {

bool LeaveModule::initialise(ModuleContext &context, QString *errorMessage)
{
    Q_UNUSED(context)
    Q_UNUSED(errorMessage)
    return true;
}

QList<CliCommand> LeaveModule::cliCommands() const
{
    return LeaveCli::commands();
}

QString LeaveModule::migrationsPath() const
{
    return QStringLiteral(":/civitas/migrations/leave");
}

QString LeaveModule::centralMigrationsPath() const
{
    return QStringLiteral(":/civitas/central/leave");
}

} // namespace Civitas::Leave
