#pragma once

#include <core/coreglobal.h>

#include <QWidget>

namespace Civitas {

// A tab of the settings dialog. The dialog calls apply() on every page when the user accepts.
class CIVITAS_CORE_EXPORT SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void apply() = 0;
};

} // namespace Civitas
