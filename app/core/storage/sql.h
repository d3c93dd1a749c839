#pragma once

// The few things every store does with SQL, written once: a prepared statement bound by
// position that keeps its error text, the text SQLite wants for NOT NULL columns, dates as
// stored, bound IN lists and FTS queries of typed words.

#include <core/corelogging.h>
#include <core/result.h>

#include <QDate>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace Civitas::Sql {

// A statement prepared once and run as often as needed, its values bound by position (QSQLITE
// binds positional values only: see the pitfalls in docs/architecture.md).
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    // Runs with these values; on failure error() says why (the driver's words).
    bool exec(std::initializer_list<QVariant> values) { return run(values.begin(), values.end()); }
    bool exec(const QVariantList &values) { return run(values.begin(), values.end()); }
    // The same for code that still reports through an out-parameter (the demo generators).
    bool exec(std::initializer_list<QVariant> values, QString *errorMessage)
    {
        if (exec(values))
            return true;
        if (errorMessage)
            *errorMessage = error();
        return false;
    }
    // Runs, then steps onto the first row: false when the statement failed or found nothing
    // (failed() tells the two apart).
    bool first(std::initializer_list<QVariant> values) { return exec(values) && m_query.next(); }

    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QString text(int i) const { return m_query.value(i).toString(); }
    QSqlQuery &query() { return m_query; }

    bool failed() const { return m_query.lastError().isValid(); }
    QString error() const { return m_query.lastError().text(); }
    // The error as a Result, for a store to pass up.
    Result<void> result() const { return failed() ? Result<void>::failure(error()) : success(); }

private:
    template<typename It>
    bool run(It begin, It end)
    {
        if (!m_prepared)
            return false;
        int i = 0;
        for (It v = begin; v != end; ++v)
            m_query.bindValue(i++, *v);
        return m_query.exec();
    }

    QSqlQuery m_query;
    bool m_prepared = false;
};

// SQLite binds a null QString as NULL: NOT NULL text columns need an empty one.
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// An empty text stored as NULL (optional columns).
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// A date as the local file stores it (ISO 8601), NULL when not set.
inline QVariant isoDate(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// A table or column name as a quoted SQL identifier ("name", inner quotes doubled), for
// statements that name tables read from a catalogue (the sync engine, the town loader).
inline QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))
           + QLatin1Char('"');
}

// Opens a transaction that writes: BEGIN IMMEDIATE, the write lock taken first. A plain BEGIN
// reads first and asks for the lock at its first write; if another connection wrote in between
// (a pull committing a page), SQLite cannot wait for it (the reads already made would be stale)
// and fails at once with "database is locked". Asked first, the lock is waited for (see
// Database: the busy handler). Ended by QSqlDatabase::commit() or rollback() as usual.
inline Result<void> beginWrite(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return success();
    return Result<void>::failure(q.lastError().text());
}

// `expression` in the order a French reader expects (FrenchCollation: accents, case and
// ligatures ignored). For names and other typed text; an index serves it only when built with
// the same collation.
inline QString frenchCollated(const QString &expression)
{
    return expression + QStringLiteral(" COLLATE french");
}

// "?, ?, ?" for an IN list of n bound values (n > 0).
inline QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

// The FTS5 query for words a user typed: each word a quoted prefix ("dup"* "jea"*), so that
// nothing typed is read as FTS syntax (OR, NEAR, quotes, stars). Empty when nothing is left.
// The tables' tokenizer (unicode61 remove_diacritics 2) folds case and accents but keeps Œ and
// Æ as letters of their own: a word written with either spelling looks for both
// ("oeuvrard"* OR "œuvrard"*), as the French order reads them alike.
inline QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"'()*:^+\\-]+"));
    static const QRegularExpression ligatureLike(QStringLiteral("[œæ]|oe|ae"),
                                                 QRegularExpression::CaseInsensitiveOption);
    auto quoted = [](const QString &word) {
        return QLatin1Char('"') + word + QStringLiteral("\"*");
    };
    QStringList terms;
    for (const QString &token : text.split(separators, Qt::SkipEmptyParts)) {
        if (!token.contains(ligatureLike)) {
            terms << quoted(token);
            continue;
        }
        const QString spelt = token.toLower()
                                  .replace(QStringLiteral("œ"), QStringLiteral("oe"))
                                  .replace(QStringLiteral("æ"), QStringLiteral("ae"));
        const QString joined = QString(spelt)
                                   .replace(QStringLiteral("oe"), QStringLiteral("œ"))
                                   .replace(QStringLiteral("ae"), QStringLiteral("æ"));
        terms << QStringLiteral("(%1 OR %2)").arg(quoted(spelt), quoted(joined));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace Civitas::Sql
