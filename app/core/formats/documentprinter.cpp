#include "documentprinter.h"
#include "officialpaper.h"
#include <core/coretr.h>

#include <core/corelogging.h>

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTime>
#include <QUrl>

namespace Civitas {

namespace {

QPageLayout a4Layout(const QMarginsF &margins, bool landscape)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       margins,
                       QPageLayout::Millimeter);
}

// Bordered cells whatever the widget style: printed tables are read on paper.
const char DocumentStyleSheet[] = "table { border-collapse: collapse; }"
                                  "th { background-color: #e8e8e8; font-weight: bold; }"
                                  "th, td { border: 1px solid #808080; padding: 3px; }";

} // namespace

DocumentPrinter::DocumentPrinter(const QString &title,
                                 const QString &htmlTemplate,
                                 const QVariantMap &values)
    : m_title(title)
    , m_template(htmlTemplate)
    , m_values(values)
{}

QString DocumentPrinter::escapeHtml(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    // toHtmlEscaped leaves the apostrophe, which would end a value in a single-quoted
    // attribute; line breaks would vanish in HTML (an address on several lines).
    escaped.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    escaped.replace(QLatin1String("\r\n"), QLatin1String("<br/>"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

QString DocumentPrinter::formatValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return locale.toString(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return locale.toString(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return locale.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::QDateTime:
        return value.toDateTime().toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case QMetaType::QTime:
        return value.toTime().toString(QStringLiteral("HH:mm"));
    default:
        return value.toString();
    }
}

QString DocumentPrinter::substitute(const QString &htmlTemplate,
                                    const QVariantMap &values,
                                    QStringList *missingKeys)
{
    // One pass over the template: a value that itself contains "{{x}}" is not expanded.
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\{\{\{\s*([\w.-]+)\s*\}\}\}|\{\{\s*([\w.-]+)\s*\}\})"));
    QString out;
    out.reserve(htmlTemplate.size());
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(htmlTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out.append(QStringView(htmlTemplate).mid(copied, match.capturedStart() - copied));
        copied = match.capturedEnd();
        const bool raw = match.capturedLength(1) > 0;
        const QString key = raw ? match.captured(1) : match.captured(2);
        const auto value = values.constFind(key);
        if (value == values.constEnd()) {
            if (missingKeys && !missingKeys->contains(key))
                missingKeys->append(key);
            continue;
        }
        const QString text = formatValue(*value);
        out.append(raw ? text : escapeHtml(text));
    }
    out.append(QStringView(htmlTemplate).mid(copied));
    return out;
}

QString DocumentPrinter::renderedHtml() const
{
    return substitute(m_template, m_values);
}

QStringList DocumentPrinter::missingKeys() const
{
    QStringList missing;
    substitute(m_template, m_values, &missing);
    return missing;
}

void DocumentPrinter::warnAboutMissingKeys() const
{
    const QStringList missing = missingKeys();
    if (!missing.isEmpty()) {
        qCWarning(lcFormats).noquote()
            << "Document" << m_title << "has no value for:" << missing.join(QLatin1String(", "));
    }
}

QString DocumentPrinter::htmlTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html
        = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    // <thead> becomes the table's header rows, which QTextDocument repeats on each page.
    if (!headers.isEmpty()) {
        html += QLatin1String("<thead><tr>");
        for (const QString &header : headers)
            html += QLatin1String("<th>") + escapeHtml(header) + QLatin1String("</th>");
        html += QLatin1String("</tr></thead>");
    }
    html += QLatin1String("<tbody>");
    for (const QStringList &row : rows) {
        html += QLatin1String("<tr>");
        for (const QString &cell : row)
            html += QLatin1String("<td>") + escapeHtml(cell) + QLatin1String("</td>");
        html += QLatin1String("</tr>");
    }
    html += QLatin1String("</tbody></table>");
    return html;
}

QString DocumentPrinter::imageSource(const QString &name)
{
    // A scheme of its own: the document never reads a file or the network for a picture.
    return QStringLiteral("civitas-image:") + name;
}

bool DocumentPrinter::paint(QPagedPaintDevice *device, QPainter *painter) const
{
    QTextDocument document;
    // Laid out for the device's resolution, not the screen's, so that font sizes in points
    // and the page breaks are those of the paper.
    document.documentLayout()->setPaintDevice(device);
    document.setDocumentMargin(0);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QString::fromLatin1(DocumentStyleSheet));
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(imageSource(it.key())), it.value());
    document.setHtml(renderedHtml());
    document.setMetaInformation(QTextDocument::DocumentTitle, m_title);

    QFont footerFont = font;
    footerFont.setPointSizeF(8);
    const QFontMetricsF footerMetrics(footerFont, device);
    // The painter's origin is the top left of the printable area, inside the margins.
    const qreal width = device->width();
    const qreal footerHeight = footerMetrics.height() * 2;
    const qreal bodyHeight = device->height() - footerHeight;
    if (width <= 0 || bodyHeight <= 0)
        return false;
    document.setPageSize(QSizeF(width, bodyHeight));

    const int pageCount = document.pageCount();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage())
            return false;
        painter->save();
        const QRectF view(0, page * bodyHeight, width, bodyHeight);
        painter->translate(0, -view.top());
        painter->setClipRect(view);
        context.clip = view;
        document.documentLayout()->draw(painter, context);
        painter->restore();

        painter->save();
        painter->setFont(QFont(footerFont, device));
        painter->setPen(Qt::black);
        const QRectF footer(0, bodyHeight, width, footerHeight);
        const QString pageText
            = (m_officialPaper ? OfficialPaper::translate("Civitas::Core", "Page %1 / %2")
                               : Tr::tr("Page %1 / %2"))
                  .arg(page + 1)
                  .arg(pageCount);
        const qreal pageTextWidth = footerMetrics.horizontalAdvance(pageText);
        const QString title
            = footerMetrics.elidedText(m_title, Qt::ElideRight, width - pageTextWidth * 1.5);
        painter->drawText(footer, Qt::AlignLeft | Qt::AlignBottom, title);
        painter->drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
        painter->restore();
    }
    return true;
}

bool DocumentPrinter::printToPdf(const QString &path, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    warnAboutMissingKeys();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Tr::tr("Could not create the PDF file %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(a4Layout(m_margins, m_landscape));
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Civitas"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Tr::tr("Could not write the PDF file %1.").arg(path));
        const bool painted = paint(&writer, &painter);
        painter.end();
        if (!painted)
            return fail(Tr::tr("The page margins leave no room for the document."));
    }
    if (!file.commit())
        return fail(Tr::tr("Could not write the PDF file %1: %2").arg(path, file.errorString()));
    return true;
}

bool DocumentPrinter::print(QPrinter *printer) const
{
    if (!printer)
        return false;
    warnAboutMissingKeys();
    if (printer->docName().isEmpty())
        printer->setDocName(m_title);
    QPainter painter;
    if (!painter.begin(printer)) {
        qCWarning(lcFormats) << "Could not start printing" << m_title;
        return false;
    }
    const bool painted = paint(printer, &painter);
    return painter.end() && painted;
}

void DocumentPrinter::showPrintPreview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(a4Layout(m_margins, m_landscape));
    printer.setDocName(m_title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print preview: %1").arg(m_title));
    QObject::connect(&dialog,
                     &QPrintPreviewDialog::paintRequested,
                     &dialog,
                     [this](QPrinter *target) { print(target); });
    dialog.exec();
}

} // namespace Civitas
