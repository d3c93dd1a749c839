#pragma once

#include "calendarevent.h"
#include <core/coreglobal.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Civitas {

// Writes events as an RFC 5545 iCalendar file (.ics) that Outlook, Thunderbird and phone
// calendars import: CRLF line ends, TEXT values escaped, lines folded at 75 octets.
class CIVITAS_CORE_EXPORT ICalendarWriter
{
public:
    ICalendarWriter();

    // "-//Civitas//NONSGML Civitas//FR" unless set.
    void setProductId(const QString &productId) { m_productId = productId; }
    // Shown as the calendar's name by the clients that read X-WR-CALNAME; none unless set.
    void setCalendarName(const QString &name) { m_calendarName = name; }
    // The DTSTAMP of every event: the time of the export unless set (tests set it).
    void setTimestamp(const QDateTime &timestamp) { m_timestamp = timestamp; }

    // Refuses (false, with the reason) an event without a start or ending before it starts.
    // An event without uid gets a random one.
    bool addEvent(const CalendarEvent &event, QString *error = nullptr);
    QList<CalendarEvent> events() const { return m_events; }

    // The whole file, UTF-8.
    QByteArray toByteArray() const;
    bool write(QIODevice *device, QString *error) const;

    // TEXT value escaping (RFC 5545 3.3.11): backslash, `;`, `,` and line breaks (as \n).
    static QString escapeText(const QString &text);
    // Folds one content line (without its CRLF) into physical lines of at most 75 octets,
    // joined by CRLF and a space, never cutting a UTF-8 sequence.
    static QByteArray foldLine(const QByteArray &line);
    // Undoes foldLine on a whole file: removes every CRLF followed by a space or tab.
    static QByteArray unfold(const QByteArray &text);

private:
    QString m_productId;
    QString m_calendarName;
    QDateTime m_timestamp;
    QList<CalendarEvent> m_events;
};

} // namespace Civitas
