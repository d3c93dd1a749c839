#pragma once

#include <core/coreglobal.h>

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMarginsF>
#include <QString>
#include <QStringList>
#include <QVariantMap>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QWidget;
QT_END_NAMESPACE

namespace Civitas {

// Prints a document made from an HTML template (a leave request, a subsidy decision, a
// deliberation) to a printer, to PDF or to the print preview, on A4 pages with the title and
// "Page n / N" at the foot of each page.
//
// In the template, {{key}} is replaced by the value of `key`, HTML-escaped, so that a name
// like "Dupont & Fils <SARL>" prints as typed and cannot inject markup; {{{key}}} inserts the
// value as HTML, for parts built by the caller such as htmlTable(). A key absent from the
// values prints as nothing and is listed by missingKeys(), so tests and callers catch typos.
class CIVITAS_CORE_EXPORT DocumentPrinter
{
public:
    DocumentPrinter() = default;
    DocumentPrinter(const QString &title, const QString &htmlTemplate, const QVariantMap &values);

    // The PDF's title, the print job's name, and the left of the footer.
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }
    void setTemplate(const QString &htmlTemplate) { m_template = htmlTemplate; }
    QString htmlTemplate() const { return m_template; }
    void setValues(const QVariantMap &values) { m_values = values; }
    QVariantMap values() const { return m_values; }
    // An official paper's footer ("Page 1 / 2") is French whatever the interface language
    // (OfficialPaper); a printed list keeps the user's.
    void setOfficialPaper(bool official) { m_officialPaper = official; }
    bool isOfficialPaper() const { return m_officialPaper; }
    // A picture the template shows as <img src="{{{…}}}"/> with imageSource(name): the town's
    // logo. Kept at its own resolution; the template gives its printed size.
    void setImage(const QString &name, const QImage &image) { m_images.insert(name, image); }
    static QString imageSource(const QString &name);
    // A wide list prints on A4 turned sideways: its columns get room and its words stay whole.
    void setLandscape(bool landscape) { m_landscape = landscape; }
    bool isLandscape() const { return m_landscape; }
    // Page margins in millimetres for PDF and as the preview's default; the footer is inside.
    void setPageMargins(const QMarginsF &millimetres) { m_margins = millimetres; }
    QMarginsF pageMargins() const { return m_margins; }

    // The template with its placeholders replaced.
    QString renderedHtml() const;
    // The keys the template uses and the values lack, in order of first use.
    QStringList missingKeys() const;

    // Writes an A4 PDF. The file is replaced only once the PDF is complete.
    bool printToPdf(const QString &path, QString *error) const;
    // Prints with the printer's own page settings (those the user chose in a dialog).
    bool print(QPrinter *printer) const;
    void showPrintPreview(QWidget *parent = nullptr) const;

    // An HTML table of escaped text, its header row repeated on each page it spans.
    static QString htmlTable(const QStringList &headers, const QList<QStringList> &rows);
    // Escapes text for HTML; line breaks become <br/>.
    static QString escapeHtml(const QString &text);
    // The text of a value in a document: dates as dd/MM/yyyy, numbers in the default locale.
    static QString formatValue(const QVariant &value);
    static QString substitute(const QString &htmlTemplate,
                              const QVariantMap &values,
                              QStringList *missingKeys = nullptr);

private:
    bool paint(QPagedPaintDevice *device, QPainter *painter) const;
    void warnAboutMissingKeys() const;

    QString m_title;
    QString m_template;
    QVariantMap m_values;
    QHash<QString, QImage> m_images;
    QMarginsF m_margins{20, 15, 20, 12};
    bool m_officialPaper = false;
    bool m_landscape = false;
};

} // namespace Civitas
