#include "statusindicator.h"

#include <core/database.h>
#include <core/localsettings.h>

#include <QDateTime>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace Civitas {

StatusIndicator::StatusIndicator(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_mode(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(14);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/civitas/icons/offline.svg")).pixmap(16, 16));
    layout->addWidget(icon);
    layout->addWidget(m_mode);
    layout->addWidget(m_pending);
    layout->addWidget(m_lastSync);
    m_mode->setObjectName(QStringLiteral("statusMode"));
    m_pending->setObjectName(QStringLiteral("statusPending"));
    m_lastSync->setObjectName(QStringLiteral("statusLastSync"));
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &StatusIndicator::refresh);
    m_timer->start();
    refresh();
}

QString StatusIndicator::modeText() const
{
    return tr("Local mode: data kept on this computer");
}

QString StatusIndicator::pendingText() const
{
    const int pending = m_database.pendingChangeCount();
    if (pending == 0)
        return tr("No change waiting to be sent");
    return tr("%n change(s) waiting to be sent", nullptr, pending);
}

QString StatusIndicator::lastSyncText() const
{
    const QString stored = LocalSettings(m_database)
                               .value(QStringLiteral("sync/lastSuccess"))
                               .toString();
    const QDateTime last = QDateTime::fromString(stored, Qt::ISODate);
    if (!last.isValid())
        return tr("Last sync: never");
    return tr("Last sync: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
}

void StatusIndicator::refresh()
{
    m_mode->setText(modeText());
    m_pending->setText(pendingText());
    m_lastSync->setText(lastSyncText());
}

} // namespace Civitas
