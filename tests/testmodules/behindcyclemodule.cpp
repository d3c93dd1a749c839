#include "testmodulebase.h"

class BehindcycleModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "behindcycle.json")
public:
    BehindcycleModule()
        : TestModuleBase(QStringLiteral("behindcycle"))
    {}
};

#include "behindcyclemodule.moc"
