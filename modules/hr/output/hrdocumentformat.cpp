#include "hrdocumentformat.h"

#include <hr/domain/agent.h>
#include <hr/domain/workingtime.h>

#include <core/storage/localsettings.h>

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

QString HrDocumentFormat::townName(Database &database)
{
    const QString name
        = LocalSettings(database).value(LocalSettings::TownName).toString().trimmed();
    return name.isEmpty() ? QStringLiteral("Ville de Bron") : name;
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
