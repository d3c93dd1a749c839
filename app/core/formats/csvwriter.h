#pragma once

#include <core/coreglobal.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QIODevice;
QT_END_NAMESPACE

namespace Civitas {

// Writes a table as the CSV that LibreOffice and Excel open without an import dialog on a
// French desktop: UTF-8 with a byte order mark (without it Excel reads ANSI and mangles
// accents), `;` between fields (`,` is the decimal separator), CRLF line ends, numbers with a
// decimal comma and no grouping (so they stay numbers), dates as dd/MM/yyyy. A cell a
// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first: see
// SpreadsheetFormula) gets a leading apostrophe, header included, and is then quoted as any
// other cell; "-12,5" and "+33 4 72 10 30 30" are written as they are.
class CIVITAS_CORE_EXPORT CsvWriter
{
public:
    // The device must be open for writing; the writer does not own it.
    explicit CsvWriter(QIODevice *device);

    // Writes the header line. Must come before the first row.
    bool setHeader(const QStringList &header);
    // Formats each value by its type (see formatValue) and writes one line.
    bool writeRow(const QVariantList &values);

    bool hasError() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

    // The field text of a value, not yet quoted: numbers with a decimal comma, QDate as
    // dd/MM/yyyy, QDateTime as dd/MM/yyyy HH:mm in local time, QTime as HH:mm, bool as a
    // translated yes/no, null as empty.
    static QString formatValue(const QVariant &value);
    // Quotes a field when it must be: it holds `;`, `"`, CR or LF, or starts or ends with
    // white space (which spreadsheets would otherwise trim).
    static QString quoteField(const QString &text);
    // Money is integer cents (docs/architecture.md): 123456 -> "1234,56", -5 -> "-0,05".
    static QString formatCents(qint64 cents);

    // Exports every row of a table model, including those a lazy model has not fetched yet,
    // with its horizontal header. `columns` restricts and orders the columns (a view's
    // visible columns in visual order); empty means all. For each cell, a raw number, date,
    // time or bool found in one of `rawRoles` is preferred to the display text so that the
    // spreadsheet gets a typed value, unless the display text shows a different number
    // (money shown in euros over raw cents): then the display text is written.
    static bool writeModel(const QAbstractItemModel *model,
                           QIODevice *device,
                           QString *error,
                           const QList<int> &columns = {},
                           const QList<int> &rawRoles = {Qt::EditRole, Qt::UserRole});

private:
    bool writeLine(const QStringList &fields);

    QIODevice *m_device = nullptr;
    bool m_started = false;
    bool m_rowsWritten = false;
    QString m_errorString;
};

} // namespace Civitas
