#include "csvreader.h"
#include "spreadsheetformula.h"
#include <core/coretr.h>

#include <QIODevice>
#include <QStringDecoder>

namespace Civitas {

namespace {

// Windows-1252 is Latin-1 except for 0x80-0x9F, where it puts printable characters (€, œ,
// curly quotes...) instead of C1 controls. QStringDecoder knows windows-1252 only when Qt is
// built with ICU, so the 32 differences are spelt out here. The five bytes Windows-1252
// leaves undefined keep their Latin-1 meaning, as browsers do.
const char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, //
};

QChar detectSeparator(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    qsizetype i = 0;
    while (i < text.size() && (text.at(i) == QLatin1Char('\r') || text.at(i) == QLatin1Char('\n')))
        ++i;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice: no harm
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            break;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    // On a tie, `;` wins: it is what French spreadsheets write, and a header rarely holds
    // one by accident, whereas "Nom, prénom" is a plausible column title.
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return QLatin1Char(';');
    if (tabs >= commas && tabs > 0)
        return QLatin1Char('\t');
    if (commas > 0)
        return QLatin1Char(',');
    return QLatin1Char(';');
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{}

bool CsvReader::fail(int line, const QString &message)
{
    m_errorLine = line;
    m_errorString = line > 0 ? Tr::tr("Line %1: %2").arg(line).arg(message) : message;
    m_header.clear();
    m_records.clear();
    m_formulaCells.clear();
    return false;
}

bool CsvReader::read()
{
    if (!m_device || !m_device->isReadable())
        return fail(0, Tr::tr("The CSV file is not open for reading."));
    return parse(m_device->readAll());
}

bool CsvReader::decode(const QByteArray &data, QString *text)
{
    QByteArrayView bytes(data);
    m_hasBom = bytes.startsWith("\xEF\xBB\xBF");
    if (m_hasBom)
        bytes = bytes.sliced(3);

    if (m_hasBom || m_encoding == Encoding::Utf8) {
        // Line by line, so that an error says where: a line feed byte is never part of a
        // multi-byte UTF-8 sequence, so cutting there cuts no character. Stateless, so that
        // a sequence cut short at the end of a line is an error too.
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless
                                   | QStringDecoder::Flag::ConvertInitialBom);
        int line = 1;
        qsizetype start = 0;
        while (start < bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            end = end < 0 ? bytes.size() : end + 1;
            text->append(decoder.decode(bytes.sliced(start, end - start)));
            if (decoder.hasError()) {
                return fail(line,
                            Tr::tr("the file is not valid UTF-8 text. It may have been saved in "
                                   "Windows-1252 (\"ANSI\"): try that encoding, or save it again "
                                   "as \"CSV UTF-8\"."));
            }
            start = end;
            ++line;
        }
        return true;
    }

    QStringDecoder latin1(QStringDecoder::Latin1);
    *text = latin1.decode(bytes);
    if (m_encoding == Encoding::Windows1252) {
        for (QChar &c : *text) {
            if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
                c = QChar(Windows1252High[c.unicode() - 0x80]);
        }
    }
    return true;
}

bool CsvReader::parse(const QByteArray &data)
{
    m_header.clear();
    m_records.clear();
    m_formulaCells.clear();
    m_errorString.clear();
    m_errorLine = 0;
    m_hasBom = false;

    QString text;
    if (!decode(data, &text))
        return false;
    m_separator = m_forcedSeparator.isNull() ? detectSeparator(text) : m_forcedSeparator;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QList<Record> records;
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    int fieldLine = 1;
    bool recordHasContent = false;
    QList<FormulaCell> formulaCells;

    auto endField = [&] {
        if (SpreadsheetFormula::isFormulaLike(field))
            formulaCells.append({fieldLine, int(fields.size()) + 1, field});
        fields.append(field);
        field.clear();
    };
    auto endRecord = [&] {
        if (recordHasContent) {
            endField();
            records.append({fields, recordLine});
        }
        fields.clear();
        field.clear();
        recordHasContent = false;
        state = State::FieldStart;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool isLineEnd = c == QLatin1Char('\r') || c == QLatin1Char('\n');
        // CRLF is one line end, whatever the state.
        if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
            ++i;

        if (state == State::Quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else if (isLineEnd) {
                // Line breaks inside a cell become LF, whichever the file used.
                field.append(QLatin1Char('\n'));
                ++line;
            } else {
                field.append(c);
            }
            continue;
        }

        if (isLineEnd) {
            endRecord();
            ++line;
            recordLine = line;
            fieldLine = line;
            continue;
        }
        if (c == m_separator) {
            endField();
            fieldLine = line;
            recordHasContent = true;
            state = State::FieldStart;
            continue;
        }

        switch (state) {
        case State::FieldStart:
            recordHasContent = true;
            if (c == QLatin1Char('"')) {
                state = State::Quoted;
                quoteLine = line;
            } else {
                field.append(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            // A quote inside an unquoted field (12" screen) is taken as it is.
            field.append(c);
            break;
        case State::AfterQuote:
            // Spaces between a closing quote and the separator are layout, not data.
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
                break;
            return fail(line,
                        Tr::tr("unexpected text after the closing quote of a field: \"%1\".")
                            .arg(text.mid(i, 20)));
        case State::Quoted:
            break;
        }
    }
    if (state == State::Quoted) {
        return fail(quoteLine,
                    Tr::tr("a quoted field starts here and is never closed (a missing \")."));
    }
    endRecord();

    if (m_hasHeader && !records.isEmpty())
        m_header = records.takeFirst().fields;
    m_records = records;
    m_formulaCells = formulaCells;
    return true;
}

} // namespace Civitas
