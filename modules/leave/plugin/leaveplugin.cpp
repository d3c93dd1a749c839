// The thin plugin: it only exposes the leave library's module to the shell.
#include <leave/leavemodule.h>

#include <QObject>

namespace Civitas::Leave {

class LeavePlugin : public QObject, public LeaveModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "leave.json")
    Q_INTERFACES(Civitas::ModuleInterface)
};

} // namespace Civitas::Leave

#include "leaveplugin.moc"
