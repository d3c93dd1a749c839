#include "agentsearchtext.h"

#include <QRegularExpression>

namespace Civitas::Hr {

QString AgentSearchText::normalised(const QString &text)
{
    static const QRegularExpression nirLike(QStringLiteral("^\\s*[0-9][0-9AaBb\\s]*$"));
    if (nirLike.match(text).hasMatch())
        return QString(text).remove(QRegularExpression(QStringLiteral("\\s"))).toUpper();
    return text;
}

} // namespace Civitas::Hr
