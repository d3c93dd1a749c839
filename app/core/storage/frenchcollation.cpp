#include "frenchcollation.h"

#include <QChar>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <string>

namespace Civitas {

namespace {

// What one character becomes: at most four characters (an expansion longer than that, which
// no name holds, is cut; the order stays consistent, which is all an index needs).
struct Folded
{
    std::array<char32_t, 4> chars{};
    int size = 0;

    void append(char32_t c)
    {
        if (size < int(chars.size()))
            chars[size++] = c;
    }
};

// Letters that Unicode does not decompose but a French reader reads as others.
bool appendExpansion(char32_t c, Folded *out)
{
    auto two = [out](char32_t a, char32_t b) {
        out->append(a);
        out->append(b);
        return true;
    };
    switch (c) {
    case U'œ':
        return two(U'o', U'e');
    case U'æ':
        return two(U'a', U'e');
    case U'ß':
        return two(U's', U's');
    case U'ø':
        out->append(U'o');
        return true;
    case U'ł':
        out->append(U'l');
        return true;
    case U'đ':
    case U'ð':
        out->append(U'd');
        return true;
    case U'ı':
        out->append(U'i');
        return true;
    case U'’': // the typographic apostrophe, as typed by word processors: d’Artagnan
    case U'‘':
    case U'ʼ':
        out->append(U'\'');
        return true;
    default:
        return false;
    }
}

// Compatibility decomposition without the marks, case folded, then the expansions above.
Folded foldSlow(char32_t c)
{
    Folded out;
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    for (const char32_t d : decomposed.toUcs4()) {
        if (QChar::isMark(d))
            continue;
        const char32_t lower = QChar::toCaseFolded(d);
        if (!appendExpansion(lower, &out))
            out.append(lower);
    }
    return out;
}

// Latin letters, the ones names hold, folded once.
constexpr char32_t TableSize = 0x0300;

const std::array<Folded, TableSize> &latinTable()
{
    static const std::array<Folded, TableSize> table = [] {
        std::array<Folded, TableSize> t;
        for (char32_t c = 0; c < TableSize; ++c)
            t[c] = foldSlow(c);
        return t;
    }();
    return table;
}

// Reads the folded characters of a text one at a time, so that a comparison stops at the
// first difference without folding the rest.
template<typename Source>
class FoldedReader
{
public:
    explicit FoldedReader(Source source)
        : m_source(source)
    {}

    bool next(char32_t *c)
    {
        while (m_index >= m_current.size) {
            char32_t raw;
            if (!m_source.next(&raw))
                return false;
            if (raw < 0x80) {
                *c = raw >= U'A' && raw <= U'Z' ? raw + 32 : raw;
                return true;
            }
            if (raw > 0x10FFFF) { // a byte of invalid UTF-8, kept as it is
                *c = raw;
                return true;
            }
            m_current = raw < TableSize ? latinTable()[raw] : foldSlow(raw);
            m_index = 0;
        }
        *c = m_current.chars[m_index++];
        return true;
    }

private:
    Source m_source;
    Folded m_current;
    int m_index = 0;
};

// UTF-8 as SQLite hands it. A byte that starts no valid sequence stands for itself (above
// every character), so that any text still has one place in the order.
class Utf8Source
{
public:
    Utf8Source(const void *data, int size)
        : m_p(static_cast<const unsigned char *>(data))
        , m_end(m_p + size)
    {}

    bool next(char32_t *c)
    {
        if (m_p >= m_end)
            return false;
        const unsigned char b = *m_p;
        int length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
        if (length == 1) {
            *c = b;
            ++m_p;
            return true;
        }
        if (length == 0 || m_end - m_p < length) {
            *c = 0x110000 + b;
            ++m_p;
            return true;
        }
        char32_t value = b & (0xFF >> (length + 1));
        for (int i = 1; i < length; ++i) {
            if ((m_p[i] & 0xC0) != 0x80) {
                *c = 0x110000 + b;
                ++m_p;
                return true;
            }
            value = (value << 6) | (m_p[i] & 0x3F);
        }
        m_p += length;
        *c = value;
        return true;
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
};

class Utf16Source
{
public:
    explicit Utf16Source(QStringView text)
        : m_text(text)
    {}

    bool next(char32_t *c)
    {
        if (m_index >= m_text.size())
            return false;
        const QChar first = m_text.at(m_index++);
        if (first.isHighSurrogate() && m_index < m_text.size()
            && m_text.at(m_index).isLowSurrogate()) {
            *c = QChar::surrogateToUcs4(first, m_text.at(m_index++));
            return true;
        }
        *c = first.unicode();
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_index = 0;
};

template<typename Source>
int compareFolded(Source a, Source b)
{
    FoldedReader<Source> left(a);
    FoldedReader<Source> right(b);
    for (;;) {
        char32_t x = 0;
        char32_t y = 0;
        const bool hasX = left.next(&x);
        const bool hasY = right.next(&y);
        if (!hasX || !hasY)
            return int(hasX) - int(hasY);
        if (x != y)
            return x < y ? -1 : 1;
    }
}

int compareUtf8(void *, int sizeA, const void *a, int sizeB, const void *b)
{
    return compareFolded(Utf8Source(a, sizeA), Utf8Source(b, sizeB));
}

void appendUtf8(std::string *out, char32_t c)
{
    if (c > 0x10FFFF) { // an invalid byte, given back as it came
        out->push_back(char(c - 0x110000));
    } else if (c < 0x80) {
        out->push_back(char(c));
    } else if (c < 0x800) {
        out->push_back(char(0xC0 | (c >> 6)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->push_back(char(0xE0 | (c >> 12)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (c >> 18)));
        out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    }
}

void foldedFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const unsigned char *text = sqlite3_value_text(arguments[0]);
    FoldedReader<Utf8Source> reader{Utf8Source(text, sqlite3_value_bytes(arguments[0]))};
    std::string out;
    char32_t c = 0;
    while (reader.next(&c))
        appendUtf8(&out, c);
    sqlite3_result_text(context, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

bool FrenchCollation::install(sqlite3 *db)
{
    // The function serves searches only (LIKE over a few hundred units): no index, view or
    // trigger names it, so a connection without it still writes every table.
    return sqlite3_create_collation_v2(db, Name, SQLITE_UTF8, nullptr, compareUtf8, nullptr)
               == SQLITE_OK
           && sqlite3_create_function_v2(db,
                                         FoldedFunction,
                                         1,
                                         SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                         nullptr,
                                         foldedFunction,
                                         nullptr,
                                         nullptr,
                                         nullptr)
                  == SQLITE_OK;
}

bool FrenchCollation::install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *lite = *static_cast<sqlite3 *const *>(handle.data());
    return lite && install(lite);
}

int FrenchCollation::compare(QStringView a, QStringView b)
{
    return compareFolded(Utf16Source(a), Utf16Source(b));
}

QString FrenchCollation::folded(QStringView text)
{
    FoldedReader<Utf16Source> reader{Utf16Source(text)};
    QString out;
    char32_t c = 0;
    while (reader.next(&c))
        out += QString::fromUcs4(&c, 1);
    return out;
}

} // namespace Civitas
