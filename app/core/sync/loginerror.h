#pragma once

#include <core/coreglobal.h>

#include <QString>

namespace Civitas {

// Why connecting to the central server failed, in the terms the login dialog explains to
// the user. Each kind calls for something different: retype the password, call the
// administrator, keep working offline, or check the server's certificate.
enum class LoginError {
    WrongPassword,
    AccountDisabled, // the role may not log in (NOLOGIN): `civitas-admin user disable`
    AccountExpired,  // the role's VALID UNTIL date has passed
    ServerUnreachable,
    TlsFailure,
    Other,
};

// Sorts a PostgreSQL or libpq error text (QSqlError::text() or databaseText() of a failed
// QPSQL open) into a kind. QPSQL gives no SQLSTATE for a failed connection, so the text is all
// there is: the server's messages come in the server's lc_messages and libpq's in the
// client's locale, hence the French patterns beside the English ones.
CIVITAS_CORE_EXPORT LoginError classifyLoginError(const QString &postgresMessage);

// The user-facing, translated explanation of `kind`; `detail` (the server's text) is
// appended where it helps, such as the reason a certificate was refused.
CIVITAS_CORE_EXPORT QString loginErrorMessage(LoginError kind, const QString &detail = QString());

} // namespace Civitas
