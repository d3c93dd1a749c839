#pragma once

#include "leaveglobal.h"

#include <core/moduleinterface.h>

namespace Civitas::Leave {

// The leave module: so far the day counting (library and command line); the requests,
// ledger and pages come next (issue 5).
class CIVITAS_LEAVE_EXPORT LeaveModule : public ModuleInterface
{
public:
    bool initialise(ModuleContext &context, QString *errorMessage) override;
    QList<CliCommand> cliCommands() const override;
    QString migrationsPath() const override;
    QString centralMigrationsPath() const override;
};

} // namespace Civitas::Leave
