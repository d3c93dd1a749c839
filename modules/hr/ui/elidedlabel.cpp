#include "elidedlabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

#include <algorithm>

namespace Civitas::Hr {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    elide();
    updateGeometry();
}

bool ElidedLabel::isElided() const
{
    return text() != m_fullText;
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few letters and the ellipsis; the rest is the layout's to give.
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("Mmmm…")), QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics(font());
    // Asks for its whole text, but no more than a wide screen's half: a hint, not a demand.
    const int want = std::min(metrics.horizontalAdvance(m_fullText) + 2 * margin() + 4, 640);
    return {want, QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QFontMetrics metrics(font());
    const int room = std::max(0, contentsRect().width() - 2 * margin());
    const QString shown = metrics.elidedText(m_fullText, Qt::ElideRight, room);
    QLabel::setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace Civitas::Hr
