#pragma once

#include <core/coreglobal.h>

#include <QRandomGenerator>
#include <QString>

namespace Civitas {

// French first names and surnames for demo data, drawn with a caller's generator so that
// one seed always gives the same people.
class CIVITAS_CORE_EXPORT DemoNames
{
public:
    struct Person
    {
        QString firstName;
        QString surname;
        QChar sex; // 'F' or 'M'
    };
    static Person person(QRandomGenerator &random);
    // 'F' or 'M' for a first name of the demo lists; a null QChar for any other name.
    static QChar sexOfFirstName(const QString &firstName);
    // "Émilie Lefèvre" -> "elefevre": lower case ASCII, as logins are.
    static QString loginFor(const QString &firstName, const QString &surname);
};

} // namespace Civitas
