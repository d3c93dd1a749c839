#include "statusindicator.h"
#include "shelltr.h"

#include <core/sync/syncengine.h>
#include <core/sync/syncstatus.h>

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
    , m_icon(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_conflicts(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_heldBack(new QLabel(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(14);
    layout->addWidget(m_icon);
    layout->addWidget(m_mode);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_pending);
    m_conflicts->setObjectName(QStringLiteral("statusConflicts"));
    m_conflicts->setStyleSheet(QStringLiteral("color: #a32a2a; font-weight: bold;"));
    m_conflicts->setTextFormat(Qt::RichText);
    m_conflicts->setToolTip(ShellTr::tr("Open the Synchronisation page"));
    connect(m_conflicts, &QLabel::linkActivated, this, &StatusIndicator::conflictsClicked);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_heldBack);
    m_heldBack->setObjectName(QStringLiteral("statusHeldBack"));
    m_heldBack->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_heldBack->setToolTip(
        ShellTr::tr("A transaction left open on the server holds every desk's updates back; "
                    "your administrator can end it (civitas-admin server status)."));
    m_heldBack->hide();
    m_mode->setObjectName(QStringLiteral("statusMode"));
    m_mode->setAccessibleName(ShellTr::tr("Connection"));
    m_pending->setObjectName(QStringLiteral("statusPending"));
    m_lastSync->setObjectName(QStringLiteral("statusLastSync"));
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &StatusIndicator::refresh);
    m_timer->start();
    refresh();
}

void StatusIndicator::setSyncEngine(SyncEngine *engine)
{
    m_engine = engine;
    if (engine) {
        connect(engine, &SyncEngine::stateChanged, this, &StatusIndicator::refresh);
        connect(engine, &SyncEngine::synced, this, &StatusIndicator::refresh);
    }
    refresh();
}

QString StatusIndicator::modeText() const
{
    if (!m_engine)
        return ShellTr::tr("Local mode: data kept on this computer");
    switch (m_engine->state()) {
    case SyncEngine::State::Online:
        return ShellTr::tr("Connected to the town's server");
    case SyncEngine::State::Connecting:
        return ShellTr::tr("Connecting to the town's server…");
    case SyncEngine::State::Offline:
        break;
    case SyncEngine::State::Refused:
        return ShellTr::tr("Not synchronised: %1").arg(m_engine->stateDetail());
    }
    return ShellTr::tr("Offline: your work is kept on this computer and will be sent later");
}

SyncStatus::Summary StatusIndicator::summary() const
{
    // A failed read is logged by the store; the bar then shows nothing to do.
    return SyncStatus(m_database).summary().valueOr({});
}

QString StatusIndicator::conflictsText(const SyncStatus::Summary &status)
{
    QStringList parts;
    if (status.openConflicts > 0)
        parts << ShellTr::tr("%n conflict(s) to resolve", nullptr, status.openConflicts);
    if (status.refusedChanges > 0)
        parts << ShellTr::tr("%n change(s) refused by the server", nullptr, status.refusedChanges);
    return parts.join(QStringLiteral(" · "));
}

QString StatusIndicator::pendingText(const SyncStatus::Summary &status)
{
    if (status.pendingChanges == 0)
        return ShellTr::tr("No change waiting to be sent");
    return ShellTr::tr("%n change(s) waiting to be sent", nullptr, status.pendingChanges);
}

QString StatusIndicator::lastSyncText(const SyncStatus::Summary &status)
{
    if (!status.lastSuccess.isValid())
        return ShellTr::tr("Last sync: never");
    return ShellTr::tr("Last sync: %1")
        .arg(QLocale().toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat));
}

QString StatusIndicator::heldBackText(double seconds)
{
    if (seconds <= 300)
        return {};
    return ShellTr::tr("Others' changes delayed for %n minute(s)", nullptr, int(seconds / 60));
}

QString StatusIndicator::conflictsText() const
{
    return conflictsText(summary());
}

QString StatusIndicator::pendingText() const
{
    return pendingText(summary());
}

QString StatusIndicator::lastSyncText() const
{
    return lastSyncText(summary());
}

void StatusIndicator::refresh()
{
    const bool online = m_engine && m_engine->state() == SyncEngine::State::Online;
    m_icon->setPixmap(QIcon(online ? QStringLiteral(":/civitas/icons/sync.svg")
                                   : QStringLiteral(":/civitas/icons/offline.svg"))
                          .pixmap(16, 16));
    m_mode->setText(modeText());
    m_mode->setToolTip(m_engine ? m_engine->stateDetail() : QString());
    const SyncStatus::Summary status = summary();
    const QString conflicts = conflictsText(status);
    m_conflicts->setText(
        conflicts.isEmpty() ? QString()
                            : QStringLiteral("<a href=\"conflicts\" style=\"color:#a32a2a\">%1</a>")
                                  .arg(conflicts.toHtmlEscaped()));
    m_conflicts->setVisible(!conflicts.isEmpty());
    m_pending->setText(pendingText(status));
    m_lastSync->setText(lastSyncText(status));
    // Local use has no server: nothing waits to be sent, no sync ever happens.
    m_pending->setVisible(m_engine);
    m_lastSync->setVisible(m_engine);
    const QString heldBack
        = online ? heldBackText(m_engine->lastReport().watermarkHeldSeconds) : QString();
    m_heldBack->setText(heldBack);
    m_heldBack->setVisible(!heldBack.isEmpty());
}

} // namespace Civitas
