#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/expirynotices.h>

#include <QDate>
#include <QFrame>

class QLabel;
class QPushButton;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Leave::Internal {

// On the agent's leave page: the notices HR sent about their carried-over days of annual leave
// (how many, until when: Conseil d'État, 17 October 2025, n°495899), each printable as a
// letter, with "I have read it". Hidden while there is none.
class CIVITAS_LEAVE_TESTS_EXPORT ExpiryNoticePanel : public QFrame
{
    Q_OBJECT

public:
    ExpiryNoticePanel(Database &database, const Session &session, QWidget *parent = nullptr);

    void setToday(QDate today);
    void reload();
    QList<ExpiryNotices::Notice> notices() const { return m_notices; }

private:
    void printLetter();
    void markRead();

    Database &m_database;
    const Session &m_session;
    QDate m_today;
    QList<ExpiryNotices::Notice> m_notices;
    QLabel *m_text;
    QPushButton *m_print;
    QPushButton *m_read;
};

} // namespace Civitas::Leave::Internal
