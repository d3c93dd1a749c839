#include "testmodulebase.h"

class BetaModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "beta.json")
public:
    BetaModule()
        : TestModuleBase(QStringLiteral("beta"))
    {}
};

#include "betamodule.moc"
