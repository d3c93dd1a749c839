#pragma once

#include "leaveglobal.h"

#include <core/moduleinterface.h>

#include <QCoreApplication>

namespace Civitas::Leave {

// The leave module: everything the plugin exposes, kept in the library so that tests and the
// command line use the same code.
class CIVITAS_LEAVE_EXPORT LeaveModule : public ModuleInterface
{
    Q_DECLARE_TR_FUNCTIONS(Civitas::Leave::LeaveModule)
public:
    bool initialise(ModuleContext &context, QString *errorMessage) override;
    void aboutToShutDown() override;
    QList<SettingsPageContribution> settingsPages() const override;
    QList<CliCommand> cliCommands() const override;
    QString migrationsPath() const override;
    QString centralMigrationsPath() const override;

private:
    ModuleContext *m_context = nullptr;
};

} // namespace Civitas::Leave
