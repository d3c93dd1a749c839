#pragma once

#include <hr/hrglobal.h>

#include <QDialog>

namespace Civitas {
class Database;
}

namespace Civitas::Hr::Internal {

// Who changed a field of the agent file, when, from what to what.
class CIVITAS_HR_TESTS_EXPORT FieldHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    FieldHistoryDialog(Database &database,
                       const QString &table,
                       const QString &rowId,
                       const QString &column,
                       const QString &fieldLabel,
                       QWidget *parent = nullptr);
};

} // namespace Civitas::Hr::Internal
