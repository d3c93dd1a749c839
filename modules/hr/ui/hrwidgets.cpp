#include "hrwidgets.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTableWidget>

namespace Civitas::Hr::HrWidgets {

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QTableWidget *historyTable(const QString &objectName, const QString &accessibleName,
                           const QStringList &headers, int stretch, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}

int selectedHistoryIndex(const QTableWidget *table, qsizetype historySize)
{
    const int row = table->currentRow();
    if (row < 0 || row >= historySize)
        return -1;
    return int(historySize) - 1 - row;
}

void addUnits(QComboBox *box, QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT o.id, o.name, o.parent_id IS NOT NULL FROM org_units o "
                          "LEFT JOIN org_units p ON p.id = o.parent_id WHERE o.deleted = 0 "
                          "ORDER BY coalesce(p.name, o.name), o.parent_id IS NOT NULL, o.name"));
    while (q.next())
        box->addItem((q.value(2).toBool() ? QStringLiteral("    ") : QString()) + q.value(1).toString(), q.value(0));
}

} // namespace Civitas::Hr::HrWidgets
