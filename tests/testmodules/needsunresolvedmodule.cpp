#include "testmodulebase.h"

class NeedsunresolvedModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "needsunresolved.json")
public:
    NeedsunresolvedModule()
        : TestModuleBase(QStringLiteral("needsunresolved"))
    {}
};

#include "needsunresolvedmodule.moc"
