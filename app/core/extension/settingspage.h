#pragma once

#include <core/coreglobal.h>

#include <QWidget>

namespace Civitas {

// A tab of the settings dialog. When the user accepts, the dialog asks every page whether it
// may apply (a page that may not shows why, and the dialog stays open on it), then calls
// apply() on every page.
class CIVITAS_CORE_EXPORT SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual bool canApply() { return true; }
    virtual void apply() = 0;
};

} // namespace Civitas
