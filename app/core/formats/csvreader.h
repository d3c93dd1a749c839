#pragma once

#include <core/coreglobal.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Civitas {

// Reads a CSV file as spreadsheets and payroll software write it: with or without a UTF-8
// byte order mark, `;`, `,` or tab between fields (detected from the first line), fields in
// double quotes that may hold separators, doubled quotes and line breaks. Each record keeps
// the line it starts on, so that an import can say where a bad value is. A file that is not
// valid UTF-8 is refused with the line of the first bad byte, rather than imported with
// replacement characters in agents' names; the caller can then ask for Windows-1252.
// Cells a spreadsheet would run as formulas are kept as text and listed (formulaCells()).
class CIVITAS_CORE_EXPORT CsvReader
{
public:
    enum class Encoding {
        Utf8,
        Windows1252, // what Excel writes as "CSV" on a French Windows
        Latin1,
    };

    struct Record
    {
        QStringList fields;
        int line = 0; // 1-based line of the file where the record starts
    };

    // A cell a spreadsheet would run as a formula (SpreadsheetFormula::isFormulaLike): read as
    // the text it is, and listed here so that an import can refuse or warn about it.
    struct FormulaCell
    {
        int line = 0;   // 1-based line of the file where the cell starts
        int column = 0; // 1-based
        QString text;
    };

    CsvReader() = default;
    // The device must be open for reading; the reader does not own it.
    explicit CsvReader(QIODevice *device);

    // Utf8 by default. A byte order mark means UTF-8 whatever is asked.
    void setEncoding(Encoding encoding) { m_encoding = encoding; }
    Encoding encoding() const { return m_encoding; }
    // Forces the separator instead of detecting it.
    void setSeparator(QChar separator) { m_forcedSeparator = separator; }
    // True by default: the first record is the header, not data.
    void setHasHeader(bool hasHeader) { m_hasHeader = hasHeader; }

    // Reads the whole device. On failure, errorString() says why and errorLine() where.
    bool read();
    // The same, from bytes already in memory.
    bool parse(const QByteArray &data);

    QStringList header() const { return m_header; }
    // The data records, header excluded when there is one. Blank lines are skipped.
    QList<Record> records() const { return m_records; }
    QChar separator() const { return m_separator; }
    bool hasByteOrderMark() const { return m_hasBom; }
    // Every formula-like cell, header included, in file order.
    QList<FormulaCell> formulaCells() const { return m_formulaCells; }

    QString errorString() const { return m_errorString; }
    int errorLine() const { return m_errorLine; }

private:
    bool decode(const QByteArray &data, QString *text);
    bool fail(int line, const QString &message);

    QIODevice *m_device = nullptr;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_forcedSeparator;
    bool m_hasHeader = true;

    QChar m_separator;
    bool m_hasBom = false;
    QStringList m_header;
    QList<Record> m_records;
    QList<FormulaCell> m_formulaCells;
    QString m_errorString;
    int m_errorLine = 0;
};

} // namespace Civitas
