#include "icalendarwriter.h"
#include <core/coretr.h>

#include <QIODevice>
#include <QUuid>

namespace Civitas {

namespace {

constexpr qsizetype MaxLineOctets = 75;

QByteArray utcDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray date(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

void appendLine(QByteArray &out, const QByteArray &line)
{
    out.append(ICalendarWriter::foldLine(line));
    out.append("\r\n");
}

void appendText(QByteArray &out, const char *name, const QString &value)
{
    appendLine(out, QByteArray(name) + ':' + ICalendarWriter::escapeText(value).toUtf8());
}

} // namespace

ICalendarWriter::ICalendarWriter()
    : m_productId(QStringLiteral("-//Civitas//NONSGML Civitas//FR"))
{}

bool ICalendarWriter::addEvent(const CalendarEvent &event, QString *error)
{
    QString problem;
    if (event.isAllDay()) {
        if (event.lastDay.isValid() && event.lastDay < event.firstDay)
            problem = Tr::tr("The event \"%1\" ends before it starts.").arg(event.summary);
    } else if (!event.start.isValid()) {
        problem = Tr::tr("The event \"%1\" has no start.").arg(event.summary);
    } else if (event.end.isValid() && event.end < event.start) {
        problem = Tr::tr("The event \"%1\" ends before it starts.").arg(event.summary);
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    CalendarEvent added = event;
    // RFC 5545 requires a UID; a random one at least keeps the file valid.
    if (added.uid.isEmpty())
        added.uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1String("@civitas");
    m_events.append(added);
    return true;
}

QByteArray ICalendarWriter::toByteArray() const
{
    const QByteArray stamp
        = utcDateTime(m_timestamp.isValid() ? m_timestamp : QDateTime::currentDateTimeUtc());
    QByteArray out;
    appendLine(out, "BEGIN:VCALENDAR");
    appendLine(out, "VERSION:2.0");
    appendText(out, "PRODID", m_productId);
    appendLine(out, "CALSCALE:GREGORIAN");
    if (!m_calendarName.isEmpty())
        appendText(out, "X-WR-CALNAME", m_calendarName);
    for (const CalendarEvent &event : m_events) {
        appendLine(out, "BEGIN:VEVENT");
        appendText(out, "UID", event.uid);
        appendLine(out, "DTSTAMP:" + stamp);
        if (event.isAllDay()) {
            const QDate last = event.lastDay.isValid() ? event.lastDay : event.firstDay;
            appendLine(out, "DTSTART;VALUE=DATE:" + date(event.firstDay));
            // DTEND of a DATE event is exclusive: the day after the last day.
            appendLine(out, "DTEND;VALUE=DATE:" + date(last.addDays(1)));
        } else {
            appendLine(out, "DTSTART:" + utcDateTime(event.start));
            if (event.end.isValid())
                appendLine(out, "DTEND:" + utcDateTime(event.end));
        }
        appendText(out, "SUMMARY", event.summary);
        if (!event.description.isEmpty())
            appendText(out, "DESCRIPTION", event.description);
        if (!event.location.isEmpty())
            appendText(out, "LOCATION", event.location);
        if (!event.categories.isEmpty()) {
            // The commas between categories separate values: only those inside one escape.
            QStringList escaped;
            for (const QString &category : event.categories)
                escaped.append(escapeText(category));
            appendLine(out, "CATEGORIES:" + escaped.join(QLatin1Char(',')).toUtf8());
        }
        appendLine(out, "END:VEVENT");
    }
    appendLine(out, "END:VCALENDAR");
    return out;
}

bool ICalendarWriter::write(QIODevice *device, QString *error) const
{
    const QByteArray bytes = toByteArray();
    if (!device || !device->isWritable() || device->write(bytes) != bytes.size()) {
        if (error) {
            *error = Tr::tr("Could not write the calendar file: %1")
                         .arg(device ? device->errorString() : Tr::tr("no file"));
        }
        return false;
    }
    return true;
}

QString ICalendarWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            escaped.append(QLatin1String("\\\\"));
            break;
        case ';':
            escaped.append(QLatin1String("\\;"));
            break;
        case ',':
            escaped.append(QLatin1String("\\,"));
            break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped.append(QLatin1String("\\n"));
            break;
        case '\n':
            escaped.append(QLatin1String("\\n"));
            break;
        default:
            // Other control characters are not allowed in TEXT; a stray one from a pasted
            // text would make strict readers reject the whole file.
            if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F)
                break;
            escaped.append(c);
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::foldLine(const QByteArray &line)
{
    if (line.size() <= MaxLineOctets)
        return line;
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 36 + 3);
    qsizetype start = 0;
    bool first = true;
    while (start < line.size()) {
        // A continuation line spends one of its 75 octets on the leading space.
        const qsizetype room = first ? MaxLineOctets : MaxLineOctets - 1;
        qsizetype end = qMin(start + room, line.size());
        // Back up to the start of a character: UTF-8 continuation bytes are 10xxxxxx.
        while (end < line.size() && end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (end == start) // not UTF-8 after all: cut anyway rather than loop
            end = qMin(start + room, line.size());
        if (!first)
            folded.append("\r\n ");
        folded.append(line.mid(start, end - start));
        start = end;
        first = false;
    }
    return folded;
}

QByteArray ICalendarWriter::unfold(const QByteArray &text)
{
    QByteArray unfolded;
    unfolded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\r' && i + 2 < text.size() && text.at(i + 1) == '\n'
            && (text.at(i + 2) == ' ' || text.at(i + 2) == '\t')) {
            i += 2;
            continue;
        }
        unfolded.append(text.at(i));
    }
    return unfolded;
}

} // namespace Civitas
