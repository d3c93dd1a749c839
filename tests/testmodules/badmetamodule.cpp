#include "testmodulebase.h"

class BadmetaModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "badmeta.json")
public:
    BadmetaModule()
        : TestModuleBase(QStringLiteral("badmeta"))
    {}
};

#include "badmetamodule.moc"
