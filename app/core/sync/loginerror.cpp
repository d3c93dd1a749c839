#include "loginerror.h"
#include <core/coretr.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace Civitas {

namespace {

bool containsAny(const QString &text, std::initializer_list<const char16_t *> patterns)
{
    for (const char16_t *pattern : patterns) {
        if (text.contains(QString::fromUtf16(pattern), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Drops what only makes sense to a developer: the driver's own prefix and the severity.
QString cleanDetail(const QString &detail)
{
    QString text = detail;
    text.remove(QStringLiteral("QPSQL: Unable to connect"));
    static const QRegularExpression severity(QStringLiteral("\\b(FATAL|ERROR|ERREUR)\\s*:\\s*"));
    text.remove(severity);
    text = text.simplified();
    // The detail sits between two sentences of ours.
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    if (text.isEmpty())
        text = Tr::tr("No reason was given.");
    return text;
}

} // namespace

LoginError classifyLoginError(const QString &postgresMessage)
{
    const QString &m = postgresMessage;

    // The server's own answers come first: libpq puts them behind its "connection to server
    // at ... failed:" prefix, which alone would look like a network failure.
    if (containsAny(m,
                    {u"password authentication failed",
                     u"authentification par mot de passe échouée",
                     u"no password supplied"}))
        return LoginError::WrongPassword;
    if (containsAny(m, {u"is not permitted to log in", u"n'est pas autorisé à se connecter"}))
        return LoginError::AccountDisabled;
    // PostgreSQL 15 tells an expired role only "password authentication failed" and keeps
    // "has an expired password" for its log; these catch a server or a pooler that says more.
    if (containsAny(m,
                    {u"password has expired",
                     u"expired password",
                     u"mot de passe a expiré",
                     u"mot de passe expiré"}))
        return LoginError::AccountExpired;
    // A pg_hba.conf refusal names the encryption ("SSL encryption", "no encryption"): it is the
    // server's access rule, not a certificate problem.
    if (containsAny(m, {u"no pg_hba.conf entry", u"aucune entrée dans pg_hba.conf"}))
        return LoginError::Other;
    // A server that is starting, stopping or full will take us back shortly: work offline.
    if (containsAny(m,
                    {u"the database system is starting up",
                     u"the database system is shutting down",
                     u"the database system is in recovery mode",
                     u"too many clients already",
                     u"le système de bases de données se lance",
                     u"le système de base de données s'arrête",
                     u"le système de bases de données est en cours de restauration",
                     u"trop de clients sont déjà connectés"}))
        return LoginError::ServerUnreachable;
    // A connection cut while TLS was running is the network's doing, not a certificate's.
    if (containsAny(m, {u"SSL SYSCALL error", u"erreur SYSCALL SSL"}))
        return LoginError::ServerUnreachable;
    if (containsAny(m, {u"SSL", u"TLS", u"certificate", u"certificat"}))
        return LoginError::TlsFailure;
    if (containsAny(m,
                    {u"could not connect",
                     u"Connection refused",
                     u"timeout expired",
                     u"could not translate host name",
                     u"No route to host",
                     u"Network is unreachable",
                     u"Connection timed out",
                     u"server closed the connection unexpectedly",
                     u"could not receive data from server",
                     u"could not send data to server",
                     u"Connexion refusée",
                     u"le délai est dépassé",
                     u"n'a pas pu traduire le nom d'hôte",
                     u"Aucun chemin d'accès",
                     u"Le réseau n'est pas accessible",
                     u"Délai d'attente de la connexion",
                     u"la connexion au serveur a été coupée",
                     u"n'a pas pu se connecter",
                     u"n'a pas pu recevoir des données",
                     u"n'a pas pu transmettre"}))
        return LoginError::ServerUnreachable;
    // libpq failed before the server said anything: whatever the system's wording, the
    // server was not reached.
    const bool libpqPrefix = containsAny(m, {u"connection to server", u"la connexion au serveur"});
    const bool serverAnswered = containsAny(m, {u"FATAL", u"ERROR:", u"ERREUR"});
    if (libpqPrefix && !serverAnswered)
        return LoginError::ServerUnreachable;
    return LoginError::Other;
}

QString loginErrorMessage(LoginError kind, const QString &detail)
{
    const QString cleaned = cleanDetail(detail);
    switch (kind) {
    case LoginError::WrongPassword:
        // The server gives the same answer for an expired account: say so, or a user with the
        // right password would retype it forever.
        return Tr::tr("The user name or the password is wrong. If you are "
                      "sure of both, your account may have expired: ask "
                      "the administrator.");
    case LoginError::AccountDisabled:
        return Tr::tr("This account is disabled: it may no longer log in. "
                      "Ask the administrator.");
    case LoginError::AccountExpired:
        return Tr::tr("This account has expired. Ask the administrator to "
                      "extend it.");
    case LoginError::ServerUnreachable:
        return Tr::tr("The server cannot be reached. You can keep working "
                      "offline; changes will be sent when it is back.");
    case LoginError::TlsFailure:
        return Tr::tr("The server's identity could not be verified (TLS): "
                      "%1 Check the CA file in the server settings, or ask "
                      "the administrator.")
            .arg(cleaned);
    case LoginError::Other:
        break;
    }
    return Tr::tr("The server refused the login: %1").arg(cleaned);
}

} // namespace Civitas
