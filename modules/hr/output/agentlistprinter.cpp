#include "agentlistprinter.h"
#include <hr/hrtr.h>

#include <core/models/sqllistmodel.h>

#include <QDateTime>
#include <QLocale>

namespace Civitas::Hr {

namespace {

const char ListTemplate[] = "<html><body>"
                            "<h2>{{title}}</h2>"
                            "<p><b>{{count}}</b><br/>{{filters}}</p>"
                            "{{{table}}}"
                            "<p style=\"font-size: 8pt;\">{{printedOn}}</p>"
                            "</body></html>";

} // namespace

DocumentPrinter AgentListPrinter::printer(const SqlListModel &model,
                                          const QString &title,
                                          const QString &filterDescription,
                                          const QList<int> &columns)
{
    QList<int> shown = columns;
    if (shown.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            shown << c;
    }
    QStringList headers;
    for (int c : std::as_const(shown))
        headers << model.headerData(c, Qt::Horizontal).toString();

    // The model holds only the pages the view asked for: the printout runs the model's own
    // query, filters, search and sort included, over every matching row.
    QString error;
    const QList<QStringList> all = model.allDisplayRows(&error);
    if (!error.isEmpty())
        qWarning("The list could not be read for printing: %s", qPrintable(error));
    QList<QStringList> rows;
    rows.reserve(all.size());
    for (const QStringList &row : all) {
        QStringList cells;
        cells.reserve(shown.size());
        for (int c : std::as_const(shown))
            cells << row.value(c);
        rows << cells;
    }

    QVariantMap values;
    values[QStringLiteral("title")] = title;
    values[QStringLiteral("count")] = Tr::tr("%n agent(s)", nullptr, int(rows.size()));
    values[QStringLiteral("rowCount")] = int(rows.size());
    values[QStringLiteral("filters")]
        = filterDescription.isEmpty() ? Tr::tr("No filter") : filterDescription;
    values[QStringLiteral("table")] = DocumentPrinter::htmlTable(headers, rows);
    values[QStringLiteral("printedOn")]
        = Tr::tr("Printed on %1")
              .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    DocumentPrinter printer(title, QString::fromUtf8(ListTemplate), values);
    // A list is wide: A4 sideways and narrower margins leave room for its columns, so that a
    // name or a grade is not cut in the middle of a word.
    printer.setLandscape(true);
    printer.setPageMargins(QMarginsF(10, 10, 10, 10));
    return printer;
}

int AgentListPrinter::rowCount(const DocumentPrinter &printer)
{
    return printer.values().value(QStringLiteral("rowCount")).toInt();
}

} // namespace Civitas::Hr
