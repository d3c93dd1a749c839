#include "refusalreason.h"

#include <core/coretr.h>

#include <QRegularExpression>

namespace Civitas::RefusalReason {

namespace {

bool has(const QString &text, const char *words)
{
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}

// The server's sentence without the driver's decorations: "ERROR:  ", the SQLSTATE in
// parentheses, "CONTEXT: PL/pgSQL function ..." lines.
QString serverSentence(const QString &words)
{
    QString text = words.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(ERROR|ERREUR):\\s*"));
    static const QRegularExpression state(QStringLiteral("\\s*\\(?[0-9A-Z]{5}\\)?$"));
    text.remove(prefix);
    text.remove(state);
    return text.trimmed();
}

} // namespace

QString plain(const QString &serverWords)
{
    const QString w = serverWords;
    // The sync's own refusals ("the server has no such record...") are worded for people
    // already; the server's start with its severity.
    static const QRegularExpression severity(QStringLiteral("^\\s*(ERROR|ERREUR|FATAL):"));
    if (!severity.match(w).hasMatch())
        return w;
    if (has(w, "was not uploaded by"))
        return Tr::tr("Its file has not reached the server from this desk: send it again.");
    if (has(w, "row-level security") || has(w, "permission denied")) {
        return Tr::tr("Your account may not make this change: the server refused it. Ask HR or "
                      "an administrator if it should be allowed.");
    }
    if (has(w, "duplicate key"))
        return Tr::tr("Another record already has this value: change it, then send it again.");
    if (has(w, "has not reached the server"))
        return Tr::tr("Its file has not reached the server yet: send it again.");
    if (has(w, "foreign key"))
        return Tr::tr("This record refers to another the server does not have (removed, or "
                      "not sent yet).");
    if (has(w, "cannot go in"))
        return Tr::tr("Its file is not of a type this record takes.");
    if (has(w, "never deleted"))
        return Tr::tr("Records are never deleted on the server: mark this one as removed "
                      "instead.");
    if (has(w, "value too long") || has(w, "at most"))
        return Tr::tr("A value is too long for the server: %1").arg(serverSentence(w));
    // The rules the server words itself: a check of its own (a SIRET, a date, a leave rule).
    if (has(w, "check constraint"))
        return Tr::tr("The server's rules refuse a value: %1").arg(serverSentence(w));
    return Tr::tr("The server refused this change: %1").arg(serverSentence(w));
}

} // namespace Civitas::RefusalReason
