#pragma once

#include <hr/hrglobal.h>

#include <core/formats/documentprinter.h>

#include <QCoreApplication>

namespace Civitas {
class SqlListModel;
}

namespace Civitas::Hr {

// The printable list of agents: every row that matches the list's filters and search, in its
// sort (not only the pages the view has fetched), with the count and what was filtered on.
class CIVITAS_HR_EXPORT AgentListPrinter
{
public:
    // `columns`: the model's columns as the view shows them, in the view's order (hidden
    // ones left out); empty for all of them. `filterDescription` is printed as given, e.g.
    // "Unit: Direction des services techniques; category C".
    static DocumentPrinter printer(const SqlListModel &model,
                                   const QString &title,
                                   const QString &filterDescription,
                                   const QList<int> &columns = {});
    // The number of rows printed by the last printer() call's table: for the caller's status
    // line and for tests. Same as model.totalCount() unless the file changed meanwhile.
    static int rowCount(const DocumentPrinter &printer);
};

} // namespace Civitas::Hr
