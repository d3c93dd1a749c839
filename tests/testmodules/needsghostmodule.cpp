#include "testmodulebase.h"

class NeedsghostModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "needsghost.json")
public:
    NeedsghostModule()
        : TestModuleBase(QStringLiteral("needsghost"))
    {}
};

#include "needsghostmodule.moc"
