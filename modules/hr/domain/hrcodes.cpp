#include "hrcodes.h"
#include <hr/hrtr.h>

#include <QHash>

namespace Civitas::Hr {

QList<HrCodes::Code> HrCodes::codes(Kind kind)
{
    switch (kind) {
    case Sex:
        return {{QStringLiteral("F"), Tr::tr("Female")}, {QStringLiteral("M"), Tr::tr("Male")}};
    case Status:
        return {{QStringLiteral("tenured"), Tr::tr("Tenured")},
                {QStringLiteral("trainee"), Tr::tr("Trainee")},
                {QStringLiteral("contract"), Tr::tr("Contract agent")}};
    case Category:
        return {{QStringLiteral("A"), Tr::tr("Category A")},
                {QStringLiteral("B"), Tr::tr("Category B")},
                {QStringLiteral("C"), Tr::tr("Category C")}};
    case Sector:
        return {{QStringLiteral("administrative"), Tr::tr("Administrative")},
                {QStringLiteral("technical"), Tr::tr("Technical")},
                {QStringLiteral("cultural"), Tr::tr("Cultural")},
                {QStringLiteral("sports"), Tr::tr("Sports")},
                {QStringLiteral("social"), Tr::tr("Social")},
                {QStringLiteral("medico_social"), Tr::tr("Medico-social")},
                {QStringLiteral("animation"), Tr::tr("Community activities")},
                {QStringLiteral("municipal_police"), Tr::tr("Municipal police")},
                {QStringLiteral("fire"), Tr::tr("Fire and rescue")}};
    case Position:
        return {{QStringLiteral("active"), Tr::tr("Active")},
                {QStringLiteral("made_available"), Tr::tr("Active, made available")},
                {QStringLiteral("secondment"), Tr::tr("Secondment")},
                {QStringLiteral("leave_of_absence"), Tr::tr("Leave of absence")},
                {QStringLiteral("parental_leave"), Tr::tr("Parental leave")}};
    case WorkKind:
        return {{QStringLiteral("full_time"), Tr::tr("Full time")},
                {QStringLiteral("part_time"), Tr::tr("Part time")},
                {QStringLiteral("non_full_time"), Tr::tr("Non-full-time post")}};
    case DepartureReason:
        return {{QStringLiteral("retirement"), Tr::tr("Retirement")},
                {QStringLiteral("resignation"), Tr::tr("Resignation")},
                {QStringLiteral("transfer"), Tr::tr("Transfer to another employer")},
                {QStringLiteral("end_of_contract"), Tr::tr("End of contract")},
                {QStringLiteral("dismissal"), Tr::tr("Dismissal")},
                {QStringLiteral("death"), Tr::tr("Death")},
                {QStringLiteral("other"), Tr::tr("Other")}};
    case DocumentCategory:
        return {{QStringLiteral("identity"), Tr::tr("Identity and civil status")},
                {QStringLiteral("diplomas"), Tr::tr("Diplomas and qualifications")},
                {QStringLiteral("career_decisions"), Tr::tr("Career decisions")},
                {QStringLiteral("evaluations"), Tr::tr("Evaluations")},
                {QStringLiteral("training"), Tr::tr("Training")},
                {QStringLiteral("absences"), Tr::tr("Absence decisions")},
                {QStringLiteral("other"), Tr::tr("Other")}};
    case CareerReason:
        return {{QStringLiteral("recruitment"), Tr::tr("Recruitment")},
                {QStringLiteral("appointment"), Tr::tr("Appointment")},
                {QStringLiteral("tenure"), Tr::tr("Tenure")},
                {QStringLiteral("echelon_advancement"), Tr::tr("Echelon advancement")},
                {QStringLiteral("grade_advancement"), Tr::tr("Grade advancement")},
                {QStringLiteral("promotion"), Tr::tr("Promotion")},
                {QStringLiteral("other"), Tr::tr("Other")}};
    }
    return {};
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
