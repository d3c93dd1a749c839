#include <core/french/frenchcalendar.h>

#include <QTest>

#include <algorithm>

using namespace Civitas;

// Easter dates from docs/domain/hr-and-leave.md and the usual tables (cross-checked with an
// independent implementation for every year from 1583 to 4099); the derived holidays were
// counted on a calendar, not with the code under test.
class tst_FrenchCalendar : public QObject
{
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void easterSundayBeforeGregorianCalendar();

    void holidays_data();
    void holidays();
    void alsaceMoselle_data();
    void alsaceMoselle();
    void whitMondayWorked_data();
    void whitMondayWorked();
    void bothOptions();

    void movableHolidaysFallOnTheirWeekday();
    void coincidingHolidaysMakeOneDay_data();
    void coincidingHolidaysMakeOneDay();
    void isPublicHolidayAndName_data();
    void isPublicHolidayAndName();
    void invalidDate();
    void copiesAreIndependent();

private:
    static QList<PublicHoliday>
    nationalHolidays(int year, QDate easterMonday, QDate ascension, QDate whitMonday);
};

QList<PublicHoliday> tst_FrenchCalendar::nationalHolidays(int year,
                                                          QDate easterMonday,
                                                          QDate ascension,
                                                          QDate whitMonday)
{
    QList<PublicHoliday> result{
        {QDate(year, 1, 1), QStringLiteral("New Year's Day")},
        {easterMonday, QStringLiteral("Easter Monday")},
        {QDate(year, 5, 1), QStringLiteral("Labour Day")},
        {QDate(year, 5, 8), QStringLiteral("Victory in Europe Day")},
        {ascension, QStringLiteral("Ascension Day")},
        {whitMonday, QStringLiteral("Whit Monday")},
        {QDate(year, 7, 14), QStringLiteral("Bastille Day")},
        {QDate(year, 8, 15), QStringLiteral("Assumption Day")},
        {QDate(year, 11, 1), QStringLiteral("All Saints' Day")},
        {QDate(year, 11, 11), QStringLiteral("Armistice Day")},
        {QDate(year, 12, 25), QStringLiteral("Christmas Day")},
    };
    std::sort(result.begin(), result.end(), [](const PublicHoliday &a, const PublicHoliday &b) {
        return a.date < b.date;
    });
    return result;
}

void tst_FrenchCalendar::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");

    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::newRow("2029") << 2029 << QDate(2029, 4, 1);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
    QTest::newRow("2008") << 2008 << QDate(2008, 3, 23);
    QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
    QTest::newRow("2038, latest possible") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("1943, latest possible") << 1943 << QDate(1943, 4, 25);
    QTest::newRow("1818, earliest possible") << 1818 << QDate(1818, 3, 22);
    QTest::newRow("2285, earliest possible") << 2285 << QDate(2285, 3, 22);
    QTest::newRow("1583, first Gregorian") << 1583 << QDate(1583, 4, 10);
}

void tst_FrenchCalendar::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(FrenchCalendar::easterSunday(year), easter);
    QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
}

void tst_FrenchCalendar::easterSundayBeforeGregorianCalendar()
{
    QVERIFY(!FrenchCalendar::easterSunday(1582).isValid());
    QVERIFY(!FrenchCalendar::easterSunday(0).isValid());
    QVERIFY(FrenchCalendar().holidays(1582).isEmpty());
}

void tst_FrenchCalendar::holidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easterMonday");
    QTest::addColumn<QDate>("ascension");
    QTest::addColumn<QDate>("whitMonday");

    QTest::newRow("2025") << 2025 << QDate(2025, 4, 21) << QDate(2025, 5, 29) << QDate(2025, 6, 9);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 6) << QDate(2026, 5, 14) << QDate(2026, 5, 25);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 29) << QDate(2027, 5, 6) << QDate(2027, 5, 17);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 17) << QDate(2028, 5, 25) << QDate(2028, 6, 5);
    QTest::newRow("2029") << 2029 << QDate(2029, 4, 2) << QDate(2029, 5, 10) << QDate(2029, 5, 21);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 22) << QDate(2030, 5, 30) << QDate(2030, 6, 10);
}

void tst_FrenchCalendar::holidays()
{
    QFETCH(int, year);
    QFETCH(QDate, easterMonday);
    QFETCH(QDate, ascension);
    QFETCH(QDate, whitMonday);

    const FrenchCalendar calendar;
    QVERIFY(!calendar.isAlsaceMoselle());
    QVERIFY(!calendar.isWhitMondayWorked());
    const QList<PublicHoliday> holidays = calendar.holidays(year);
    QCOMPARE(holidays.size(), 11);
    QCOMPARE(holidays, nationalHolidays(year, easterMonday, ascension, whitMonday));

    QVERIFY(calendar.isPublicHoliday(easterMonday));
    QVERIFY(calendar.isPublicHoliday(ascension));
    QVERIFY(calendar.isPublicHoliday(whitMonday));
    QVERIFY(!calendar.isPublicHoliday(easterMonday.addDays(-1))); // Easter Sunday: no extra day
    QVERIFY(!calendar.isPublicHoliday(easterMonday.addDays(-3))); // Good Friday, outside Alsace
    QVERIFY(!calendar.isPublicHoliday(QDate(year, 12, 26)));
    QCOMPARE(calendar.holidayName(whitMonday), QStringLiteral("Whit Monday"));
    QCOMPARE(calendar.holidayName(QDate(year, 7, 14)), QStringLiteral("Bastille Day"));
}

void tst_FrenchCalendar::alsaceMoselle_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("goodFriday");

    QTest::newRow("2025") << 2025 << QDate(2025, 4, 18);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 3);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 26);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 14);
    QTest::newRow("2029") << 2029 << QDate(2029, 3, 30);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 19);
}

void tst_FrenchCalendar::alsaceMoselle()
{
    QFETCH(int, year);
    QFETCH(QDate, goodFriday);

    FrenchCalendar calendar;
    calendar.setAlsaceMoselle(true);
    QVERIFY(calendar.isAlsaceMoselle());

    const QList<PublicHoliday> holidays = calendar.holidays(year);
    QCOMPARE(holidays.size(), 13);
    QCOMPARE(goodFriday.dayOfWeek(), int(Qt::Friday));
    QVERIFY(calendar.isPublicHoliday(goodFriday));
    QCOMPARE(calendar.holidayName(goodFriday), QStringLiteral("Good Friday"));
    QVERIFY(calendar.isPublicHoliday(QDate(year, 12, 26)));
    QCOMPARE(calendar.holidayName(QDate(year, 12, 26)), QStringLiteral("St Stephen's Day"));
    QCOMPARE(holidays.last().date, QDate(year, 12, 26));
    QVERIFY(holidays.contains(PublicHoliday{goodFriday, QStringLiteral("Good Friday")}));

    // The national holidays are all still there.
    for (const PublicHoliday &national : FrenchCalendar().holidays(year))
        QVERIFY2(holidays.contains(national), qPrintable(national.name));
}

void tst_FrenchCalendar::whitMondayWorked_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("whitMonday");

    QTest::newRow("2025") << 2025 << QDate(2025, 6, 9);
    QTest::newRow("2026") << 2026 << QDate(2026, 5, 25);
    QTest::newRow("2027") << 2027 << QDate(2027, 5, 17);
    QTest::newRow("2028") << 2028 << QDate(2028, 6, 5);
    QTest::newRow("2029") << 2029 << QDate(2029, 5, 21);
    QTest::newRow("2030") << 2030 << QDate(2030, 6, 10);
}

void tst_FrenchCalendar::whitMondayWorked()
{
    QFETCH(int, year);
    QFETCH(QDate, whitMonday);

    FrenchCalendar calendar;
    calendar.setWhitMondayWorked(true);
    QVERIFY(calendar.isWhitMondayWorked());

    const QList<PublicHoliday> holidays = calendar.holidays(year);
    QCOMPARE(holidays.size(), 10);
    QVERIFY(!calendar.isPublicHoliday(whitMonday));
    QVERIFY(calendar.holidayName(whitMonday).isEmpty());
    for (const PublicHoliday &holiday : holidays)
        QVERIFY(holiday.date != whitMonday);

    calendar.setWhitMondayWorked(false);
    QVERIFY(calendar.isPublicHoliday(whitMonday));
    QCOMPARE(calendar.holidays(year).size(), 11);
}

void tst_FrenchCalendar::bothOptions()
{
    FrenchCalendar calendar;
    calendar.setAlsaceMoselle(true);
    calendar.setWhitMondayWorked(true);
    QCOMPARE(calendar.holidays(2026).size(), 12);
    QVERIFY(calendar.isPublicHoliday(QDate(2026, 4, 3)));
    QVERIFY(calendar.isPublicHoliday(QDate(2026, 12, 26)));
    QVERIFY(!calendar.isPublicHoliday(QDate(2026, 5, 25)));
}

void tst_FrenchCalendar::movableHolidaysFallOnTheirWeekday()
{
    FrenchCalendar calendar;
    calendar.setAlsaceMoselle(true);
    for (int year = 1900; year <= 2200; ++year) {
        const QDate easter = FrenchCalendar::easterSunday(year);
        QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
        // The computus keeps Easter between 22 March and 25 April.
        QVERIFY(easter >= QDate(year, 3, 22) && easter <= QDate(year, 4, 25));

        const QList<PublicHoliday> holidays = calendar.holidays(year);
        for (qsizetype i = 0; i < holidays.size(); ++i) {
            QCOMPARE(holidays.at(i).date.year(), year);
            QVERIFY(!holidays.at(i).name.isEmpty());
            if (i > 0)
                QVERIFY(holidays.at(i - 1).date < holidays.at(i).date);
        }
        QCOMPARE(calendar.holidayName(easter.addDays(-2)).contains(QStringLiteral("Good Friday")),
                 true);
        QCOMPARE(easter.addDays(-2).dayOfWeek(), int(Qt::Friday));
        QVERIFY(calendar.holidayName(easter.addDays(1)).contains(QStringLiteral("Easter Monday")));
        QVERIFY(calendar.holidayName(easter.addDays(39)).contains(QStringLiteral("Ascension Day")));
        QCOMPARE(easter.addDays(39).dayOfWeek(), int(Qt::Thursday));
        QVERIFY(calendar.holidayName(easter.addDays(50)).contains(QStringLiteral("Whit Monday")));
        QCOMPARE(easter.addDays(50).dayOfWeek(), int(Qt::Monday));
    }
}

void tst_FrenchCalendar::coincidingHolidaysMakeOneDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");

    // Easter on 23 March puts Ascension on 1 May; on 30 March, on 8 May.
    QTest::newRow("2008: 1 May") << QDate(2008, 5, 1) << "Labour Day and Ascension Day";
    QTest::newRow("1913: 1 May") << QDate(1913, 5, 1) << "Labour Day and Ascension Day";
    QTest::newRow("1997: 8 May") << QDate(1997, 5, 8) << "Victory in Europe Day and Ascension Day";
    QTest::newRow("2059: 8 May") << QDate(2059, 5, 8) << "Victory in Europe Day and Ascension Day";
}

void tst_FrenchCalendar::coincidingHolidaysMakeOneDay()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);

    const FrenchCalendar calendar;
    QVERIFY(calendar.isPublicHoliday(date));
    QCOMPARE(calendar.holidayName(date), name);

    const QList<PublicHoliday> holidays = calendar.holidays(date.year());
    QCOMPARE(holidays.size(), 10);
    QVERIFY(holidays.contains(PublicHoliday{date, name}));
}

void tst_FrenchCalendar::isPublicHolidayAndName_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");

    QTest::newRow("1 January") << QDate(2026, 1, 1) << "New Year's Day";
    QTest::newRow("1 May") << QDate(2026, 5, 1) << "Labour Day";
    QTest::newRow("8 May") << QDate(2026, 5, 8) << "Victory in Europe Day";
    QTest::newRow("14 July") << QDate(2026, 7, 14) << "Bastille Day";
    QTest::newRow("15 August") << QDate(2026, 8, 15) << "Assumption Day";
    QTest::newRow("1 November") << QDate(2026, 11, 1) << "All Saints' Day";
    QTest::newRow("11 November") << QDate(2026, 11, 11) << "Armistice Day";
    QTest::newRow("25 December") << QDate(2026, 12, 25) << "Christmas Day";
    QTest::newRow("Easter Monday") << QDate(2026, 4, 6) << "Easter Monday";
    QTest::newRow("Ascension") << QDate(2026, 5, 14) << "Ascension Day";
    QTest::newRow("Whit Monday") << QDate(2026, 5, 25) << "Whit Monday";

    QTest::newRow("working day") << QDate(2026, 3, 10) << "";
    QTest::newRow("Easter Sunday") << QDate(2026, 4, 5) << "";
    QTest::newRow("Whit Sunday") << QDate(2026, 5, 24) << "";
    QTest::newRow("Good Friday outside Alsace-Moselle") << QDate(2026, 4, 3) << "";
    QTest::newRow("26 December outside Alsace-Moselle") << QDate(2026, 12, 26) << "";
    QTest::newRow("31 December") << QDate(2026, 12, 31) << "";
    QTest::newRow("holiday on a Sunday is still one") << QDate(2026, 11, 1) << "All Saints' Day";
}

void tst_FrenchCalendar::isPublicHolidayAndName()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);

    const FrenchCalendar calendar;
    QCOMPARE(calendar.isPublicHoliday(date), !name.isEmpty());
    QCOMPARE(calendar.holidayName(date), name);
}

void tst_FrenchCalendar::invalidDate()
{
    const FrenchCalendar calendar;
    QVERIFY(!calendar.isPublicHoliday(QDate()));
    QVERIFY(calendar.holidayName(QDate()).isEmpty());
}

void tst_FrenchCalendar::copiesAreIndependent()
{
    FrenchCalendar town;
    FrenchCalendar alsatianTown = town;
    alsatianTown.setAlsaceMoselle(true);
    QVERIFY(!town.isAlsaceMoselle());
    QCOMPARE(town.holidays(2026).size(), 11);
    QCOMPARE(alsatianTown.holidays(2026).size(), 13);

    town = alsatianTown;
    QVERIFY(town.isPublicHoliday(QDate(2026, 12, 26)));
}

QTEST_GUILESS_MAIN(tst_FrenchCalendar)

#include "tst_frenchcalendar.moc"
