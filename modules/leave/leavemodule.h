#pragma once

#include "leaveglobal.h"

#include <core/extension/moduleinterface.h>

#include <QCoreApplication>

#include <memory>

namespace Civitas::Leave {

class LeaveRecountScheduler;

// The leave module: everything the plugin exposes, kept in the library so that tests and the
// command line use the same code.
class CIVITAS_LEAVE_EXPORT LeaveModule : public ModuleInterface
{
public:
    LeaveModule();
    ~LeaveModule() override;
    bool initialise(ModuleContext &context, QString *errorMessage) override;
    void aboutToShutDown() override;
    QList<PageContribution> pages() const override;
    QList<SettingsPageContribution> settingsPages() const override;
    QList<DashboardCounter> dashboardCounters() const override;
    QList<CliCommand> cliCommands() const override;
    bool generateDemoData(DemoContext &demo, QString *errorMessage) override;
    QString migrationsPath() const override;
    QString centralMigrationsPath() const override;

private:
    bool decides() const;

    ModuleContext *m_context = nullptr;
    std::unique_ptr<LeaveRecountScheduler> m_recount;
};

} // namespace Civitas::Leave
