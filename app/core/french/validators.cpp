#include "validators.h"
#include <core/coretr.h>

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace Civitas::Validators {

namespace {

// QChar::isDigit() also accepts other scripts' digits, which none of these identifiers allow.
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

int digitValue(QChar c)
{
    return c.unicode() - '0';
}

// People type these identifiers as printed, grouped with spaces (sometimes non-breaking ones
// pasted from a PDF).
QString withoutSpaces(const QString &value)
{
    QString result;
    result.reserve(value.size());
    for (const QChar c : value) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

qsizetype firstNonDigit(QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!isAsciiDigit(value.at(i)))
            return i;
    }
    return -1;
}

bool passesLuhn(QStringView digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digitValue(digits.at(i));
        if (doubled) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

int digitSum(QStringView digits)
{
    int sum = 0;
    for (const QChar c : digits)
        sum += digitValue(c);
    return sum;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

bool isKnownMonth(int nirMonth)
{
    return nirMonth >= 1 && nirMonth <= 12;
}

// 20-42 and 50-99 are given when the birth certificate does not state the month.
bool isUnknownMonth(int nirMonth)
{
    return (nirMonth >= 20 && nirMonth <= 42) || (nirMonth >= 50 && nirMonth <= 99);
}

bool isTemporaryNir(QChar sexDigit)
{
    return sexDigit == QLatin1Char('7') || sexDigit == QLatin1Char('8');
}

bool isMaleNir(QChar sexDigit)
{
    return sexDigit == QLatin1Char('1') || sexDigit == QLatin1Char('7');
}

// The key of the first 13 characters. Corsica's 2A and 2B count as 19 and 18; the number does
// not fit in 32 bits.
int nirKey(QStringView first13)
{
    QString digits = first13.toString();
    if (digits.mid(5, 2) == QLatin1String("2A"))
        digits.replace(5, 2, QStringLiteral("19"));
    else if (digits.mid(5, 2) == QLatin1String("2B"))
        digits.replace(5, 2, QStringLiteral("18"));
    const qint64 number = digits.toLongLong();
    return int(97 - number % 97);
}

struct IbanLength
{
    char country[3];
    int length;
};

// From the SWIFT IBAN registry: the SEPA countries an agent is likely to meet. Others get the
// ISO 13616 bounds only.
constexpr std::array<IbanLength, 35> ibanLengths{{
    {"AD", 24}, {"AT", 20}, {"BE", 16}, {"BG", 22}, {"CH", 21}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DK", 18}, {"EE", 20}, {"ES", 24}, {"FI", 18}, {"FR", 27}, {"GB", 22},
    {"GR", 27}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IS", 26}, {"IT", 27}, {"LI", 21},
    {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MC", 27}, {"MT", 31}, {"NL", 18}, {"NO", 15},
    {"PL", 28}, {"PT", 25}, {"RO", 24}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27},
}};

int expectedIbanLength(QStringView country)
{
    for (const IbanLength &entry : ibanLengths) {
        if (country == QLatin1String(entry.country))
            return entry.length;
    }
    return 0;
}

// ISO 7064 mod 97-10 on the number with its first four characters moved to the end and letters
// as 10-35, computed piecewise because the number has up to 68 digits.
int ibanRemainder(QStringView iban)
{
    const QString rearranged = iban.mid(4).toString() + iban.left(4).toString();
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (isAsciiDigit(c))
            remainder = (remainder * 10 + digitValue(c)) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - 'A' + 10)) % 97;
    }
    return remainder;
}

} // namespace

QString normalizedNir(const QString &nir)
{
    return withoutSpaces(nir).toUpper();
}

QString normalizedIban(const QString &iban)
{
    return withoutSpaces(iban).toUpper();
}

QString formatNir(const QString &nir)
{
    const QString value = normalizedNir(nir);
    if (value.size() != 13 && value.size() != 15)
        return value;
    static constexpr int groups[] = {1, 2, 2, 2, 3, 3, 2};
    QStringList parts;
    qsizetype position = 0;
    for (const int length : groups) {
        if (position >= value.size())
            break;
        parts.append(value.mid(position, length));
        position += length;
    }
    return parts.join(QLatin1Char(' '));
}

ValidationResult nir(const QString &input)
{
    const QString value = normalizedNir(input);
    if (value.isEmpty())
        return ValidationResult::invalid(Tr::tr("No NIR entered."));
    if (value.size() == 13)
        return ValidationResult::invalid(
            Tr::tr("This NIR has no key: add its last 2 digits (15 characters in all)."));
    if (value.size() != 15)
        return ValidationResult::invalid(
            Tr::tr("A NIR has 15 characters; this one has %n.", nullptr, int(value.size())));

    const QString department = value.mid(5, 2);
    const bool corsican = department == QLatin1String("2A") || department == QLatin1String("2B");
    for (qsizetype i = 0; i < value.size(); ++i) {
        const bool inDepartment = i == 5 || i == 6;
        if (isAsciiDigit(value.at(i)) || (inDepartment && corsican))
            continue;
        if (inDepartment)
            return ValidationResult::invalid(
                Tr::tr("The département in a NIR is 2 digits, or 2A or 2B "
                       "for Corsica; this one is \"%1\".")
                    .arg(department));
        return ValidationResult::invalid(Tr::tr("A NIR has only digits, apart from 2A or 2B for "
                                                "Corsica; character %1 is \"%2\".")
                                             .arg(i + 1)
                                             .arg(value.at(i)));
    }

    const QChar sexDigit = value.at(0);
    if (!isMaleNir(sexDigit) && sexDigit != QLatin1Char('2') && sexDigit != QLatin1Char('8'))
        return ValidationResult::invalid(
            Tr::tr("A NIR starts with 1 (man) or 2 (woman), or 7 or 8 for "
                   "a temporary number; this one starts with %1.")
                .arg(sexDigit));

    const int month = value.mid(3, 2).toInt();
    if (!isKnownMonth(month) && !isUnknownMonth(month))
        return ValidationResult::invalid(
            Tr::tr("The month of birth in a NIR is 01 to 12 (or 20 to 42, "
                   "or 50 and above, when the month is unknown); this one "
                   "is %1.")
                .arg(value.mid(3, 2)));

    const int expectedKey = nirKey(QStringView(value).left(13));
    if (value.mid(13, 2).toInt() != expectedKey)
        return ValidationResult::invalid(Tr::tr("The NIR key should be %1, not %2.")
                                             .arg(twoDigits(expectedKey), value.mid(13, 2)));

    if (isTemporaryNir(sexDigit))
        return ValidationResult::warning(
            Tr::tr("This is a temporary number (first digit %1): replace it "
                   "with the definitive NIR when the agent receives it.")
                .arg(sexDigit));
    return ValidationResult::valid();
}

ValidationResult nirConsistency(const QString &input, QChar sex, QDate birthDate)
{
    const ValidationResult result = nir(input);
    if (!result.isValid())
        return result;

    const QString value = normalizedNir(input);
    QStringList disagreements;

    const QChar sexDigit = value.at(0);
    const QChar expectedSex = sex.toUpper();
    if (expectedSex == QLatin1Char('F') && isMaleNir(sexDigit))
        disagreements.append(Tr::tr("The NIR is a man's (first digit %1), "
                                    "but the sex entered is female.")
                                 .arg(sexDigit));
    else if (expectedSex == QLatin1Char('M') && !isMaleNir(sexDigit))
        disagreements.append(Tr::tr("The NIR is a woman's (first digit %1), "
                                    "but the sex entered is male.")
                                 .arg(sexDigit));

    if (birthDate.isValid()) {
        const int year = value.mid(1, 2).toInt();
        if (year != birthDate.year() % 100)
            disagreements.append(Tr::tr("The NIR gives %1 as the year of birth, but the date "
                                        "of birth is in %2.")
                                     .arg(value.mid(1, 2))
                                     .arg(birthDate.year()));
        const int month = value.mid(3, 2).toInt();
        if (isKnownMonth(month) && month != birthDate.month())
            disagreements.append(Tr::tr("The NIR gives %1 as the month of birth, but the date "
                                        "of birth is in month %2.")
                                     .arg(value.mid(3, 2), twoDigits(birthDate.month())));
    }

    if (!disagreements.isEmpty())
        return ValidationResult::warning(disagreements.join(QLatin1Char(' ')));
    return result;
}

ValidationResult siren(const QString &input)
{
    const QString value = withoutSpaces(input);
    if (value.isEmpty())
        return ValidationResult::invalid(Tr::tr("No SIREN entered."));
    if (const qsizetype i = firstNonDigit(value); i >= 0)
        return ValidationResult::invalid(
            Tr::tr("A SIREN has only digits; \"%1\" is not one.").arg(value.at(i)));
    if (value.size() == 14)
        return ValidationResult::invalid(
            Tr::tr("This looks like a SIRET (14 digits): the SIREN is its "
                   "first 9 digits, %1.")
                .arg(value.left(9)));
    if (value.size() != 9)
        return ValidationResult::invalid(
            Tr::tr("A SIREN has 9 digits; this one has %n.", nullptr, int(value.size())));
    if (!passesLuhn(value))
        return ValidationResult::invalid(
            Tr::tr("This SIREN fails its check (Luhn): a digit is mistyped "
                   "or two are swapped."));
    return ValidationResult::valid();
}

ValidationResult siret(const QString &input)
{
    const QString value = withoutSpaces(input);
    if (value.isEmpty())
        return ValidationResult::invalid(Tr::tr("No SIRET entered."));
    if (const qsizetype i = firstNonDigit(value); i >= 0)
        return ValidationResult::invalid(
            Tr::tr("A SIRET has only digits; \"%1\" is not one.").arg(value.at(i)));
    if (value.size() == 9)
        return ValidationResult::invalid(
            Tr::tr("This looks like a SIREN (9 digits): a SIRET adds the 5 "
                   "digits of the establishment."));
    if (value.size() != 14)
        return ValidationResult::invalid(
            Tr::tr("A SIRET has 14 digits; this one has %n.", nullptr, int(value.size())));

    // La Poste has more establishments than a Luhn-checked establishment number can count, so
    // INSEE checks them by the sum of the digits; the head office keeps the Luhn rule.
    if (value.startsWith(QLatin1String("356000000")) && value != QLatin1String("35600000000048")) {
        const int sum = digitSum(value);
        if (sum % 5 != 0)
            return ValidationResult::invalid(
                Tr::tr("This SIRET of La Poste fails its check: the sum of "
                       "its digits should be a multiple of 5, and is %1.")
                    .arg(sum));
        return ValidationResult::valid();
    }

    if (!passesLuhn(value)) {
        if (passesLuhn(QStringView(value).left(9)))
            return ValidationResult::invalid(
                Tr::tr("This SIRET fails its check (Luhn); its SIREN part "
                       "is valid, so look at the last 5 digits."));
        return ValidationResult::invalid(
            Tr::tr("This SIRET fails its check (Luhn), and so does its "
                   "SIREN part (the first 9 digits): a digit is mistyped "
                   "or two are swapped."));
    }
    return ValidationResult::valid();
}

ValidationResult rna(const QString &input)
{
    const QString value = withoutSpaces(input).toUpper();
    if (value.isEmpty())
        return ValidationResult::invalid(Tr::tr("No RNA number entered."));

    // A W followed only by digits is meant as a current number, so a wrong count is a typing
    // mistake, not an older form.
    if (value.at(0) == QLatin1Char('W') && firstNonDigit(QStringView(value).mid(1)) < 0) {
        const int digitsAfterW = int(value.size()) - 1;
        if (digitsAfterW == 9)
            return ValidationResult::valid();
        // The count goes through a variable: lupdate 6.4 loops forever on an expression such as
        // int(a - 1) as translate()'s last argument.
        return ValidationResult::invalid(
            Tr::tr("An RNA number is W followed by 9 digits; this one has "
                   "%n after the W.",
                   nullptr,
                   digitsAfterW));
    }

    if (value.size() == 9 && firstNonDigit(value) < 0)
        return ValidationResult::warning(
            Tr::tr("An RNA number starts with W: if this is one, write "
                   "W%1. Otherwise it is kept as written, as an older "
                   "identifier.")
                .arg(value));
    return ValidationResult::warning(
        Tr::tr("This is not an RNA number of the current form (W followed "
               "by 9 digits); it is kept as written, as an older "
               "identifier."));
}

ValidationResult postcode(const QString &input)
{
    const QString value = withoutSpaces(input);
    if (value.isEmpty())
        return ValidationResult::invalid(Tr::tr("No postcode entered."));
    if (const qsizetype i = firstNonDigit(value); i >= 0) {
        const QString start = value.left(2).toUpper();
        if (start == QLatin1String("2A") || start == QLatin1String("2B"))
            return ValidationResult::invalid(
                Tr::tr("A postcode has only digits: Corsican postcodes "
                       "start with 20, not %1.")
                    .arg(start));
        return ValidationResult::invalid(
            Tr::tr("A postcode has only digits; \"%1\" is not one.").arg(value.at(i)));
    }
    // Spreadsheets drop the leading zero of the Ain, Aisne... (01000 becomes 1000).
    if (value.size() == 4)
        return ValidationResult::invalid(
            Tr::tr("A postcode has 5 digits; this one has 4. If a leading "
                   "0 was lost, write 0%1.")
                .arg(value));
    if (value.size() != 5)
        return ValidationResult::invalid(
            Tr::tr("A postcode has 5 digits; this one has %n.", nullptr, int(value.size())));
    if (value.startsWith(QLatin1String("00")))
        return ValidationResult::invalid(Tr::tr("No French postcode starts with 00."));
    return ValidationResult::valid();
}

ValidationResult inseeCode(const QString &input)
{
    const QString value = normalizedInseeCode(input);
    if (value.isEmpty())
        return ValidationResult::invalid(Tr::tr("No INSEE code entered."));
    if (value.size() != 5)
        return ValidationResult::invalid(
            Tr::tr("An INSEE code has 5 characters; this one has %n.", nullptr, int(value.size())));
    const QString department = value.left(2);
    const bool corsica = department == QLatin1String("2A") || department == QLatin1String("2B");
    if (!corsica && firstNonDigit(department) >= 0)
        return ValidationResult::invalid(
            Tr::tr("An INSEE code starts with the number of its département (or 2A, 2B in "
                   "Corsica); \"%1\" is not one.")
                .arg(department));
    if (const qsizetype i = firstNonDigit(QStringView(value).mid(2)); i >= 0)
        return ValidationResult::invalid(
            Tr::tr("An INSEE code ends with 3 digits; \"%1\" is not one.").arg(value.at(2 + i)));
    // Corsica's communes have been numbered 2A and 2B since 1976; its postcodes still start
    // with 20, hence the mistake.
    if (department == QLatin1String("20"))
        return ValidationResult::invalid(
            Tr::tr("A Corsican commune's INSEE code starts with 2A or 2B, not 20 (that is the "
                   "start of its postcode)."));
    if (department == QLatin1String("00") || department == QLatin1String("96")
        || department == QLatin1String("99"))
        return ValidationResult::invalid(
            Tr::tr("No French commune has an INSEE code starting with %1.").arg(department));
    if (department == QLatin1String("97") || department == QLatin1String("98")) {
        const int territory = value.left(3).toInt();
        if (!((territory >= 971 && territory <= 978) || (territory >= 984 && territory <= 989)))
            return ValidationResult::invalid(
                Tr::tr("No overseas territory has the INSEE number %1.").arg(territory));
    }
    if (value.endsWith(QLatin1String("000")))
        return ValidationResult::invalid(
            Tr::tr("A commune's number within its département starts at 001, not 000."));
    return ValidationResult::valid();
}

QString normalizedInseeCode(const QString &code)
{
    return withoutSpaces(code).toUpper();
}

QString compacted(const QString &value)
{
    return withoutSpaces(value);
}

ValidationResult iban(const QString &input)
{
    const QString value = normalizedIban(input);
    if (value.isEmpty())
        return ValidationResult::invalid(Tr::tr("No IBAN entered."));
    if (value.size() < 2 || !isAsciiUpper(value.at(0)) || !isAsciiUpper(value.at(1)))
        return ValidationResult::invalid(
            Tr::tr("An IBAN starts with a two-letter country code, such as "
                   "FR; this one starts with \"%1\".")
                .arg(value.left(2)));
    for (const QChar c : value) {
        if (!isAsciiDigit(c) && !isAsciiUpper(c))
            return ValidationResult::invalid(
                Tr::tr("An IBAN has only letters and digits; \"%1\" is not "
                       "one.")
                    .arg(c));
    }

    const QString country = value.left(2);
    if (const int expected = expectedIbanLength(country); expected > 0) {
        if (value.size() != expected)
            return ValidationResult::invalid(
                Tr::tr("An IBAN from %1 has %2 characters; this one has %n.",
                       nullptr,
                       int(value.size()))
                    .arg(country)
                    .arg(expected));
    } else if (value.size() < 15 || value.size() > 34) {
        return ValidationResult::invalid(Tr::tr(
            "An IBAN has 15 to 34 characters; this one has %n.", nullptr, int(value.size())));
    }

    const QString checkDigits = value.mid(2, 2);
    if (!isAsciiDigit(checkDigits.at(0)) || !isAsciiDigit(checkDigits.at(1)))
        return ValidationResult::invalid(
            Tr::tr("An IBAN has 2 check digits after the country code; "
                   "this one has \"%1\".")
                .arg(checkDigits));
    // 00, 01 and 99 pass the mod 97 test exactly when 97, 98 and 02 would, but ISO 13616 never
    // issues them.
    const int check = checkDigits.toInt();
    if (check < 2 || check > 98)
        return ValidationResult::invalid(
            Tr::tr("The IBAN check digits go from 02 to 98; these are %1.").arg(checkDigits));
    if (ibanRemainder(value) != 1)
        return ValidationResult::invalid(
            Tr::tr("This IBAN fails its check (mod 97): a character is "
                   "mistyped or two are swapped."));
    return ValidationResult::valid();
}

} // namespace Civitas::Validators
