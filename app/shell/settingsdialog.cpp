#include "settingsdialog.h"
#include "shelltr.h"

#include <core/extension/settingspage.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Civitas {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(ShellTr::tr("Settings"));
    m_list->setObjectName(QStringLiteral("settingsPages"));
    m_list->setAccessibleName(ShellTr::tr("Settings pages"));
    m_list->setFixedWidth(180);
    m_list->setIconSize(QSize(20, 20));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    // Room for the largest page (the leave types) at 1280 × 800 and 1366 × 768.
    resize(980, 640);
}

void SettingsDialog::addPage(const QString &title, const QIcon &icon, SettingsPage *page)
{
    page->setParent(m_stack);
    m_stack->addWidget(page);
    m_list->addItem(new QListWidgetItem(icon, title));
    m_pages.append(page);
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

void SettingsDialog::accept()
{
    // Nothing is applied while a page holds a value it cannot take: the user fixes it first.
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i)->canApply()) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    for (SettingsPage *page : std::as_const(m_pages))
        page->apply();
    QDialog::accept();
}

} // namespace Civitas
