#include "fieldhistorydialog.h"
#include <hr/hrtr.h>

#include <hr/store/fieldhistory.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

FieldHistoryDialog::FieldHistoryDialog(Database &database,
                                       const QString &table,
                                       const QString &rowId,
                                       const QString &column,
                                       const QString &fieldLabel,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fieldHistoryDialog"));
    setWindowTitle(Tr::tr("History of \u201c%1\u201d").arg(fieldLabel));
    const Result<QList<FieldHistory::Change>> history
        = FieldHistory(database).changes(table, rowId, column);
    const QList<FieldHistory::Change> changes = history.valueOr({});
    auto *table_ = new QTableWidget(int(changes.size()), 4, this);
    table_->setObjectName(QStringLiteral("fieldHistoryTable"));
    table_->setAccessibleName(Tr::tr("Changes of the field"));
    table_->setHorizontalHeaderLabels(
        {Tr::tr("When"), Tr::tr("Who"), Tr::tr("Before"), Tr::tr("After")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    auto text = [](const QVariant &v) {
        return v.isNull() ? QStringLiteral("\u2014") : v.toString();
    };
    for (int i = 0; i < changes.size(); ++i) {
        const FieldHistory::Change &c = changes.at(i);
        table_->setItem(
            i, 0, new QTableWidgetItem(locale.toString(c.at.toLocalTime(), QLocale::ShortFormat)));
        table_->setItem(i, 1, new QTableWidgetItem(c.who));
        table_->setItem(i,
                        2,
                        new QTableWidgetItem(c.operation == QLatin1String("insert")
                                                 ? Tr::tr("(created)")
                                                 : text(c.oldValue)));
        table_->setItem(i, 3, new QTableWidgetItem(text(c.newValue)));
    }
    table_->resizeColumnsToContents();
    auto *note = new QLabel(
        !history.ok() ? history.error()
        : changes.isEmpty()
            ? Tr::tr("No change of this field is recorded on this computer.")
            : Tr::tr("Changes made on this computer and those received from the server. "
                     "The server's audit log keeps every change of every desk."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);
    resize(640, 320);
}

} // namespace Civitas::Hr::Internal
