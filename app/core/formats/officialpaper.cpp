#include "officialpaper.h"

#include <core/corelogging.h>
#include <core/translations.h>

#include <QTranslator>

#include <memory>
#include <mutex>

namespace Civitas::OfficialPaper {

namespace {

// Loaded once, never installed: QCoreApplication::translate would then use it for screens.
// QTranslator::translate() is reentrant once loaded, so papers built in worker threads share it.
const QTranslator *french()
{
    static std::unique_ptr<QTranslator> translator;
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        auto candidate = std::make_unique<QTranslator>();
        if (candidate->load(QStringLiteral("civitas_fr"), Translations::directory()))
            translator = std::move(candidate);
        else
            qCWarning(lcFormats) << "civitas_fr.qm not found in" << Translations::directory()
                                 << ": official papers print their labels' English source";
    });
    return translator.get();
}

} // namespace

QString translate(const char *context, const char *sourceText, const char *disambiguation, int n)
{
    QString text;
    if (const QTranslator *translator = french())
        text = translator->translate(context, sourceText, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(sourceText);
    if (n >= 0) {
        const QString number = locale().toString(n);
        text.replace(QLatin1String("%Ln"), number);
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

bool hasCatalogue()
{
    return french() != nullptr;
}

QLocale locale()
{
    return QLocale(QLocale::French, QLocale::France);
}

} // namespace Civitas::OfficialPaper
