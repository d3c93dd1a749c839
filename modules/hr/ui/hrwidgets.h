#pragma once

#include <hr/hrglobal.h>

#include <QStringList>

class QComboBox;
class QLabel;
class QTableWidget;
class QWidget;

namespace Civitas {
class Database;
}

namespace Civitas::Hr {

// The small pieces every HR page and tab builds the same way.
namespace HrWidgets {

// A page's title: larger and bold, as the shell's own pages.
CIVITAS_HR_EXPORT QLabel *pageTitle(const QString &text, QWidget *parent);

// A read-only history table (career, positions, working time, documents): whole rows
// selected one at a time, columns sized to their content, `stretch` taking the rest.
CIVITAS_HR_EXPORT QTableWidget *historyTable(const QString &objectName,
                                             const QString &accessibleName,
                                             const QStringList &headers,
                                             int stretch,
                                             QWidget *parent);

// The lists under `root` that do not set their own width ask for `letters` characters, not for
// their longest item: a page of a few such lists side by side then fits 1280 pixels (the lists
// open as wide as their items).
CIVITAS_HR_EXPORT void compactLists(QWidget *root, int letters = 10);

// Adds the organisation chart's units to `box`: each direction followed by its services,
// indented, the unit's id as item data.
CIVITAS_HR_EXPORT void addUnits(QComboBox *box, Database &database);

} // namespace HrWidgets
} // namespace Civitas::Hr
