#pragma once

#include <hr/hrglobal.h>

#include <QDialog>
#include <QSqlDatabase>

namespace Civitas::Hr {

// Who changed a field of the agent file, when, from what to what.
class CIVITAS_HR_EXPORT FieldHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    FieldHistoryDialog(QSqlDatabase db, const QString &table, const QString &rowId,
                       const QString &column, const QString &fieldLabel, QWidget *parent = nullptr);
};

} // namespace Civitas::Hr
