#include "hrwidgets.h"

#include <core/storage/organisationstore.h>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
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

QTableWidget *historyTable(const QString &objectName,
                           const QString &accessibleName,
                           const QStringList &headers,
                           int stretch,
                           QWidget *parent)
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

void addUnits(QComboBox *box, Database &database)
{
    // A failed read is logged by the store; the box then offers no unit to choose.
    for (const OrgUnit &unit : OrganisationStore(database).choices().valueOr({}))
        box->addItem((unit.parentId.isEmpty() ? QString() : QStringLiteral("    ")) + unit.name,
                     unit.id);
}

void compactLists(QWidget *root, int letters)
{
    for (QComboBox *box : root->findChildren<QComboBox *>()) {
        if (box->sizeAdjustPolicy() != QComboBox::AdjustToContentsOnFirstShow)
            continue;
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(letters);
    }
}

} // namespace Civitas::Hr::HrWidgets
