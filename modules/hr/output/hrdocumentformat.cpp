#include "hrdocumentformat.h"

#include <hr/domain/agent.h>
#include <hr/domain/weeklypattern.h>
#include <hr/domain/workingtime.h>

#include <core/files/townlogo.h>
#include <core/formats/documentprinter.h>
#include <core/formats/officialpaper.h>
#include <core/storage/townidentity.h>

#include <QFile>
#include <QLocale>

namespace Civitas::Hr {

namespace {

// U+00A0: French typography keeps "80" and "%" (and "37" and "h") on one line.
const QChar NoBreakSpace(0x00A0);

} // namespace

QString HrDocumentFormat::readTemplate(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Cannot read the document template %s", qPrintable(resourcePath));
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString HrDocumentFormat::longDate(QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale french(QLocale::French);
    // The first of the month is written "1er" in French letters.
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + NoBreakSpace + french.toString(date, QStringLiteral("MMMM yyyy"));
}

QString HrDocumentFormat::shortDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString HrDocumentFormat::weeklyHours(int minutes)
{
    if (minutes <= 0)
        return {};
    QString text = QString::number(minutes / 60) + NoBreakSpace + QLatin1Char('h');
    if (minutes % 60)
        text += NoBreakSpace + QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString HrDocumentFormat::workingTimeRate(const WorkingTime &workingTime)
{
    if (workingTime.kind == QLatin1String("part_time"))
        return QString::number(workingTime.partTimeRate) + NoBreakSpace + QLatin1Char('%');
    if (workingTime.kind == QLatin1String("non_full_time"))
        return QStringLiteral("%1/35e").arg(workingTime.thirtyFifths);
    return {};
}

QString HrDocumentFormat::workingTimePhrase(const WorkingTime &workingTime)
{
    if (workingTime.kind == QLatin1String("part_time"))
        return QStringLiteral("à temps partiel (%1)").arg(workingTimeRate(workingTime));
    if (workingTime.kind == QLatin1String("non_full_time"))
        return QStringLiteral("sur un emploi à temps non complet (%1)")
            .arg(workingTimeRate(workingTime));
    return QStringLiteral("à temps complet");
}

QString HrDocumentFormat::civility(const Agent &agent)
{
    return agent.sex == QLatin1String("F") ? QStringLiteral("Mme") : QStringLiteral("M.");
}

QString
HrDocumentFormat::agreed(const Agent &agent, const QString &masculine, const QString &feminine)
{
    return agent.sex == QLatin1String("F") ? feminine : masculine;
}

QString HrDocumentFormat::weeklyPatternText(const WeeklyPattern &pattern)
{
    const QLocale french = OfficialPaper::locale();
    QStringList parts;
    int firstWhole = 0;
    int lastWhole = 0;
    bool oneRun = true;
    for (int day = 1; day <= 7; ++day) {
        const bool am = pattern.isWorked(day, WeeklyPattern::Morning);
        const bool pm = pattern.isWorked(day, WeeklyPattern::Afternoon);
        if (am && pm) {
            parts << french.dayName(day);
            if (firstWhole && lastWhole != day - 1)
                oneRun = false;
            if (!firstWhole)
                firstWhole = day;
            lastWhole = day;
        } else if (am || pm) {
            parts << french.dayName(day)
                         + (am ? QStringLiteral(" matin") : QStringLiteral(" après-midi"));
            oneRun = false;
        }
    }
    if (firstWhole && oneRun && lastWhole - firstWhole >= 2)
        return QStringLiteral("du %1 au %2")
            .arg(french.dayName(firstWhole), french.dayName(lastWhole));
    return parts.join(QStringLiteral(", "));
}

QString HrDocumentFormat::townName(Database &database)
{
    const QString name = TownIdentity::load(database).name.trimmed();
    return name.isEmpty() ? QStringLiteral("Ville de Bron") : name;
}

QString HrDocumentFormat::townDetailsHtml(Database &database)
{
    const TownIdentity town = TownIdentity::load(database);
    QStringList lines;
    if (const QString address = town.postalAddress(); !address.isEmpty())
        lines << DocumentPrinter::escapeHtml(address);
    if (!town.siret.isEmpty())
        lines << DocumentPrinter::escapeHtml(QStringLiteral("SIRET ") + town.siret);
    return lines.join(QStringLiteral("<br/>"));
}

void HrDocumentFormat::addTownLogo(DocumentPrinter &printer, Database &database)
{
    static const QString key = QStringLiteral("townLogo");
    QVariantMap values = printer.values();
    const QImage logo = TownLogo(database).image();
    if (logo.isNull()) {
        values.insert(key, QString());
    } else {
        printer.setImage(key, logo);
        // 60 pixels at 96 dpi: 16 mm high on paper, whatever the picture's own resolution.
        values.insert(key,
                      QStringLiteral("<img src=\"%1\" height=\"60\" width=\"%2\"/><br/>")
                          .arg(DocumentPrinter::imageSource(key))
                          .arg(qRound(60.0 * logo.width() / qMax(1, logo.height()))));
    }
    printer.setValues(values);
}

QString HrDocumentFormat::placeName(const QString &townName)
{
    // "Fait à Bron", not "Fait à Ville de Bron".
    static const QStringList prefixes{QStringLiteral("Ville de "),
                                      QStringLiteral("Ville d'"),
                                      QStringLiteral("Ville d’"),
                                      QStringLiteral("Commune de "),
                                      QStringLiteral("Commune d'"),
                                      QStringLiteral("Commune d’"),
                                      QStringLiteral("Mairie de "),
                                      QStringLiteral("Mairie d'"),
                                      QStringLiteral("Mairie d’")};
    for (const QString &prefix : prefixes) {
        if (townName.startsWith(prefix, Qt::CaseInsensitive))
            return townName.mid(prefix.size()).trimmed();
    }
    return townName;
}

} // namespace Civitas::Hr
