#include "leavemodule.h"

#include "leavecli.h"
#include "leavetypessettingspage.h"

#include <core/modulecontext.h>
#include <core/roles.h>

namespace Civitas::Leave {

bool LeaveModule::initialise(ModuleContext &context, QString *errorMessage)
{
    Q_UNUSED(errorMessage)
    m_context = &context;
    return true;
}

void LeaveModule::aboutToShutDown()
{
    m_context = nullptr;
}

QList<SettingsPageContribution> LeaveModule::settingsPages() const
{
    if (!m_context)
        return {};
    Database &database = m_context->database();
    return {
        {QStringLiteral("leave.types"), tr("Leave types"), {Roles::Hr},
         [&database](QWidget *parent) { return new LeaveTypesSettingsPage(database, parent); }},
    };
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
