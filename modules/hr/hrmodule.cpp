#include "hrmodule.h"

#include "agentcurrentvalues.h"
#include "hrcli.h"
#include "hrdemodata.h"

#include <core/database.h>
#include <core/modulecontext.h>
#include <core/roles.h>

#include <QCoreApplication>

namespace Civitas::Hr {

HrModule::HrModule() = default;

HrModule::~HrModule()
{
    qDeleteAll(m_searchProviders);
}

bool HrModule::initialise(ModuleContext &context, QString *errorMessage)
{
    Q_UNUSED(errorMessage)
    // A re-initialised plugin instance starts from the new context.
    qDeleteAll(m_searchProviders);
    m_searchProviders.clear();
    m_context = &context;
    AgentCurrentValues::refresh(context.database());
    return true;
}

void HrModule::aboutToShutDown()
{
    m_context = nullptr;
}

QList<PageContribution> HrModule::pages() const
{
    return {};
}

QList<SearchProvider *> HrModule::searchProviders() const
{
    return m_searchProviders;
}

QList<DashboardCounter> HrModule::dashboardCounters() const
{
    return {};
}

QList<CliCommand> HrModule::cliCommands() const
{
    return HrCli::commands();
}

bool HrModule::generateDemoData(DemoContext &demo, QString *errorMessage)
{
    return HrDemoData::generate(demo, errorMessage);
}

QString HrModule::migrationsPath() const
{
    return QStringLiteral(":/civitas/migrations/hr");
}

QString HrModule::centralMigrationsPath() const
{
    return QStringLiteral(":/civitas/central/hr");
}

} // namespace Civitas::Hr
