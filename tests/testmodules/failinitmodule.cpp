#include "testmodulebase.h"

class FailinitModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "failinit.json")
public:
    FailinitModule()
        : TestModuleBase(QStringLiteral("failinit"))
    {}
};

#include "failinitmodule.moc"
