#pragma once

#include <QDate>
#include <QString>

namespace Civitas::Hr {

// Identity, employment and posting of one agent: the rows `agents` and `agent_details`.
// Codes (sex, status, departure reason) are those of the database; HrCodes gives their labels.
struct Agent
{
    QString id;
    QString registrationNumber; // matricule
    QString birthName;
    QString usageName;
    QString firstNames;
    QString sex; // "F" or "M"
    QDate birthDate;
    QString birthPlace;
    QString nationality;
    QString nir; // stored without spaces
    QString address;
    QString postcode;
    QString city;
    QString phone;
    QString email;
    QString status; // tenured, trainee, contract
    QString contractBasis;
    QDate contractStart;
    QDate contractEnd;
    QDate entryDate;
    QDate departureDate;
    QString departureReason;
    QString orgUnitId; // posting
    QString postTitle;
    QString lineManagerId;
    bool hasDetails = true; // false when this login may see the name and posting only

    // "DUPONT (née MARTIN) Jeanne": the name in use, then the first names.
    QString displayName() const
    {
        const QString name = usageName.isEmpty() ? birthName : usageName;
        return name + QLatin1Char(' ') + firstNames;
    }
    bool isActiveOn(QDate day) const
    {
        return entryDate.isValid() && entryDate <= day
               && (!departureDate.isValid() || departureDate >= day);
    }
};

} // namespace Civitas::Hr
