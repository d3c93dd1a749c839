#include "spreadsheetformula.h"

#include <QRegularExpression>

namespace Civitas {

namespace {

bool isLeadingSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0);
}

bool isNumberShaped(const QString &text)
{
    // Grouping spaces: the ordinary, the no-break and the narrow no-break space (Qt's French).
    static const QRegularExpression number(QStringLiteral(
        "^[+-]?[0-9][0-9 \\x{00A0}\\x{202F}]*([.,][0-9]+)?[ \\x{00A0}\\x{202F}]?[€%]?$"));
    return number.match(text).hasMatch();
}

} // namespace

bool SpreadsheetFormula::isFormulaLike(const QString &cell)
{
    qsizetype start = 0;
    while (start < cell.size() && isLeadingSpace(cell.at(start)))
        ++start;
    if (start == cell.size())
        return false;
    const QChar first = cell.at(start);
    const bool trigger = first == QLatin1Char('=') || first == QLatin1Char('+')
                         || first == QLatin1Char('-') || first == QLatin1Char('@')
                         || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    const QString rest = cell.mid(start).trimmed();
    // "-" or "---": a placeholder for "none", which no spreadsheet runs.
    static const QRegularExpression dashes(QStringLiteral("^-+$"));
    return trigger && !isNumberShaped(rest) && !dashes.match(rest).hasMatch();
}

QString SpreadsheetFormula::neutralised(const QString &cell)
{
    return isFormulaLike(cell) ? QLatin1Char('\'') + cell : cell;
}

} // namespace Civitas
