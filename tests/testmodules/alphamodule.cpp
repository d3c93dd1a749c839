#include "testmodulebase.h"

class AlphaModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "alpha.json")
public:
    AlphaModule()
        : TestModuleBase(QStringLiteral("alpha"))
    {}
};

#include "alphamodule.moc"
