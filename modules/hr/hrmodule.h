#pragma once

#include "hrglobal.h"

#include <core/extension/moduleinterface.h>

#include <QCoreApplication>

namespace Civitas::Hr {

// The HR records module: everything the plugin exposes, kept in the library so that tests
// and the command line use the same code.
class CIVITAS_HR_EXPORT HrModule : public ModuleInterface
{
public:
    HrModule();
    ~HrModule() override;

    bool initialise(ModuleContext &context, QString *errorMessage) override;
    void aboutToShutDown() override;
    QList<PageContribution> pages() const override;
    QList<SearchProvider *> searchProviders() const override;
    QList<DashboardCounter> dashboardCounters() const override;
    QList<CliCommand> cliCommands() const override;
    bool generateDemoData(DemoContext &demo, QString *errorMessage) override;
    QString migrationsPath() const override;
    QString centralMigrationsPath() const override;

private:
    ModuleContext *m_context = nullptr;
    QList<SearchProvider *> m_searchProviders;
};

} // namespace Civitas::Hr
