#pragma once

#include <QDialog>
#include <QList>

class QListWidget;
class QStackedWidget;

namespace Civitas {

class SettingsPage;

// The settings: the shell's general page and each module's, one entry each in a side list.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void addPage(const QString &title, const QIcon &icon, SettingsPage *page);
    QList<SettingsPage *> pages() const { return m_pages; }

    void accept() override;

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<SettingsPage *> m_pages;
};

} // namespace Civitas
