#include <core/translations.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// French is the default interface: every string must have a finished French translation,
// and the .ts file must hold every string the sources have (run update_translations).
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void frenchIsComplete();
    void frenchCoversEverySourceString();
    void englishPluralsAreComplete();
    void translationsLoadAtRunTime();

private:
    struct Report
    {
        int messages = 0;
        QStringList unfinished;
    };
    static Report read(const QString &path);
};

tst_Translations::Report tst_Translations::read(const QString &path)
{
    Report report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            ++report.messages;
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                report.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    return report;
}

void tst_Translations::frenchIsComplete()
{
    const Report report = read(QStringLiteral(CIVITAS_SOURCE_DIR "/translations/civitas_fr.ts"));
    QVERIFY(report.messages > 100);
    QVERIFY2(report.unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished French entries, first: %2")
                            .arg(report.unfinished.size())
                            .arg(report.unfinished.mid(0, 15).join(QLatin1String(" | ")))));
}

void tst_Translations::frenchCoversEverySourceString()
{
    // lupdate into a copy: any string it has to add is a string nobody translated.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("civitas_fr.ts"));
    QVERIFY(QFile::copy(QStringLiteral(CIVITAS_SOURCE_DIR "/translations/civitas_fr.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CIVITAS_SOURCE_DIR));
    lupdate.start(QStringLiteral(CIVITAS_LUPDATE),
                  {QStringLiteral("-silent"),
                   QStringLiteral("-recursive"),
                   QStringLiteral("app"),
                   QStringLiteral("modules"),
                   QStringLiteral("-locations"),
                   QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"),
                   QStringLiteral("-source-language"),
                   QStringLiteral("en"),
                   QStringLiteral("-target-language"),
                   QStringLiteral("fr"),
                   QStringLiteral("-ts"),
                   copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const Report report = read(copy);
    QVERIFY2(report.unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 source strings have no French translation (run the "
                                       "update_translations target, then translate): %2")
                            .arg(report.unfinished.size())
                            .arg(report.unfinished.mid(0, 15).join(QLatin1String(" | ")))));
}

void tst_Translations::englishPluralsAreComplete()
{
    const Report report = read(QStringLiteral(CIVITAS_SOURCE_DIR "/translations/civitas_en.ts"));
    QVERIFY2(report.unfinished.isEmpty(), qPrintable(report.unfinished.join(QLatin1String(" | "))));
}

void tst_Translations::translationsLoadAtRunTime()
{
    QVERIFY(Civitas::Translations::install(QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("Civitas::Core", "Department head"),
             QStringLiteral("Chef de service"));
    QCOMPARE(QCoreApplication::translate(
                 "Civitas::Shell", "%n change(s) waiting to be sent", nullptr, 3),
             QStringLiteral("3 modifications en attente d'envoi"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
