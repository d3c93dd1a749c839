#include "expirynoticepanel.h"
#include <leave/leavetr.h>

#include <leave/domain/leavedays.h>
#include <leave/output/expirynoticeletter.h>

#include <core/access/session.h>
#include <core/extension/liverefresh.h>
#include <core/formats/documentprinter.h>
#include <core/storage/database.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Civitas::Leave::Internal {

ExpiryNoticePanel::ExpiryNoticePanel(Database &database, const Session &session, QWidget *parent)
    : QFrame(parent)
    , m_database(database)
    , m_session(session)
    , m_text(new QLabel(this))
    , m_print(new QPushButton(Tr::tr("Print the letter"), this))
    , m_read(new QPushButton(Tr::tr("I have read it"), this))
{
    setObjectName(QStringLiteral("expiryNotices"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#expiryNotices { background: #fff4d6; border: 1px solid "
                                 "#e0b84c; border-radius: 4px; }"));
    m_text->setObjectName(QStringLiteral("expiryNoticeText"));
    m_text->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("printExpiryNotice"));
    m_read->setObjectName(QStringLiteral("readExpiryNotice"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_print);
    layout->addWidget(m_read);
    connect(m_print, &QPushButton::clicked, this, &ExpiryNoticePanel::printLetter);
    connect(m_read, &QPushButton::clicked, this, &ExpiryNoticePanel::markRead);
    LiveRefresh::follow(
        this,
        database,
        {QStringLiteral("leave_expiry_notices"), QStringLiteral("leave_ledger_entries")},
        [this] { reload(); });
    reload();
}

void ExpiryNoticePanel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void ExpiryNoticePanel::reload()
{
    m_notices.clear();
    if (!m_session.agentId().isEmpty() && m_database.isOpen()) {
        const auto current
            = ExpiryNotices(m_database)
                  .current(m_session.agentId(), m_today.isValid() ? m_today : QDate::currentDate());
        if (current)
            m_notices = *current;
    }
    setVisible(!m_notices.isEmpty());
    if (m_notices.isEmpty())
        return;
    // The date that comes first matters most.
    const ExpiryNotices::Notice &n = m_notices.last();
    QStringList lines;
    for (auto it = m_notices.crbegin(); it != m_notices.crend(); ++it)
        lines << Tr::tr("You hold %1 of annual leave carried over, to take by %2: days not taken "
                        "by then are lost.")
                     .arg(LeaveDays::format(it->hundredths),
                          QLocale().toString(it->expiresOn, QLocale::LongFormat));
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_read->setVisible(!n.readAt.isValid());
}

void ExpiryNoticePanel::printLetter()
{
    if (m_notices.isEmpty())
        return;
    DocumentPrinter printer;
    ExpiryNoticeLetter::printer(m_database, m_notices.last(), &printer);
    printer.showPrintPreview(this);
}

void ExpiryNoticePanel::markRead()
{
    for (const ExpiryNotices::Notice &n : std::as_const(m_notices)) {
        if (n.readAt.isValid())
            continue;
        if (const Result<void> read = ExpiryNotices(m_database).markRead(n.id); !read.ok())
            qCWarning(lcLeave) << "expiry notice" << n.id << read.error();
    }
    reload();
}

} // namespace Civitas::Leave::Internal
