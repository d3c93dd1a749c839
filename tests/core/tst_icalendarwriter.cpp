#include <core/formats/icalendarwriter.h>

#include <QBuffer>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

using namespace Civitas;

class tst_ICalendarWriter : public QObject
{
    Q_OBJECT

private slots:
    void wholeFile();
    void allDayEndIsExclusive();
    void escaping_data();
    void escaping();
    void shortLinesAreNotFolded();
    void foldingKeepsCharactersWhole_data();
    void foldingKeepsCharactersWhole();
    void foldedFileIsValid();
    void invalidEventsAreRefused();
    void missingUidIsGenerated();
    void writesToDevice();
};

static QDateTime stamp()
{
    return QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc());
}

static bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

void tst_ICalendarWriter::wholeFile()
{
    ICalendarWriter writer;
    writer.setTimestamp(stamp());
    writer.setCalendarName(QStringLiteral("Congés, service État civil"));

    CalendarEvent leave;
    leave.uid = QStringLiteral("leave-42@civitas");
    leave.summary = QStringLiteral("Congé annuel");
    leave.firstDay = QDate(2024, 3, 4);
    leave.lastDay = QDate(2024, 3, 8);
    leave.categories = {QStringLiteral("Congés"), QStringLiteral("RTT, récupération")};
    QVERIFY(writer.addEvent(leave));

    CalendarEvent session;
    session.uid = QStringLiteral("session-7@civitas");
    session.summary = QStringLiteral("Conseil municipal");
    session.description = QStringLiteral("Ordre du jour :\n1. Budget; 2. Écoles");
    session.location = QStringLiteral("Salle du conseil, hôtel de ville");
    // 18:30 in Paris in winter is 17:30 UTC.
    session.start = QDateTime(QDate(2024, 3, 5), QTime(18, 30), QTimeZone(3600));
    session.end = QDateTime(QDate(2024, 3, 5), QTime(21, 0), QTimeZone(3600));
    QVERIFY(writer.addEvent(session));

    const QByteArray expected = "BEGIN:VCALENDAR\r\n"
                                "VERSION:2.0\r\n"
                                "PRODID:-//Civitas//NONSGML Civitas//FR\r\n"
                                "CALSCALE:GREGORIAN\r\n"
                                "X-WR-CALNAME:Cong\xC3\xA9s\\, service \xC3\x89tat civil\r\n"
                                "BEGIN:VEVENT\r\n"
                                "UID:leave-42@civitas\r\n"
                                "DTSTAMP:20240301T090000Z\r\n"
                                "DTSTART;VALUE=DATE:20240304\r\n"
                                "DTEND;VALUE=DATE:20240309\r\n"
                                "SUMMARY:Cong\xC3\xA9 annuel\r\n"
                                "CATEGORIES:Cong\xC3\xA9s,RTT\\, r\xC3\xA9"
                                "cup\xC3\xA9ration\r\n"
                                "END:VEVENT\r\n"
                                "BEGIN:VEVENT\r\n"
                                "UID:session-7@civitas\r\n"
                                "DTSTAMP:20240301T090000Z\r\n"
                                "DTSTART:20240305T173000Z\r\n"
                                "DTEND:20240305T200000Z\r\n"
                                "SUMMARY:Conseil municipal\r\n"
                                "DESCRIPTION:Ordre du jour :\\n1. Budget\\; 2. \xC3\x89"
                                "coles\r\n"
                                "LOCATION:Salle du conseil\\, h\xC3\xB4tel de ville\r\n"
                                "END:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
    QCOMPARE(writer.toByteArray(), expected);
}

void tst_ICalendarWriter::allDayEndIsExclusive()
{
    ICalendarWriter writer;
    writer.setTimestamp(stamp());
    CalendarEvent day;
    day.uid = QStringLiteral("d@civitas");
    day.summary = QStringLiteral("Journée");
    day.firstDay = QDate(2024, 12, 31); // no last day: one day, across the year's end
    QVERIFY(writer.addEvent(day));
    CalendarEvent leapDay = day;
    leapDay.firstDay = QDate(2024, 2, 28);
    leapDay.lastDay = QDate(2024, 2, 29);
    QVERIFY(writer.addEvent(leapDay));
    const QByteArray ics = writer.toByteArray();
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101\r\n"));
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20240228\r\nDTEND;VALUE=DATE:20240301\r\n"));
}

void tst_ICalendarWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << QStringLiteral("Réunion") << QStringLiteral("Réunion");
    QTest::newRow("backslash") << QStringLiteral("C:\\dossier") << QStringLiteral("C:\\\\dossier");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
    QTest::newRow("colon is left") << QStringLiteral("a:b") << QStringLiteral("a:b");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("a\\nb");
    QTest::newRow("escape of escape") << QStringLiteral("\\n") << QStringLiteral("\\\\n");
    QTest::newRow("controls dropped, tab kept")
        << QStringLiteral("a\x01\tb\x7f") << QStringLiteral("a\tb");
}

void tst_ICalendarWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ICalendarWriter::escapeText(text), escaped);
}

void tst_ICalendarWriter::shortLinesAreNotFolded()
{
    const QByteArray exactly75(75, 'x');
    QCOMPARE(ICalendarWriter::foldLine(exactly75), exactly75);
    const QByteArray seventySix(76, 'x');
    QCOMPARE(ICalendarWriter::foldLine(seventySix), QByteArray(75, 'x') + "\r\n x");
}

void tst_ICalendarWriter::foldingKeepsCharactersWhole_data()
{
    QTest::addColumn<QString>("value");

    // Shift the multi-byte characters against the 75-octet boundary by every offset.
    for (int shift = 0; shift < 4; ++shift) {
        QTest::addRow("2-byte, shift %d", shift)
            << QString(shift, QLatin1Char('a')) + QString(150, QChar(u'é'));
        QTest::addRow("3-byte, shift %d", shift)
            << QString(shift, QLatin1Char('a')) + QString(100, QChar(u'€'));
        QTest::addRow("mixed, shift %d", shift)
            << QString(shift, QLatin1Char('a'))
                   + QString::fromUtf16(u"Délibération n°2024-042 : subvention à l’association "
                                        u"« Les Œillets » — 1 500 € 𝄞 ")
                         .repeated(6);
    }
}

void tst_ICalendarWriter::foldingKeepsCharactersWhole()
{
    QFETCH(QString, value);
    const QByteArray line = "DESCRIPTION:" + value.toUtf8();
    const QByteArray folded = ICalendarWriter::foldLine(line);
    QVERIFY(folded.size() > line.size());

    const QList<QByteArray> physical = folded.split('\n');
    QVERIFY(physical.size() > 1);
    for (int i = 0; i < physical.size(); ++i) {
        QByteArray part = physical.at(i);
        if (i + 1 < physical.size()) {
            QVERIFY(part.endsWith('\r'));
            part.chop(1);
        }
        QVERIFY2(part.size() <= 75,
                 qPrintable(QStringLiteral("line %1 has %2 octets").arg(i).arg(part.size())));
        if (i > 0) {
            QVERIFY(part.startsWith(' '));
            part.remove(0, 1);
        }
        QVERIFY2(isValidUtf8(part), qPrintable(QStringLiteral("line %1 cuts a character").arg(i)));
        // Lines are filled: none is cut shorter than a character requires.
        if (i + 1 < physical.size())
            QVERIFY(part.size() >= (i == 0 ? 75 : 74) - 3);
    }
    QCOMPARE(ICalendarWriter::unfold(folded), line);
}

void tst_ICalendarWriter::foldedFileIsValid()
{
    ICalendarWriter writer;
    writer.setTimestamp(stamp());
    CalendarEvent event;
    event.uid = QStringLiteral("long@civitas");
    event.summary = QString(90, QChar(u'é'));
    event.description
        = QString::fromUtf16(u"Première ligne, avec une virgule ; et un point-virgule\n")
              .repeated(5);
    event.location = QString::fromUtf16(
        u"École élémentaire Jean-Macé, 12 avenue Franklin-Roosevelt, 69500 Bron");
    event.firstDay = QDate(2024, 5, 2);
    QVERIFY(writer.addEvent(event));
    const QByteArray ics = writer.toByteArray();

    QVERIFY(isValidUtf8(ics));
    QVERIFY(ics.endsWith("\r\n"));
    const QList<QByteArray> lines = ics.chopped(2).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY(!line.contains('\r'));
        QVERIFY2(line.size() <= 75, line.constData());
        QVERIFY(isValidUtf8(line.startsWith(' ') ? line.mid(1) : line));
    }

    const QList<QByteArray> unfolded = ICalendarWriter::unfold(ics).split('\n');
    QVERIFY(unfolded.contains("SUMMARY:" + event.summary.toUtf8() + '\r'));
    QVERIFY(unfolded.contains(
        "DESCRIPTION:" + ICalendarWriter::escapeText(event.description).toUtf8() + '\r'));
    QVERIFY(unfolded.contains("LOCATION:" + ICalendarWriter::escapeText(event.location).toUtf8()
                              + '\r'));
}

void tst_ICalendarWriter::invalidEventsAreRefused()
{
    ICalendarWriter writer;
    QString error;
    CalendarEvent noStart;
    noStart.summary = QStringLiteral("Sans date");
    QVERIFY(!writer.addEvent(noStart, &error));
    QVERIFY(error.contains(QLatin1String("Sans date")));

    CalendarEvent backwards;
    backwards.summary = QStringLiteral("À l'envers");
    backwards.start = QDateTime(QDate(2024, 3, 5), QTime(10, 0), QTimeZone::utc());
    backwards.end = backwards.start.addSecs(-60);
    error.clear();
    QVERIFY(!writer.addEvent(backwards, &error));
    QVERIFY(!error.isEmpty());

    CalendarEvent backwardDays;
    backwardDays.firstDay = QDate(2024, 3, 5);
    backwardDays.lastDay = QDate(2024, 3, 4);
    QVERIFY(!writer.addEvent(backwardDays));
    QVERIFY(writer.events().isEmpty());

    CalendarEvent openEnded;
    openEnded.start = backwards.start;
    QVERIFY(writer.addEvent(openEnded));
    writer.setTimestamp(stamp());
    const QByteArray ics = writer.toByteArray();
    QVERIFY(ics.contains("DTSTART:20240305T100000Z\r\n"));
    QVERIFY(!ics.contains("DTEND"));
}

void tst_ICalendarWriter::missingUidIsGenerated()
{
    ICalendarWriter writer;
    CalendarEvent event;
    event.firstDay = QDate(2024, 1, 1);
    QVERIFY(writer.addEvent(event));
    QVERIFY(writer.addEvent(event));
    QCOMPARE(writer.events().size(), 2);
    QVERIFY(!writer.events().at(0).uid.isEmpty());
    QVERIFY(writer.events().at(0).uid != writer.events().at(1).uid);
    // Without a set timestamp, DTSTAMP is now, in UTC.
    const QRegularExpression stampLine(QStringLiteral("\r\nDTSTAMP:\\d{8}T\\d{6}Z\r\n"));
    QVERIFY(stampLine.match(QString::fromUtf8(writer.toByteArray())).hasMatch());
}

void tst_ICalendarWriter::writesToDevice()
{
    ICalendarWriter writer;
    writer.setTimestamp(stamp());
    CalendarEvent event;
    event.uid = QStringLiteral("x@civitas");
    event.firstDay = QDate(2024, 1, 1);
    QVERIFY(writer.addEvent(event));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(writer.write(&buffer, &error), qPrintable(error));
    QCOMPARE(buffer.data(), writer.toByteArray());

    QBuffer closed;
    QVERIFY(!writer.write(&closed, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ICalendarWriter)

#include "tst_icalendarwriter.moc"
