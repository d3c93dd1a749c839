#include "filessettingspage.h"
#include "shelltr.h"

#include "serverprofile.h"

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/corelogging.h>
#include <core/files/filestore.h>
#include <core/storage/localsettings.h>
#include <core/storage/townsettings.h>

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Civitas {

namespace {

constexpr qint64 MiB = 1024 * 1024;
// As the server's civitas.file_size_limit cap.
constexpr int LargestLimitMiB = 500;

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5a6778;"));
    return label;
}

} // namespace

FilesSettingsPage::FilesSettingsPage(Database &database, const Session &session, QWidget *parent)
    : SettingsPage(parent)
    , m_database(database)
    , m_agentId(session.agentId())
    , m_sizeLimit(new QSpinBox(this))
    , m_cacheCap(new QSpinBox(this))
    , m_use(new QLabel(this))
{
    setObjectName(QStringLiteral("filesSettings"));
    // The server refuses anybody else's change: the page does not offer it.
    m_limitEditable = ServerProfile::load().mode != ServerProfile::Mode::Server
                      || session.hasRole(Roles::Administrator);

    const FileStore store(m_database);
    m_sizeLimit->setObjectName(QStringLiteral("fileSizeLimit"));
    m_sizeLimit->setAccessibleName(ShellTr::tr("Largest file the town takes, in megabytes"));
    m_sizeLimit->setRange(1, LargestLimitMiB);
    m_sizeLimit->setSuffix(ShellTr::tr(" MB"));
    m_sizeLimit->setValue(int(qMax<qint64>(1, store.sizeLimit() / MiB)));
    m_sizeLimit->setEnabled(m_limitEditable);
    m_sizeLimit->setMinimumWidth(120);

    m_cacheCap->setObjectName(QStringLiteral("fileCacheCap"));
    m_cacheCap->setAccessibleName(
        ShellTr::tr("Room for the files opened on this desk, in megabytes"));
    m_cacheCap->setRange(0, 1000000);
    m_cacheCap->setSingleStep(256);
    m_cacheCap->setSuffix(ShellTr::tr(" MB"));
    m_cacheCap->setValue(int(store.cacheCapBytes() / MiB));
    m_cacheCap->setMinimumWidth(120);
    m_use->setObjectName(QStringLiteral("fileCacheUse"));

    auto *townBox = new QGroupBox(ShellTr::tr("The town's files"), this);
    auto *townForm = new QFormLayout;
    townForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    townForm->addRow(ShellTr::tr("&Largest file:"), m_sizeLimit);
    auto *townLayout = new QVBoxLayout(townBox);
    townLayout->addLayout(townForm);
    townLayout->addWidget(noteLabel(
        m_limitEditable ? ShellTr::tr("Every piece, supporting document or picture larger than "
                                      "this is refused before it is sent, with this limit in the "
                                      "message.")
                        : ShellTr::tr("Every piece, supporting document or picture larger than "
                                      "this is refused before it is sent. It is the town's: an "
                                      "administrator sets it."),
        townBox));

    auto *deskBox = new QGroupBox(ShellTr::tr("This desk"), this);
    auto *deskForm = new QFormLayout;
    deskForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    deskForm->addRow(ShellTr::tr("&Files opened here, up to:"), m_cacheCap);
    deskForm->addRow(ShellTr::tr("Held now:"), m_use);
    auto *empty = new QPushButton(ShellTr::tr("&Empty the cache"), deskBox);
    empty->setObjectName(QStringLiteral("emptyFileCache"));
    empty->setToolTip(ShellTr::tr("Drop the files fetched from the server; they are fetched "
                                  "again when opened"));
    deskForm->addRow(QString(), empty);
    auto *deskLayout = new QVBoxLayout(deskBox);
    deskLayout->addLayout(deskForm);
    deskLayout->addWidget(noteLabel(ShellTr::tr("Files are fetched from the server when they "
                                                "are opened and kept here; beyond this room the "
                                                "least recently opened go first. Your own "
                                                "pieces, the files you keep on this desk, the "
                                                "town's logo and what was not sent yet always "
                                                "stay."),
                                    deskBox));
    connect(empty, &QPushButton::clicked, this, [this] { emptyCache(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(townBox);
    layout->addWidget(deskBox);
    layout->addStretch();
    showUse();
}

void FilesSettingsPage::showUse()
{
    m_use->setText(QLocale().formattedDataSize(FileStore(m_database).heldBytes()));
}

qint64 FilesSettingsPage::emptyCache()
{
    const Result<qint64> freed = FileStore(m_database).evict(0, m_agentId);
    if (!freed.ok()) {
        qCWarning(lcStorage) << "file cache not emptied:" << freed.error();
        m_use->setText(ShellTr::tr("The cache was not emptied: %1").arg(freed.error()));
        return 0;
    }
    showUse();
    return freed.value();
}

void FilesSettingsPage::apply()
{
    LocalSettings(m_database).setValue(FileStore::CacheCapSetting, m_cacheCap->value());
    if (!m_limitEditable)
        return;
    const qint64 limit = qint64(m_sizeLimit->value()) * MiB;
    if (limit == FileStore(m_database).sizeLimit())
        return; // each write is a change pushed to the server
    const Result<void> written
        = TownSettings(m_database).setValue(FileStore::SizeLimitSetting, QString::number(limit));
    if (!written)
        qCWarning(lcStorage) << "file size limit not written:" << written.error();
}

} // namespace Civitas
