#include "hrcodes.h"
#include <hr/hrtr.h>

#include <core/formats/officialpaper.h>

#include <QHash>

namespace Civitas::Hr {

namespace {

// The English source of each label: screens translate it with the installed translators
// (codes()), official papers into French whatever the interface (paperLabel()). Marked for
// lupdate in the module's one context, as Tr::tr() marks the others.
struct Source
{
    const char *code;
    const char *label;
};

QList<Source> sources(HrCodes::Kind kind)
{
    using K = HrCodes;
    switch (kind) {
    case K::Sex:
        return {{"F", QT_TRANSLATE_NOOP("Civitas::Hr", "Female")},
                {"M", QT_TRANSLATE_NOOP("Civitas::Hr", "Male")}};
    case K::Status:
        return {{"tenured", QT_TRANSLATE_NOOP("Civitas::Hr", "Tenured")},
                {"trainee", QT_TRANSLATE_NOOP("Civitas::Hr", "Trainee")},
                {"contract", QT_TRANSLATE_NOOP("Civitas::Hr", "Contract agent")}};
    case K::Category:
        return {{"A", QT_TRANSLATE_NOOP("Civitas::Hr", "Category A")},
                {"B", QT_TRANSLATE_NOOP("Civitas::Hr", "Category B")},
                {"C", QT_TRANSLATE_NOOP("Civitas::Hr", "Category C")}};
    case K::Sector:
        return {{"administrative", QT_TRANSLATE_NOOP("Civitas::Hr", "Administrative")},
                {"technical", QT_TRANSLATE_NOOP("Civitas::Hr", "Technical")},
                {"cultural", QT_TRANSLATE_NOOP("Civitas::Hr", "Cultural")},
                {"sports", QT_TRANSLATE_NOOP("Civitas::Hr", "Sports")},
                {"social", QT_TRANSLATE_NOOP("Civitas::Hr", "Social")},
                {"medico_social", QT_TRANSLATE_NOOP("Civitas::Hr", "Medico-social")},
                {"animation", QT_TRANSLATE_NOOP("Civitas::Hr", "Community activities")},
                {"municipal_police", QT_TRANSLATE_NOOP("Civitas::Hr", "Municipal police")},
                {"fire", QT_TRANSLATE_NOOP("Civitas::Hr", "Fire and rescue")}};
    case K::Position:
        return {{"active", QT_TRANSLATE_NOOP("Civitas::Hr", "Active")},
                {"made_available", QT_TRANSLATE_NOOP("Civitas::Hr", "Active, made available")},
                {"secondment", QT_TRANSLATE_NOOP("Civitas::Hr", "Secondment")},
                {"leave_of_absence", QT_TRANSLATE_NOOP("Civitas::Hr", "Leave of absence")},
                {"parental_leave", QT_TRANSLATE_NOOP("Civitas::Hr", "Parental leave")}};
    case K::WorkKind:
        return {{"full_time", QT_TRANSLATE_NOOP("Civitas::Hr", "Full time")},
                {"part_time", QT_TRANSLATE_NOOP("Civitas::Hr", "Part time")},
                {"non_full_time", QT_TRANSLATE_NOOP("Civitas::Hr", "Non-full-time post")}};
    case K::DepartureReason:
        return {{"retirement", QT_TRANSLATE_NOOP("Civitas::Hr", "Retirement")},
                {"resignation", QT_TRANSLATE_NOOP("Civitas::Hr", "Resignation")},
                {"transfer", QT_TRANSLATE_NOOP("Civitas::Hr", "Transfer to another employer")},
                {"end_of_contract", QT_TRANSLATE_NOOP("Civitas::Hr", "End of contract")},
                {"dismissal", QT_TRANSLATE_NOOP("Civitas::Hr", "Dismissal")},
                {"death", QT_TRANSLATE_NOOP("Civitas::Hr", "Death")},
                {"other", QT_TRANSLATE_NOOP("Civitas::Hr", "Other")}};
    case K::DocumentCategory:
        return {{"identity", QT_TRANSLATE_NOOP("Civitas::Hr", "Identity and civil status")},
                {"diplomas", QT_TRANSLATE_NOOP("Civitas::Hr", "Diplomas and qualifications")},
                {"career_decisions", QT_TRANSLATE_NOOP("Civitas::Hr", "Career decisions")},
                {"evaluations", QT_TRANSLATE_NOOP("Civitas::Hr", "Evaluations")},
                {"training", QT_TRANSLATE_NOOP("Civitas::Hr", "Training")},
                {"absences", QT_TRANSLATE_NOOP("Civitas::Hr", "Absence decisions")},
                {"other", QT_TRANSLATE_NOOP("Civitas::Hr", "Other")}};
    case K::CareerReason:
        return {{"recruitment", QT_TRANSLATE_NOOP("Civitas::Hr", "Recruitment")},
                {"appointment", QT_TRANSLATE_NOOP("Civitas::Hr", "Appointment")},
                {"tenure", QT_TRANSLATE_NOOP("Civitas::Hr", "Tenure")},
                {"echelon_advancement", QT_TRANSLATE_NOOP("Civitas::Hr", "Echelon advancement")},
                {"grade_advancement", QT_TRANSLATE_NOOP("Civitas::Hr", "Grade advancement")},
                {"promotion", QT_TRANSLATE_NOOP("Civitas::Hr", "Promotion")},
                {"other", QT_TRANSLATE_NOOP("Civitas::Hr", "Other")}};
    }
    return {};
}
} // namespace

QList<HrCodes::Code> HrCodes::codes(Kind kind)
{
    QList<Code> codes;
    for (const Source &s : sources(kind))
        codes.append({QString::fromLatin1(s.code), Tr::tr(s.label)});
    return codes;
}

QString HrCodes::paperLabel(Kind kind, const QString &code)
{
    for (const Source &s : sources(kind)) {
        if (code == QLatin1String(s.code))
            return OfficialPaper::translate("Civitas::Hr", s.label);
    }
    return code;
}

QString HrCodes::label(Kind kind, const QString &code)
{
    for (const Code &c : codes(kind)) {
        if (c.code == code)
            return c.label;
    }
    return code;
}

bool HrCodes::isKnown(Kind kind, const QString &code)
{
    for (const Code &c : codes(kind)) {
        if (c.code == code)
            return true;
    }
    return false;
}

static QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing && c != QLatin1Char(' ') && c != QLatin1Char('-')
            && c != QLatin1Char('_') && c != QLatin1Char('.'))
            out += c.toLower();
    }
    return out;
}

QString HrCodes::codeFor(Kind kind, const QString &text)
{
    const QString wanted = folded(text);
    if (wanted.isEmpty())
        return {};
    for (const Code &c : codes(kind)) {
        if (folded(c.code) == wanted || folded(c.label) == wanted)
            return c.code;
    }
    // What French payroll exports write, whatever the interface language.
    static const QHash<QString, QString> french = {
        {QStringLiteral("titulaire"), QStringLiteral("tenured")},
        {QStringLiteral("tit"), QStringLiteral("tenured")},
        {QStringLiteral("stagiaire"), QStringLiteral("trainee")},
        {QStringLiteral("stag"), QStringLiteral("trainee")},
        {QStringLiteral("contractuel"), QStringLiteral("contract")},
        {QStringLiteral("contractuelle"), QStringLiteral("contract")},
        {QStringLiteral("cont"), QStringLiteral("contract")},
        {QStringLiteral("cdd"), QStringLiteral("contract")},
        {QStringLiteral("cdi"), QStringLiteral("contract")},
        {QStringLiteral("administrative"), QStringLiteral("administrative")},
        {QStringLiteral("technique"), QStringLiteral("technical")},
        {QStringLiteral("culturelle"), QStringLiteral("cultural")},
        {QStringLiteral("sportive"), QStringLiteral("sports")},
        {QStringLiteral("sociale"), QStringLiteral("social")},
        {QStringLiteral("medicosociale"), QStringLiteral("medico_social")},
        {QStringLiteral("animation"), QStringLiteral("animation")},
        {QStringLiteral("policemunicipale"), QStringLiteral("municipal_police")},
        {QStringLiteral("incendie"), QStringLiteral("fire")},
        {QStringLiteral("f"), QStringLiteral("F")},
        {QStringLiteral("femme"), QStringLiteral("F")},
        {QStringLiteral("2"), QStringLiteral("F")},
        {QStringLiteral("m"), QStringLiteral("M")},
        {QStringLiteral("h"), QStringLiteral("M")},
        {QStringLiteral("homme"), QStringLiteral("M")},
        {QStringLiteral("1"), QStringLiteral("M")},
        {QStringLiteral("a"), QStringLiteral("A")},
        {QStringLiteral("b"), QStringLiteral("B")},
        {QStringLiteral("c"), QStringLiteral("C")},
    };
    const QString code = french.value(wanted);
    return isKnown(kind, code) ? code : QString();
}

} // namespace Civitas::Hr
