#pragma once

#include <core/coreglobal.h>

#include <QString>

namespace Civitas {

// CSV formula injection (OWASP "CSV Injection"): a cell that a spreadsheet would run as a
// formula, e.g. `=HYPERLINK(...)`, `+1+cmd|' /C calc'!A0`, `@SUM(...)`.
//
// A cell is formula-like when, after any leading spaces (U+0020, U+00A0), it starts with `=`,
// `+`, `-`, `@`, a tab or a carriage return, unless the whole cell is number-shaped: an
// optional sign, digits that may be grouped by spaces, an optional decimal part after `,` or
// `.`, and an optional trailing `€` or `%` (with or without a space before it); or dashes only
// ("-", "---": a placeholder). So phone
// numbers ("+33 4 72 10 30 30"), negative amounts ("-12,50", "-12,50 €") and percentages
// stay what they are: none of them can hold a formula.
class CIVITAS_CORE_EXPORT SpreadsheetFormula
{
public:
    static bool isFormulaLike(const QString &cell);
    // The cell as it is safe to export: a formula-like cell gets a leading apostrophe, which
    // spreadsheets read as "this is text"; any other cell is returned unchanged.
    static QString neutralised(const QString &cell);
};

} // namespace Civitas
