#include "testmodulebase.h"

class DupalphaModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "dupalpha.json")
public:
    DupalphaModule()
        : TestModuleBase(QStringLiteral("dupalpha"))
    {}
};

#include "dupalphamodule.moc"
