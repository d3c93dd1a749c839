#include "aboutdialog.h"
#include "shelltr.h"

#include <core/extension/modulemanager.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Civitas {

AboutDialog::AboutDialog(const ModuleManager &modules, QWidget *parent)
    : QDialog(parent)
    , m_modules(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(ShellTr::tr("About Civitas"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/civitas/icons/civitas.svg")).pixmap(72, 72));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    // What this installation does: the modules loaded, not those planned.
    QStringList loaded;
    for (const ModuleInfo &info : modules.modules()) {
        if (info.state != ModuleInfo::State::Refused && info.instance)
            loaded.append(info.metadata.name.isEmpty() ? info.metadata.id : info.metadata.name);
    }
    text->setText(
        QStringLiteral("<h2>Civitas %1</h2><p>%2</p>")
            .arg(QStringLiteral(CIVITAS_VERSION),
                 (loaded.isEmpty()
                      ? ShellTr::tr("The back office of the town hall, in one application that "
                                    "keeps working without the network. No module is loaded.")
                      : ShellTr::tr("The back office of the town hall, in one application that "
                                    "keeps working without the network. Loaded here: %1.")
                            .arg(loaded.join(QStringLiteral(", "))))
                     .toHtmlEscaped()));
    text->setObjectName(QStringLiteral("aboutText"));
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(text, 1);

    m_modules->setObjectName(QStringLiteral("aboutModules"));
    m_modules->setAccessibleName(ShellTr::tr("Modules"));
    m_modules->setHeaderLabels(
        {ShellTr::tr("Module"), ShellTr::tr("Version"), ShellTr::tr("State")});
    m_modules->setRootIsDecorated(false);
    m_modules->setWordWrap(true);
    m_modules->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_modules->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_modules->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const ModuleInfo &info : modules.modules()) {
        const bool refused = info.state == ModuleInfo::State::Refused;
        const QString name = info.metadata.name.isEmpty() ? info.metadata.id : info.metadata.name;
        auto *item = new QTreeWidgetItem(
            m_modules,
            {name,
             info.metadata.version,
             refused ? ShellTr::tr("Refused: %1").arg(info.refusal) : ShellTr::tr("Loaded")});
        item->setToolTip(
            0, info.metadata.description.isEmpty() ? info.fileName : info.metadata.description);
        item->setToolTip(2, refused ? info.refusal : info.fileName);
        if (refused) {
            item->setIcon(2, QIcon(QStringLiteral(":/civitas/icons/warning.svg")));
            item->setForeground(2, QColor(0xa3, 0x2a, 0x2a));
        }
    }
    if (modules.modules().isEmpty())
        new QTreeWidgetItem(m_modules, {ShellTr::tr("No module installed"), QString(), QString()});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(new QLabel(ShellTr::tr("Modules:"), this));
    layout->addWidget(m_modules, 1);
    auto *legal
        = new QLabel(ShellTr::tr("Built with Qt %1. Data stays on this computer or on your town's "
                                 "own server.")
                         .arg(QString::fromLatin1(qVersion())),
                     this);
    legal->setWordWrap(true);
    layout->addWidget(legal);
    layout->addWidget(buttons);
    resize(640, 440);
}

} // namespace Civitas
