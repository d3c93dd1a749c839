#include "testmodulebase.h"

class CycleaModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "cyclea.json")
public:
    CycleaModule()
        : TestModuleBase(QStringLiteral("cyclea"))
    {}
};

#include "cycleamodule.moc"
