#include "csvwriter.h"
#include "spreadsheetformula.h"
#include <core/coretr.h>

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QTime>

#include <charconv>
#include <cmath>

namespace Civitas {

namespace {

const char Utf8Bom[] = "\xEF\xBB\xBF";

template<typename Float>
QString formatFloat(Float value)
{
    if (!std::isfinite(value))
        return {};
    // std::to_chars gives the shortest text that reads back as the same value, in fixed
    // notation: no exponent a spreadsheet could misread, and 0.1f stays "0,1" instead of
    // the 0.10000000149 that widening to double would print.
    char buffer[512];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (result.ec != std::errc())
        return {};
    QString text = QString::fromLatin1(buffer, int(result.ptr - buffer));
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isTyped(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
    case QMetaType::QDateTime:
    case QMetaType::QTime:
    case QMetaType::Bool:
        return !value.isNull();
    default:
        return isNumber(value);
    }
}

// Whether the display text shows the raw number, give or take the rounding of the decimals it
// shows. "1 234,50" agrees with 1234.5; "12,50 €" does not agree with 1250 cents, nor
// "12,5 %" with 0.125: writing the raw value there would change what the user saw.
bool displayShowsNumber(const QString &display, double raw)
{
    QString text;
    text.reserve(display.size());
    for (const QChar c : display) {
        // Grouping separators of the French locale (Qt uses the narrow no-break space).
        if (c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F))
            continue;
        text.append(c == QLatin1Char(',') ? QLatin1Char('.') : c);
    }
    for (const QChar c : std::as_const(text)) {
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('+'))
            return false;
    }
    bool ok = false;
    const double shown = text.toDouble(&ok);
    if (!ok)
        return false;
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const qsizetype decimals = point < 0 ? 0 : text.size() - point - 1;
    const double tolerance = 0.5 * std::pow(10.0, -double(decimals));
    return std::abs(shown - raw) <= tolerance * (1 + 1e-9);
}

QVariant
exportValue(const QAbstractItemModel *model, const QModelIndex &index, const QList<int> &rawRoles)
{
    const QVariant display = model->data(index, Qt::DisplayRole);
    const bool displayIsText = display.typeId() == QMetaType::QString;
    for (const int role : rawRoles) {
        const QVariant raw = role == Qt::DisplayRole ? display : model->data(index, role);
        if (!isTyped(raw))
            continue;
        if (isNumber(raw) && displayIsText && !display.toString().isEmpty()
            && !displayShowsNumber(display.toString(), raw.toDouble())) {
            continue;
        }
        return raw;
    }
    return display;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{}

bool CsvWriter::setHeader(const QStringList &header)
{
    if (m_rowsWritten) {
        if (m_errorString.isEmpty())
            m_errorString = Tr::tr("The header of a CSV file must come before its rows.");
        return false;
    }
    return writeLine(header);
}

bool CsvWriter::writeRow(const QVariantList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QVariant &value : values)
        fields.append(formatValue(value));
    m_rowsWritten = true;
    return writeLine(fields);
}

bool CsvWriter::writeLine(const QStringList &fields)
{
    // Once a write has failed, the file is incomplete: stop there, keep the first reason.
    if (!m_errorString.isEmpty())
        return false;
    if (!m_device || !m_device->isWritable()) {
        m_errorString = Tr::tr("The CSV file is not open for writing.");
        return false;
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(';'));
        // Text that a spreadsheet would run as a formula is written as text (OWASP's leading
        // apostrophe); numbers, dates and phone numbers are not formula-like and stay as they are.
        line.append(quoteField(SpreadsheetFormula::neutralised(fields.at(i))));
    }
    line.append(QLatin1String("\r\n"));
    QByteArray bytes;
    if (!m_started)
        bytes = QByteArray(Utf8Bom);
    bytes.append(line.toUtf8());
    if (m_device->write(bytes) != bytes.size()) {
        m_errorString = Tr::tr("Could not write the CSV file: %1").arg(m_device->errorString());
        return false;
    }
    m_started = true;
    return true;
}

QString CsvWriter::formatValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return QString::number(value.toULongLong());
    case QMetaType::Double:
        return formatFloat(value.toDouble());
    case QMetaType::Float:
        return formatFloat(value.toFloat());
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

QString CsvWriter::quoteField(const QString &text)
{
    if (text.isEmpty())
        return text;
    bool needsQuotes = text.front().isSpace() || text.back().isSpace();
    for (qsizetype i = 0; !needsQuotes && i < text.size(); ++i) {
        const QChar c = text.at(i);
        needsQuotes = c == QLatin1Char(';') || c == QLatin1Char('"') || c == QLatin1Char('\r')
                      || c == QLatin1Char('\n');
    }
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::formatCents(qint64 cents)
{
    // Through the unsigned magnitude: -INT64_MIN does not fit in a qint64.
    const quint64 magnitude = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    const QString units = QString::number(magnitude / 100);
    const QString hundredths = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (cents < 0 ? QStringLiteral("-") : QString()) + units + QLatin1Char(',') + hundredths;
}

bool CsvWriter::writeModel(const QAbstractItemModel *model,
                           QIODevice *device,
                           QString *error,
                           const QList<int> &columns,
                           const QList<int> &rawRoles)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!model)
        return fail(Tr::tr("There is no table to export."));

    QList<int> exported = columns;
    if (exported.isEmpty()) {
        for (int column = 0; column < model->columnCount(); ++column)
            exported.append(column);
    }
    for (const int column : std::as_const(exported)) {
        if (column < 0 || column >= model->columnCount())
            return fail(Tr::tr("The table has no column %1.").arg(column));
    }

    CsvWriter writer(device);
    QStringList header;
    for (const int column : std::as_const(exported))
        header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    writer.setHeader(header);

    // A lazy model (SQL, paged) has only its first page; the export must hold every row.
    // fetchMore is not const, but fetching changes what is loaded, not the rows' content.
    auto *fetching = const_cast<QAbstractItemModel *>(model);
    int row = 0;
    while (!writer.hasError()) {
        if (row >= model->rowCount()) {
            if (!model->canFetchMore(QModelIndex()))
                break;
            const int before = model->rowCount();
            fetching->fetchMore(QModelIndex());
            // A model that claims more rows but brings none would loop forever.
            if (model->rowCount() == before)
                break;
            continue;
        }
        QVariantList values;
        values.reserve(exported.size());
        for (const int column : std::as_const(exported))
            values.append(exportValue(model, model->index(row, column), rawRoles));
        writer.writeRow(values);
        ++row;
    }
    if (writer.hasError())
        return fail(writer.errorString());
    return true;
}

} // namespace Civitas
