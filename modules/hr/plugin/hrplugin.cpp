// The thin plugin: it only exposes the HR library's module to the shell.
#include <hr/hrmodule.h>

#include <QObject>

namespace Civitas::Hr {

class HrPlugin : public QObject, public HrModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "hr.json")
    Q_INTERFACES(Civitas::ModuleInterface)
};

} // namespace Civitas::Hr

#include "hrplugin.moc"
