#include "testmodulebase.h"

class NeedsfailinitModule : public TestModuleBase
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Civitas_ModuleInterface_iid FILE "needsfailinit.json")
public:
    NeedsfailinitModule()
        : TestModuleBase(QStringLiteral("needsfailinit"))
    {}
};

#include "needsfailinitmodule.moc"
