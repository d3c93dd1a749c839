#include "leaveadminwidgets.h"
#include <leave/leavetr.h>

#include "leaveadminpage.h"
#include "leaveagentfield.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace Civitas::Leave::Internal::LeaveAdminWidgets {

// The texts below keep the page's translation context: every tab shows them the same way.

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QSpinBox *yearBox(const QString &objectName, int year, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(2000, 2100);
    box->setValue(year);
    box->setAccessibleName(Tr::tr("Year"));
    return box;
}

QLabel *resultLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 4);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *agentNameLabel(LeaveAgentField *field, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QObject::connect(
        field, &LeaveAgentField::agentChanged, label, [field, label](const QString &agentId) {
            if (agentId.isEmpty()) {
                label->setText(field->text().trimmed().isEmpty() ? QString()
                                                                 : Tr::tr("No agent found."));
                return;
            }
            label->setText(field->labelOf(agentId));
        });
    return label;
}

void confirm(QWidget *parent,
             const QString &objectName,
             const QString &title,
             const QString &text,
             const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, onYes] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onYes();
    });
    box->open();
}

} // namespace Civitas::Leave::Internal::LeaveAdminWidgets
